-- Parties of a dispute (当事人) and who changed a dispute last (for "changed by X at T" refusals).

create table dispute_party (
    id bigint not null primary key,
    dispute_id bigint not null,
    role varchar(20) not null,
    organisation boolean not null,
    name varchar(100) not null,
    gender varchar(10),
    birth_date date,
    id_number varchar(18),
    phone varchar(20),
    address varchar(200),
    credit_code varchar(18),
    legal_representative varchar(50),
    representative boolean not null,
    agent_name varchar(50),
    agent_phone varchar(20),
    agent_authority varchar(10),
    constraint fk_party_dispute foreign key (dispute_id) references dispute (id)
);
create index ix_party_dispute on dispute_party (dispute_id);
create index ix_party_phone on dispute_party (phone);
create index ix_party_id_number on dispute_party (id_number);

alter table dispute add column last_modified_by varchar(40);
alter table dispute add column last_modified_at datetime(6);
