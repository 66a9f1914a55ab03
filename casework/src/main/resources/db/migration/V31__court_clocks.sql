-- Court-side clocks as the rules have them (issue 23); each counts in calendar days, a last day off moving
-- to the next working day.
-- 民事诉讼法 (2023) Art. 126: a litigation referral that meets the conditions is filed (立案) within 7 days.
update deadline_policy set amount = 7, warn_before = 2, version = version + 1
where id = 11 and clock_kind = 'COURT_ACCEPTANCE';
-- 最高人民法院关于人民调解协议司法确认程序的若干规定 (法释〔2011〕5号) Art. 4: the court decides within 3 days
-- whether to accept a 司法确认 application; Art. 5: it decides within 15 days of accepting it, extendable
-- by 10 days with its president's approval.
insert into deadline_policy (id, clock_kind, channel, tier, urgent_only, amount, unit, warn_before, max_extension,
    max_extensions, active, version, overdue_action)
values (15, 'CONFIRMATION_ACCEPTANCE', null, null, false, 3, 'CALENDAR_DAYS', 1, 0, 0, true, 0, 'WARN'),
       (16, 'CONFIRMATION_DECISION', null, null, false, 15, 'CALENDAR_DAYS', 3, 10, 1, true, 0, 'WARN');

-- The list columns of every dispute with a deadline, once, after V27-V31 settled the clocks: the nearest
-- running clock that is the mediation organisation's (a court's clock sets no deadline in the mediators'
-- lists). One statement, whose conditions read each row as it was. Times are stored in UTC: a day clock
-- ends at 16:00 UTC of its last day (midnight in Beijing), so its date in UTC is its last day.
update dispute set
    due_clock = (select c.kind from dispute_clock c where c.dispute_id = dispute.id and c.state = 'RUNNING'
                 and c.kind not in ('COURT_ACCEPTANCE', 'CONFIRMATION_ACCEPTANCE', 'CONFIRMATION_DECISION')
                 order by c.due_at, c.id limit 1),
    due_at = (select c.due_at from dispute_clock c where c.dispute_id = dispute.id and c.state = 'RUNNING'
              and c.kind not in ('COURT_ACCEPTANCE', 'CONFIRMATION_ACCEPTANCE', 'CONFIRMATION_DECISION')
              order by c.due_at, c.id limit 1),
    due_warn_at = (select c.warn_at from dispute_clock c where c.dispute_id = dispute.id and c.state = 'RUNNING'
                   and c.kind not in ('COURT_ACCEPTANCE', 'CONFIRMATION_ACCEPTANCE', 'CONFIRMATION_DECISION')
                   order by c.due_at, c.id limit 1),
    due_date = (select cast(c.due_at as date) from dispute_clock c where c.dispute_id = dispute.id
                and c.state = 'RUNNING'
                and c.kind not in ('COURT_ACCEPTANCE', 'CONFIRMATION_ACCEPTANCE', 'CONFIRMATION_DECISION')
                order by c.due_at, c.id limit 1),
    queue_due = coalesce((select cast(c.due_at as date) from dispute_clock c where c.dispute_id = dispute.id
                and c.state = 'RUNNING'
                and c.kind not in ('COURT_ACCEPTANCE', 'CONFIRMATION_ACCEPTANCE', 'CONFIRMATION_DECISION')
                order by c.due_at, c.id limit 1), date '9999-12-31')
where due_date is not null;
