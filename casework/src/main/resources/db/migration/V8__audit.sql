-- Audited actions on personal data (unmasking a phone or ID number); append-only.
create table audit_entry (
    id bigint not null primary key,
    occurred_at datetime(6) not null,
    username varchar(40) not null,
    action varchar(40) not null,
    dispute_id bigint,
    detail varchar(500)
);
create index ix_audit_dispute on audit_entry (dispute_id, occurred_at);
create index ix_audit_user on audit_entry (username, occurred_at);
