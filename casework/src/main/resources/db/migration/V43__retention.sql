-- 保管期限 per record type (months; null: 永久), counted from the day the record ended (closed, not accepted or
-- transferred out). When it has passed, the retention run anonymises the case's callers, parties and contacts and
-- destroys its stored documents and scans, unless the case is under a legal hold (保全).
create table retention_period (
    record_type varchar(30) not null primary key,
    months int,
    changed_by varchar(40),
    changed_at datetime(6),
    version bigint not null default 0
);
insert into retention_period (record_type, months) values
    ('WRITTEN_AGREEMENT', 360), ('COURT', 360), ('ORAL_AGREEMENT', 120), ('NOT_SETTLED', 120),
    ('WITHDRAWN', 120), ('REJECTED', 36), ('TRANSFERRED', 36);

alter table dispute add column ended_at datetime(6);
alter table dispute add column legal_hold varchar(200);
alter table dispute add column legal_hold_by varchar(40);
alter table dispute add column legal_hold_at datetime(6);
alter table dispute add column anonymised_at datetime(6);
update dispute set ended_at = closed_at where closed_at is not null;
update dispute set ended_at = (select max(h.occurred_at) from dispute_history h where h.dispute_id = dispute.id
    and h.to_state = dispute.state) where state in ('REJECTED', 'TRANSFERRED');
create index ix_dispute_retention on dispute (anonymised_at, ended_at);

alter table case_document add column destroyed_at datetime(6);
alter table case_attachment add column destroyed_at datetime(6);
