-- Quartz's JDBC job store (clustered), created here rather than by Quartz itself: its own
-- initializer drops the tables under a running cluster. Portable types for H2 (MySQL mode),
-- MariaDB and MySQL; upper-case names because Quartz queries QRTZ_* and Linux servers are
-- case-sensitive. Flags are booleans: Quartz binds them with setBoolean, which H2 would store as "TRUE"
-- in a varchar(1). Versions 9 and 20-29 of the migrations belong to the scheduler module.

create table QRTZ_JOB_DETAILS (
    SCHED_NAME varchar(120) not null,
    JOB_NAME varchar(190) not null,
    JOB_GROUP varchar(190) not null,
    DESCRIPTION varchar(250),
    JOB_CLASS_NAME varchar(250) not null,
    IS_DURABLE boolean not null,
    IS_NONCONCURRENT boolean not null,
    IS_UPDATE_DATA boolean not null,
    REQUESTS_RECOVERY boolean not null,
    JOB_DATA blob,
    primary key (SCHED_NAME, JOB_NAME, JOB_GROUP)
);

create table QRTZ_TRIGGERS (
    SCHED_NAME varchar(120) not null,
    TRIGGER_NAME varchar(190) not null,
    TRIGGER_GROUP varchar(190) not null,
    JOB_NAME varchar(190) not null,
    JOB_GROUP varchar(190) not null,
    DESCRIPTION varchar(250),
    NEXT_FIRE_TIME bigint,
    PREV_FIRE_TIME bigint,
    PRIORITY integer,
    TRIGGER_STATE varchar(16) not null,
    TRIGGER_TYPE varchar(8) not null,
    START_TIME bigint not null,
    END_TIME bigint,
    CALENDAR_NAME varchar(190),
    MISFIRE_INSTR smallint,
    JOB_DATA blob,
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, JOB_NAME, JOB_GROUP) references QRTZ_JOB_DETAILS (SCHED_NAME, JOB_NAME, JOB_GROUP)
);

create table QRTZ_SIMPLE_TRIGGERS (
    SCHED_NAME varchar(120) not null,
    TRIGGER_NAME varchar(190) not null,
    TRIGGER_GROUP varchar(190) not null,
    REPEAT_COUNT bigint not null,
    REPEAT_INTERVAL bigint not null,
    TIMES_TRIGGERED bigint not null,
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

create table QRTZ_CRON_TRIGGERS (
    SCHED_NAME varchar(120) not null,
    TRIGGER_NAME varchar(190) not null,
    TRIGGER_GROUP varchar(190) not null,
    CRON_EXPRESSION varchar(120) not null,
    TIME_ZONE_ID varchar(80),
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

create table QRTZ_SIMPROP_TRIGGERS (
    SCHED_NAME varchar(120) not null,
    TRIGGER_NAME varchar(190) not null,
    TRIGGER_GROUP varchar(190) not null,
    STR_PROP_1 varchar(512),
    STR_PROP_2 varchar(512),
    STR_PROP_3 varchar(512),
    INT_PROP_1 int,
    INT_PROP_2 int,
    LONG_PROP_1 bigint,
    LONG_PROP_2 bigint,
    DEC_PROP_1 numeric(13, 4),
    DEC_PROP_2 numeric(13, 4),
    BOOL_PROP_1 boolean,
    BOOL_PROP_2 boolean,
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

create table QRTZ_BLOB_TRIGGERS (
    SCHED_NAME varchar(120) not null,
    TRIGGER_NAME varchar(190) not null,
    TRIGGER_GROUP varchar(190) not null,
    BLOB_DATA blob,
    primary key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP),
    foreign key (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP) references QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP)
);

create table QRTZ_CALENDARS (
    SCHED_NAME varchar(120) not null,
    CALENDAR_NAME varchar(190) not null,
    CALENDAR blob not null,
    primary key (SCHED_NAME, CALENDAR_NAME)
);

create table QRTZ_PAUSED_TRIGGER_GRPS (
    SCHED_NAME varchar(120) not null,
    TRIGGER_GROUP varchar(190) not null,
    primary key (SCHED_NAME, TRIGGER_GROUP)
);

create table QRTZ_FIRED_TRIGGERS (
    SCHED_NAME varchar(120) not null,
    ENTRY_ID varchar(95) not null,
    TRIGGER_NAME varchar(190) not null,
    TRIGGER_GROUP varchar(190) not null,
    INSTANCE_NAME varchar(190) not null,
    FIRED_TIME bigint not null,
    SCHED_TIME bigint not null,
    PRIORITY integer not null,
    STATE varchar(16) not null,
    JOB_NAME varchar(190),
    JOB_GROUP varchar(190),
    IS_NONCONCURRENT boolean,
    REQUESTS_RECOVERY boolean,
    primary key (SCHED_NAME, ENTRY_ID)
);

create table QRTZ_SCHEDULER_STATE (
    SCHED_NAME varchar(120) not null,
    INSTANCE_NAME varchar(190) not null,
    LAST_CHECKIN_TIME bigint not null,
    CHECKIN_INTERVAL bigint not null,
    primary key (SCHED_NAME, INSTANCE_NAME)
);

create table QRTZ_LOCKS (
    SCHED_NAME varchar(120) not null,
    LOCK_NAME varchar(40) not null,
    primary key (SCHED_NAME, LOCK_NAME)
);

create index IDX_QRTZ_J_REQ_RECOVERY on QRTZ_JOB_DETAILS (SCHED_NAME, REQUESTS_RECOVERY);
create index IDX_QRTZ_J_GRP on QRTZ_JOB_DETAILS (SCHED_NAME, JOB_GROUP);
create index IDX_QRTZ_T_J on QRTZ_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
create index IDX_QRTZ_T_JG on QRTZ_TRIGGERS (SCHED_NAME, JOB_GROUP);
create index IDX_QRTZ_T_C on QRTZ_TRIGGERS (SCHED_NAME, CALENDAR_NAME);
create index IDX_QRTZ_T_G on QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP);
create index IDX_QRTZ_T_STATE on QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE);
create index IDX_QRTZ_T_N_STATE on QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP, TRIGGER_STATE);
create index IDX_QRTZ_T_N_G_STATE on QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_GROUP, TRIGGER_STATE);
create index IDX_QRTZ_T_NEXT_FIRE_TIME on QRTZ_TRIGGERS (SCHED_NAME, NEXT_FIRE_TIME);
create index IDX_QRTZ_T_NFT_ST on QRTZ_TRIGGERS (SCHED_NAME, TRIGGER_STATE, NEXT_FIRE_TIME);
create index IDX_QRTZ_T_NFT_MISFIRE on QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME);
create index IDX_QRTZ_T_NFT_ST_MISFIRE on QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME, TRIGGER_STATE);
create index IDX_QRTZ_T_NFT_ST_MISFIRE_GRP on QRTZ_TRIGGERS (SCHED_NAME, MISFIRE_INSTR, NEXT_FIRE_TIME, TRIGGER_GROUP, TRIGGER_STATE);
create index IDX_QRTZ_FT_TRIG_INST_NAME on QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME);
create index IDX_QRTZ_FT_INST_JOB_REQ_RCVRY on QRTZ_FIRED_TRIGGERS (SCHED_NAME, INSTANCE_NAME, REQUESTS_RECOVERY);
create index IDX_QRTZ_FT_J_G on QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_NAME, JOB_GROUP);
create index IDX_QRTZ_FT_JG on QRTZ_FIRED_TRIGGERS (SCHED_NAME, JOB_GROUP);
create index IDX_QRTZ_FT_T_G on QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_NAME, TRIGGER_GROUP);
create index IDX_QRTZ_FT_TG on QRTZ_FIRED_TRIGGERS (SCHED_NAME, TRIGGER_GROUP);
