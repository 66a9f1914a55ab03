-- Court-entrusted mediation in its two stages (issue 23), as 最高人民法院关于人民法院特邀调解的规定
-- (法释〔2016〕14号) sets them: 委派, before filing, 30 days; 委托, during litigation, 15 days; either
-- extended when both parties agree (recorded with the extension request).
alter table dispute add column entrustment_stage varchar(20);
update dispute set entrustment_stage = 'BEFORE_FILING' where channel = 'COURT_ENTRUSTED';
update deadline_policy set max_extension = 30, max_extensions = 1, version = version + 1
where id = 14 and clock_kind = 'MEDIATION' and channel = 'COURT_ENTRUSTED';
insert into deadline_policy (id, clock_kind, channel, tier, urgent_only, amount, unit, warn_before, max_extension,
    max_extensions, active, version, overdue_action)
values (17, 'MEDIATION', 'COURT_ENTRUSTED_IN_LITIGATION', null, false, 15, 'CALENDAR_DAYS', 3, 15, 1, true, 0,
        'SUPERVISE');
