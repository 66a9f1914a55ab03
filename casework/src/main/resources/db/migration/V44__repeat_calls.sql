-- Repeat calls as one matter (并单 by rule): a 12345 order or petition from the same caller about the same
-- compound and category as an open dispute of the last days, or with closely similar words at that compound,
-- is kept on that dispute as a further contact with its own order number and reply due time. One row, edited
-- by administrators on the routing screen (switched off, every order is a case of its own).
create table repeat_call_rule (
    id bigint not null primary key,
    enabled boolean not null,
    window_days int not null,
    similar_percent int not null,
    version bigint not null default 0
);
insert into repeat_call_rule (id, enabled, window_days, similar_percent, version) values (1, true, 30, 85, 0);

-- what a merged order was sent with (a retry is recognised, other content is a conflict), when the platform is
-- owed its reply, whether the rule or a person merged it, and its split into a case of its own
alter table dispute_contact add column payload_sha256 char(64);
alter table dispute_contact add column reply_due_at datetime(6);
alter table dispute_contact add column by_rule boolean not null default false;
alter table dispute_contact add column split_to bigint;
alter table dispute_contact add column split_at datetime(6);
alter table dispute_contact add column split_by varchar(40);
alter table dispute_contact add column version bigint not null default 0;
create index ix_contact_ref on dispute_contact (channel, external_ref);

-- repeat-complaint supervision per subject: a compound's complaints of one category share one supervision
alter table supervision modify column subject varchar(12) not null;
alter table supervision modify column open_key varchar(48);
alter table supervision add column category_id bigint;
alter table supervision add column complaints int not null default 0;

-- the inbox grouped per case (通知按案件): one user's notices of one case, newest first
create index ix_notification_case on notification (recipient_id, dispute_id, created_at);
