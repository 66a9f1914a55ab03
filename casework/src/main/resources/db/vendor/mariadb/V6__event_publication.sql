-- Spring Modulith's event publication registry (the durable outbox), MySQL/MariaDB variant.
-- upper case: the registry queries EVENT_PUBLICATION, and table names are case-sensitive on Linux servers
create table EVENT_PUBLICATION (
    id varchar(36) not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp(6) not null,
    completion_date timestamp(6) null default null,
    status varchar(20),
    completion_attempts int,
    last_resubmission_date timestamp(6) null default null
);
create index event_publication_by_completion_date_idx on EVENT_PUBLICATION (completion_date);
