-- 督办 (DOMAIN.md, Supervision): a supervision of a dispute or of a compound, issued by hand or by a
-- trigger (overdue, repeat complaints, 领导批示, group dispute, 舆情, quarterly listing), with its
-- notice data; the responsible organisation reports progress, a supervisor verifies and delists
-- (验收销号) or re-lists it. Nothing is deleted: every step is a row of supervision_event.
create table supervision (
    id bigint not null primary key,
    notice_number varchar(40) not null,
    subject varchar(10) not null,
    dispute_id bigint,
    compound_id bigint not null,
    listing_id bigint,
    district_id bigint not null,
    street_id bigint not null,
    community_id bigint not null,
    level varchar(12) not null,
    trigger_kind varchar(24) not null,
    reason varchar(500) not null,
    instruction varchar(1000) not null,
    due_date date not null,
    responsible_id bigint not null,
    leader varchar(50),
    issuer_name varchar(100) not null,
    state varchar(12) not null,
    relisted int not null default 0,
    issued_at datetime(6) not null,
    issued_by varchar(40) not null,
    closed_at datetime(6),
    closed_by varchar(40),
    -- 'D<dispute id>' or 'C<compound id>' while the supervision is open, null once delisted: one open
    -- supervision per subject, whichever node or person issues it
    open_key varchar(24),
    version bigint not null default 0,
    constraint uq_supervision_notice unique (district_id, notice_number),
    constraint uq_supervision_open unique (open_key),
    constraint fk_supervision_dispute foreign key (dispute_id) references dispute (id),
    constraint fk_supervision_compound foreign key (compound_id) references compound (id),
    constraint fk_supervision_responsible foreign key (responsible_id) references organisation (id)
);
create index ix_supervision_district on supervision (district_id, state, due_date);
create index ix_supervision_street on supervision (street_id, state, due_date);
create index ix_supervision_community on supervision (community_id, state, due_date);
create index ix_supervision_responsible on supervision (responsible_id, state);
create index ix_supervision_dispute on supervision (dispute_id, trigger_kind);

create table supervision_event (
    id bigint not null primary key,
    supervision_id bigint not null,
    kind varchar(12) not null,
    note varchar(1000),
    due_date date,
    occurred_at datetime(6) not null,
    actor varchar(40) not null,
    actor_organisation varchar(100),
    constraint fk_supervision_event foreign key (supervision_id) references supervision (id)
);
create index ix_supervision_event on supervision_event (supervision_id, occurred_at);

-- notice numbers (督办〔2026〕第00012号) per district and year, without gaps
create table supervision_counter (
    district_id bigint not null,
    notice_year int not null,
    last_number bigint not null,
    primary key (district_id, notice_year)
);


-- the repeat-complaint trigger counts a month of one compound's disputes at each intake
create index ix_dispute_compound_time on dispute (compound_id, registered_at);
