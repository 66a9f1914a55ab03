-- Figures supervisors expect (DOMAIN.md): whether a case closed within its time and how many
-- working days it took are fixed when it closes (its clocks move on afterwards), so the dashboard
-- aggregates columns instead of replaying histories. Null for cases closed before this version.
alter table dispute add column closed_on_time boolean;
alter table dispute add column days_to_close int;
-- the dashboard reads a period's registrations (ix_dispute_registered) and closures of a district by range
create index ix_dispute_closed on dispute (district_id, closed_at);
create index ix_visit_time on return_visit (visited_on);
create index ix_referral_sent on court_referral (sent_at);
create index ix_term_deadline on agreement_term (deadline);
