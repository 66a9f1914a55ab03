-- 信访 复查 and 复核 (issue 23; 信访工作条例 2022, Art. 35 and 36): asked for within 30 days of the written
-- answer (or of the 复查 opinion), decided within 30 days of the request; a 复核 hearing is not counted.
alter table dispute add column review_requested_on date;
alter table dispute add column review_decided_at datetime(6);
alter table dispute add column recheck_requested_on date;
alter table dispute add column recheck_decided_at datetime(6);
insert into deadline_policy (id, clock_kind, channel, tier, urgent_only, amount, unit, warn_before, max_extension,
    max_extensions, active, version, overdue_action)
values (18, 'PETITION_REVIEW', null, null, false, 30, 'CALENDAR_DAYS', 5, 0, 0, true, 0, 'WARN'),
       (19, 'PETITION_RECHECK', null, null, false, 30, 'CALENDAR_DAYS', 5, 0, 0, true, 0, 'WARN');
