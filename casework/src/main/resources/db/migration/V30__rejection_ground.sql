-- 不予受理 on a ground of its own (issue 23): one party clearly refused mediation (人民调解法 Art. 17),
-- not a property dispute, handled elsewhere, or another reason written out.
alter table dispute add column rejection_ground varchar(20);

-- A case at court waits on the court's clock (立案审查), not the mediators': the court's clocks no longer
-- set the case's deadline in the mediators' lists or count in their overdue figures. One statement (its
-- conditions read the row as it was); times are stored in UTC, a day clock ending at 16:00 UTC.
update dispute set
    due_clock = (select c.kind from dispute_clock c where c.dispute_id = dispute.id and c.state = 'RUNNING'
                 and c.kind <> 'COURT_ACCEPTANCE' order by c.due_at, c.id limit 1),
    due_at = (select c.due_at from dispute_clock c where c.dispute_id = dispute.id and c.state = 'RUNNING'
              and c.kind <> 'COURT_ACCEPTANCE' order by c.due_at, c.id limit 1),
    due_warn_at = (select c.warn_at from dispute_clock c where c.dispute_id = dispute.id and c.state = 'RUNNING'
                   and c.kind <> 'COURT_ACCEPTANCE' order by c.due_at, c.id limit 1),
    due_date = (select cast(c.due_at as date) from dispute_clock c where c.dispute_id = dispute.id
                and c.state = 'RUNNING' and c.kind <> 'COURT_ACCEPTANCE' order by c.due_at, c.id limit 1),
    queue_due = coalesce((select cast(c.due_at as date) from dispute_clock c where c.dispute_id = dispute.id
                and c.state = 'RUNNING' and c.kind <> 'COURT_ACCEPTANCE' order by c.due_at, c.id limit 1),
                date '9999-12-31')
where due_clock = 'COURT_ACCEPTANCE';
