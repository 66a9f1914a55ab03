-- Calling platforms (the city's 12345 system, a petition system) and their API keys. Only the
-- SHA-256 of a key is kept; the key itself is shown once, when it is issued.
create table platform_client (
    id bigint not null primary key,
    code varchar(30) not null,
    name varchar(100) not null,
    organisation_id bigint not null,
    key_hash char(64) not null,
    key_hint varchar(12) not null,
    enabled boolean not null,
    created_at timestamp(6) not null,
    created_by varchar(40) not null,
    key_issued_at timestamp(6) not null,
    last_used_at timestamp(6),
    version bigint not null,
    constraint uk_platform_client_code unique (code),
    constraint uk_platform_client_key unique (key_hash),
    constraint fk_platform_client_org foreign key (organisation_id) references organisation (id)
);
