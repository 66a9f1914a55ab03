-- Spring Modulith's event publication registry (the durable outbox), H2 variant: its H2 dialect binds UUIDs.
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp(9) with time zone not null,
    completion_date timestamp(9) with time zone,
    status varchar(20),
    completion_attempts int,
    last_resubmission_date timestamp(9) with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
