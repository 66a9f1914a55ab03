-- Tiaojie schema, part 1: ids, places, organisations, users, categories, calendar, disputes.
-- One script for H2 (MySQL mode), MariaDB 10.11+ and MySQL 8: portable types only.

create table id_sequences (
    seq_name varchar(100) not null primary key,
    next_val bigint not null
);
-- seeded rows below use ids under 1000; generated ids start above them
insert into id_sequences (seq_name, next_val) values ('default', 1000);

create table district (
    id bigint not null primary key,
    code varchar(12) not null,
    name varchar(50) not null,
    version bigint not null default 0,
    constraint uk_district_code unique (code)
);

create table street (
    id bigint not null primary key,
    district_id bigint not null,
    name varchar(50) not null,
    version bigint not null default 0,
    constraint fk_street_district foreign key (district_id) references district (id)
);

create table community (
    id bigint not null primary key,
    street_id bigint not null,
    name varchar(50) not null,
    version bigint not null default 0,
    constraint fk_community_street foreign key (street_id) references street (id)
);

create table property_company (
    id bigint not null primary key,
    name varchar(100) not null,
    credit_code varchar(18),
    phone varchar(20),
    version bigint not null default 0
);

create table compound (
    id bigint not null primary key,
    community_id bigint not null,
    name varchar(100) not null,
    pinyin_initials varchar(30),
    address varchar(200),
    households int not null,
    property_company_id bigint,
    version bigint not null default 0,
    constraint fk_compound_community foreign key (community_id) references community (id),
    constraint fk_compound_company foreign key (property_company_id) references property_company (id)
);
create index ix_compound_initials on compound (pinyin_initials);

create table owners_committee (
    id bigint not null primary key,
    compound_id bigint not null,
    kind varchar(40) not null,
    chair_name varchar(50),
    term_end date,
    version bigint not null default 0,
    constraint fk_committee_compound foreign key (compound_id) references compound (id)
);

create table organisation (
    id bigint not null primary key,
    name varchar(100) not null,
    kind varchar(40) not null,
    district_id bigint not null,
    street_id bigint,
    community_id bigint,
    address varchar(200),
    phone varchar(20),
    case_prefix varchar(40),
    active boolean not null,
    version bigint not null default 0,
    constraint fk_org_district foreign key (district_id) references district (id),
    constraint fk_org_street foreign key (street_id) references street (id),
    constraint fk_org_community foreign key (community_id) references community (id)
);
create index ix_org_kind on organisation (kind, active);

create table app_user (
    id bigint not null primary key,
    username varchar(40) not null,
    display_name varchar(50) not null,
    password_hash varchar(100) not null,
    organisation_id bigint not null,
    phone varchar(20),
    enabled boolean not null,
    must_change_password boolean not null,
    version bigint not null default 0,
    constraint uk_user_username unique (username),
    constraint fk_user_org foreign key (organisation_id) references organisation (id)
);

create table app_user_role (
    user_id bigint not null,
    role varchar(20) not null,
    primary key (user_id, role),
    constraint fk_role_user foreign key (user_id) references app_user (id)
);

create table dispute_category (
    id bigint not null primary key,
    parent_id bigint,
    code varchar(40) not null,
    name varchar(50) not null,
    name_en varchar(80),
    start_tier varchar(20),
    functional_department varchar(50),
    sort_order int not null,
    active boolean not null,
    version bigint not null default 0,
    constraint uk_category_code unique (code),
    constraint fk_category_parent foreign key (parent_id) references dispute_category (id)
);

create table calendar_day (
    cal_date date not null primary key,
    kind varchar(10) not null,
    name varchar(50) not null,
    version bigint not null default 0
);

create table case_number_counter (
    organisation_id bigint not null,
    case_year int not null,
    last_number bigint not null,
    primary key (organisation_id, case_year)
);

create table dispute (
    id bigint not null primary key,
    case_number varchar(60) not null,
    channel varchar(30) not null,
    external_ref varchar(60),
    category_id bigint not null,
    compound_id bigint not null,
    community_id bigint not null,
    street_id bigint not null,
    district_id bigint not null,
    description varchar(4000) not null,
    amount decimal(14, 2),
    party_count int not null,
    caller_name varchar(50),
    caller_phone varchar(20),
    flag_group boolean not null,
    flag_leader boolean not null,
    flag_opinion boolean not null,
    flag_urgent boolean not null,
    supervised boolean not null,
    tier varchar(20),
    organisation_id bigint,
    court_id bigint,
    state varchar(20) not null,
    registered_at datetime(6) not null,
    due_date date,
    closed_at datetime(6),
    version bigint not null default 0,
    constraint uk_dispute_case_number unique (case_number),
    constraint uk_dispute_external_ref unique (channel, external_ref),
    constraint fk_dispute_category foreign key (category_id) references dispute_category (id),
    constraint fk_dispute_compound foreign key (compound_id) references compound (id),
    constraint fk_dispute_org foreign key (organisation_id) references organisation (id),
    constraint fk_dispute_court foreign key (court_id) references organisation (id)
);
-- the queues: own organisation's disputes by state, nearest deadline first
create index ix_dispute_org_state_due on dispute (organisation_id, state, due_date, id);
-- jurisdiction scopes
create index ix_dispute_community on dispute (community_id, state, due_date);
create index ix_dispute_street on dispute (street_id, state, due_date);
create index ix_dispute_district on dispute (district_id, state, due_date);
create index ix_dispute_court on dispute (court_id, state);
create index ix_dispute_registered on dispute (district_id, registered_at);
create index ix_dispute_caller on dispute (caller_phone);

create table dispute_history (
    id bigint not null primary key,
    dispute_id bigint not null,
    occurred_at datetime(6) not null,
    actor varchar(40) not null,
    from_state varchar(20),
    to_state varchar(20) not null,
    tier varchar(20),
    organisation_id bigint,
    reason varchar(500),
    constraint fk_history_dispute foreign key (dispute_id) references dispute (id)
);
create index ix_history_dispute on dispute_history (dispute_id, occurred_at);
