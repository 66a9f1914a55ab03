-- Deadline policies (editable by administrators), the clocks of each dispute with their ledger,
-- and the dispute columns the queues order by.

create table deadline_policy (
    id bigint not null primary key,
    clock_kind varchar(30) not null,
    channel varchar(30),
    tier varchar(20),
    urgent_only boolean not null,
    amount int not null,
    unit varchar(20) not null,
    warn_before int not null,
    max_extension int not null,
    max_extensions int not null,
    active boolean not null,
    version bigint not null default 0
);

-- DOMAIN.md defaults. warn_before: working days, calendar days, or minutes for HOURS.
insert into deadline_policy (id, clock_kind, channel, tier, urgent_only, amount, unit, warn_before, max_extension, max_extensions, active, version) values
(1, 'SIGN_FOR', 'HOTLINE_12345', null, false, 1, 'WORKING_DAYS', 1, 0, 0, true, 0),
(2, 'PLATFORM_REPLY', 'HOTLINE_12345', null, false, 7, 'WORKING_DAYS', 2, 10, 1, true, 0),
(3, 'PLATFORM_REPLY', 'HOTLINE_12345', null, true, 2, 'HOURS', 30, 0, 0, true, 0),
(4, 'PETITION_ACCEPTANCE', null, null, false, 15, 'CALENDAR_DAYS', 3, 0, 0, true, 0),
(5, 'PETITION_HANDLING', null, null, false, 60, 'CALENDAR_DAYS', 5, 30, 1, true, 0),
(6, 'MEDIATION', null, 'COMMUNITY', false, 10, 'WORKING_DAYS', 2, 10, 1, true, 0),
(7, 'MEDIATION', null, 'STREET', false, 15, 'WORKING_DAYS', 2, 15, 1, true, 0),
(8, 'MEDIATION', null, 'DISTRICT', false, 30, 'CALENDAR_DAYS', 3, 30, 1, true, 0),
(9, 'RETURN_VISIT', null, null, false, 5, 'WORKING_DAYS', 2, 0, 0, true, 0),
(10, 'JUDICIAL_CONFIRMATION', null, null, false, 30, 'CALENDAR_DAYS', 10, 0, 0, true, 0),
(11, 'COURT_ACCEPTANCE', null, null, false, 3, 'CALENDAR_DAYS', 1, 0, 0, true, 0),
(12, 'MEDIATION', null, null, false, 10, 'WORKING_DAYS', 2, 10, 1, true, 0);

create table dispute_clock (
    id bigint not null primary key,
    dispute_id bigint not null,
    kind varchar(30) not null,
    tier varchar(20),
    policy_id bigint,
    amount int not null,
    unit varchar(20) not null,
    warn_before int not null,
    max_extension int not null,
    max_extensions int not null,
    started_at datetime(6) not null,
    due_at datetime(6) not null,
    warn_at datetime(6) not null,
    state varchar(10) not null,
    paused_at datetime(6),
    stopped_at datetime(6),
    extensions_used int not null,
    constraint fk_clock_dispute foreign key (dispute_id) references dispute (id)
);
create index ix_clock_dispute on dispute_clock (dispute_id);
-- what falls due next, and what turns 临期 next: one range scan each
create index ix_clock_due on dispute_clock (state, due_at);
create index ix_clock_warn on dispute_clock (state, warn_at);

create table clock_event (
    id bigint not null primary key,
    clock_id bigint not null,
    type varchar(10) not null,
    occurred_at datetime(6) not null,
    actor varchar(40) not null,
    amount int,
    due_after datetime(6) not null,
    reason varchar(500),
    constraint fk_clock_event_clock foreign key (clock_id) references dispute_clock (id)
);
create index ix_clock_event_clock on clock_event (clock_id);

alter table dispute add column is_open boolean not null default true;
alter table dispute add column queue_due date not null default '9999-12-31';
alter table dispute add column closure_type varchar(30);
alter table dispute add column suspended_from varchar(20);
alter table dispute add column transferred_to varchar(50);
update dispute set is_open = case when state in ('REGISTERED', 'ACCEPTED', 'IN_MEDIATION', 'SUSPENDED', 'AGREED',
    'FAILED', 'ESCALATED', 'REFERRED_TO_COURT') then true else false end;
update dispute set queue_due = due_date where due_date is not null;

-- the mediator's queue: own organisation's open disputes, nearest deadline first, read in index order
create index ix_dispute_queue on dispute (organisation_id, is_open, queue_due, id);
create index ix_dispute_community_queue on dispute (community_id, is_open, queue_due, id);
create index ix_dispute_street_queue on dispute (street_id, is_open, queue_due, id);
create index ix_dispute_district_queue on dispute (district_id, is_open, queue_due, id);
