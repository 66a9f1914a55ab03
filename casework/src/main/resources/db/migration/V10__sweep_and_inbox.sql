-- What the deadline sweep has already announced, each policy's overdue action, and the inbox.

alter table dispute_clock add column warned_at datetime(6);
alter table dispute_clock add column overdue_at datetime(6);
alter table dispute_clock add column overdue_action varchar(12) not null default 'WARN';
-- the sweep's two questions, each an exact range: running, not yet announced, time reached
create index ix_clock_to_warn on dispute_clock (state, warned_at, warn_at);
create index ix_clock_to_overdue on dispute_clock (state, overdue_at, due_at);

alter table deadline_policy add column overdue_action varchar(12) not null default 'WARN';
update deadline_policy set overdue_action = 'SUPERVISE' where clock_kind in ('MEDIATION', 'PETITION_HANDLING');

create table notification (
    id bigint not null primary key,
    recipient_id bigint not null,
    message_key varchar(80) not null,
    message_args varchar(1000),
    dispute_id bigint,
    created_at datetime(6) not null,
    read_at datetime(6),
    constraint fk_notification_user foreign key (recipient_id) references app_user (id)
);
create index ix_notification_inbox on notification (recipient_id, read_at, created_at);
