-- 法院委派/委托调解: a court entrusts a dispute to mediation; the mediation has 30 days (calendar days).
insert into deadline_policy (id, clock_kind, channel, tier, urgent_only, amount, unit, warn_before, max_extension,
    max_extensions, active, version, overdue_action)
values (14, 'MEDIATION', 'COURT_ENTRUSTED', null, false, 30, 'CALENDAR_DAYS', 5, 0, 0, true, 0, 'SUPERVISE');
