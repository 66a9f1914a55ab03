-- Merged contacts (并单) and links between disputes; administrator-editable routing thresholds.

create table dispute_contact (
    id bigint not null primary key,
    dispute_id bigint not null,
    channel varchar(30) not null,
    external_ref varchar(60),
    caller_name varchar(50),
    caller_phone varchar(20),
    content varchar(4000) not null,
    occurred_at datetime(6) not null,
    actor varchar(40) not null,
    constraint fk_contact_dispute foreign key (dispute_id) references dispute (id)
);
create index ix_contact_dispute on dispute_contact (dispute_id, occurred_at);
create index ix_contact_phone on dispute_contact (caller_phone);

create table dispute_link (
    id bigint not null primary key,
    dispute_id bigint not null,
    related_id bigint not null,
    kind varchar(10) not null,
    reason varchar(500),
    occurred_at datetime(6) not null,
    actor varchar(40) not null,
    constraint fk_link_dispute foreign key (dispute_id) references dispute (id),
    constraint fk_link_related foreign key (related_id) references dispute (id)
);
create index ix_link_dispute on dispute_link (dispute_id);
create index ix_link_related on dispute_link (related_id);

alter table dispute add column contact_count int not null default 0;

-- where new disputes start (DOMAIN.md defaults); one row, edited on the routing screen
create table routing_rule (
    id bigint not null primary key,
    street_party_count int not null,
    street_amount decimal(14, 2) not null,
    district_party_count int not null,
    district_on_leader_instruction boolean not null,
    district_on_public_opinion boolean not null,
    version bigint not null default 0
);
insert into routing_rule (id, street_party_count, street_amount, district_party_count, district_on_leader_instruction,
    district_on_public_opinion, version) values (1, 10, 50000.00, 50, true, true, 0);
