-- 重复投诉率 counts the cases that were repeat complaints (docs/DOMAIN.md, Figures): further calls merged into
-- them (contact_count), or counted by the repeat-complaint rule — the third or later complaint of a compound and
-- category, or of one caller, within 30 days. The rule's verdict is kept on the case when intake reaches it, so
-- the figure is a column of the covering index like the other registration figures.
alter table dispute add column repeat_complaint boolean not null default false;
update dispute set repeat_complaint = true where id in (
    select s.dispute_id from supervision s where s.trigger_kind = 'REPEAT_COMPLAINTS' and s.dispute_id is not null);
update dispute set repeat_complaint = true where id in (
    select h.dispute_id from dispute_history h where h.activity = 'SUPERVISION_JOINED');
create index ix_dispute_registered_cover2 on dispute (district_id, registered_at, category_id, tier, state,
    closure_type, contact_count, repeat_complaint, street_id, community_id, compound_id);
drop index ix_dispute_registered_cover on dispute;

-- 协议履行率: a term falls in a period when its deadline passes in it or its performance is recorded in it
create index ix_term_performance_at on agreement_term (performance_at);

-- 催办 and 约谈 are steps of a supervision's record; a 约谈 names whom it was held with and on which day
alter table supervision_event modify column kind varchar(16) not null;
alter table supervision_event add column counterpart varchar(100);
alter table supervision_event add column held_on date;
