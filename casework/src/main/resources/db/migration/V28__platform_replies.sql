-- The 12345 reply as a step of its own (issue 23): 阶段性答复 and 办结反馈, each kept as sent, pushed to
-- the callback of every platform of the district that registered one, and pulled through the API.
create table platform_reply (
    id bigint not null primary key,
    dispute_id bigint not null,
    final_reply boolean not null,
    content varchar(2000) not null,
    replied_at datetime(6) not null,
    replied_by varchar(40) not null,
    replied_by_name varchar(50) not null,
    organisation_name varchar(100),
    constraint fk_platform_reply_dispute foreign key (dispute_id) references dispute (id)
);
create index ix_platform_reply_dispute on platform_reply (dispute_id, replied_at);

create table platform_reply_push (
    reply_id bigint not null,
    platform_id bigint not null,
    attempts int not null,
    last_attempt_at datetime(6) not null,
    last_error varchar(500),
    pushed_at datetime(6),
    primary key (reply_id, platform_id),
    constraint fk_reply_push_reply foreign key (reply_id) references platform_reply (id),
    constraint fk_reply_push_platform foreign key (platform_id) references platform_client (id)
);

alter table platform_client add column callback_url varchar(500);
alter table dispute add column final_reply_at datetime(6);

-- Finished cases settle their reply clock: a case closed, visited, archived, refused or transferred before
-- the reply was a step of its own has nothing more to answer, so no finished case shows a 12345 clock.
update dispute_clock set state = 'STOPPED',
    stopped_at = coalesce((select d.closed_at from dispute d where d.id = dispute_clock.dispute_id), current_timestamp),
    paused_at = null
where kind = 'PLATFORM_REPLY' and state <> 'STOPPED'
  and dispute_id in (select id from dispute where state in ('CLOSED', 'REVISITED', 'ARCHIVED', 'REJECTED', 'TRANSFERRED'));
