-- Figures supervisors expect (DOMAIN.md): whether a case closed within its time and how many
-- working days it took are fixed when it closes (its clocks move on afterwards), so the dashboard
-- aggregates columns instead of replaying histories. Null for cases closed before this version.
alter table dispute add column closed_on_time boolean;
alter table dispute add column days_to_close int;
-- The dashboard and the rankings read a period's registrations and closures of a district by
-- range and group them; these indexes carry every column those passes read, so a year of a
-- district with a million disputes is read from the index alone (row lookups cost 40 times more
-- when the table does not fit the buffer pool). The first replaces (district_id, registered_at).
create index ix_dispute_registered_cover on dispute (district_id, registered_at, category_id, tier, state,
    closure_type, contact_count, street_id, community_id, compound_id);
drop index ix_dispute_registered on dispute;
create index ix_dispute_closed on dispute (district_id, closed_at, category_id, tier, closed_on_time, days_to_close,
    street_id, community_id, compound_id);
create index ix_visit_time on return_visit (visited_on);
create index ix_referral_sent on court_referral (sent_at);
create index ix_term_deadline on agreement_term (deadline);
