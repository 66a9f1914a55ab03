-- 不予受理 on a ground of its own (issue 23): one party clearly refused mediation (人民调解法 Art. 17),
-- not a property dispute, handled elsewhere, or another reason written out.
alter table dispute add column rejection_ground varchar(20);
