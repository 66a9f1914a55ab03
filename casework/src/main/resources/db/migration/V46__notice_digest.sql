-- 每日汇总: a user may take the notices that can wait once a day, in one summary, instead of one by one. Such a
-- notice is stored at once, held out of the inbox and its count, and sent nowhere, until the morning's summary
-- (or the user) releases it.
alter table app_user add column notice_digest boolean not null default false;
alter table notification add column held boolean not null default false;
-- every inbox query asks for the user's released notices: the flag sits right after the recipient
create index ix_notification_inbox2 on notification (recipient_id, held, read_at, created_at);
drop index ix_notification_inbox on notification;
