-- 挂牌督办: each quarter the compounds with most 12345 and petition complaints in a district are
-- listed; a listing stays until its rectification is verified and delisted (验收销号), and one not
-- delisted is carried into the next quarter.
create table compound_listing (
    id bigint not null primary key,
    quarter_start date not null,
    district_id bigint not null,
    street_id bigint not null,
    community_id bigint not null,
    compound_id bigint not null,
    complaints int not null,
    hotline_complaints int not null,
    petition_complaints int not null,
    ranking int,
    carried_over boolean not null,
    state varchar(12) not null,
    listed_at datetime(6) not null,
    closed_at datetime(6),
    closed_by varchar(40),
    closing_note varchar(500),
    version bigint not null default 0,
    constraint uq_listing_quarter_compound unique (quarter_start, compound_id),
    constraint fk_listing_compound foreign key (compound_id) references compound (id)
);
-- a supervisor's current listing: their area's newest quarter
create index ix_listing_district on compound_listing (district_id, quarter_start, state);
create index ix_listing_street on compound_listing (street_id, quarter_start);
create index ix_listing_community on compound_listing (community_id, quarter_start);

-- how many compounds each district lists a quarter (DOMAIN.md: ten), editable by administrators;
-- its row is also the lock that makes one node list a quarter once
create table listing_setting (
    id int not null primary key,
    listed_per_quarter int not null,
    version bigint not null default 0
);
insert into listing_setting (id, listed_per_quarter, version) values (1, 10, 0);

-- the ranking counts merged contacts (并单) of the quarter too: read by time
create index ix_contact_time on dispute_contact (occurred_at, channel);
