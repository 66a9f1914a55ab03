-- When a term's "due soon" and "past due" reminders went out; each is claimed once, by one node.
alter table agreement_term add column due_reminded_at datetime(6);
alter table agreement_term add column overdue_reminded_at datetime(6);
-- the reminder sweeps read exact ranges: pending, not yet reminded, deadline in the window
create index ix_term_due_reminder on agreement_term (performance, due_reminded_at, deadline);
create index ix_term_overdue_reminder on agreement_term (performance, overdue_reminded_at, deadline);
