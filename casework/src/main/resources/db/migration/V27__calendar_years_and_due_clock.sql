-- A calendar for any year (issue 23).
-- calendar_day.provisional: a day off computed from the law (全国年节及纪念日放假办法, 2024 revision,
-- Art. 2 and 6) for a year whose State Council notice has not been entered yet.
alter table calendar_day add column provisional boolean not null default false;

-- One row per year the calendar holds: notice is null while the year is provisional.
create table calendar_year (
    cal_year int not null primary key,
    notice varchar(200),
    entered_at datetime(6),
    entered_by varchar(50),
    reminded_on date,
    version bigint not null default 0
);
insert into calendar_year (cal_year, notice, entered_at, entered_by, reminded_on, version) values
(2025, '国务院办公厅关于2025年部分节假日安排的通知', '2024-11-12 08:00:00', '系统初始数据', null, 0),
(2026, '国务院办公厅关于2026年部分节假日安排的通知', '2025-11-04 08:00:00', '系统初始数据', null, 0);

-- The district tier's 一个月内调结 counted in months (民法典 Art. 202), extendable by one month once.
update deadline_policy set amount = 1, unit = 'MONTHS', warn_before = 3, max_extension = 1, version = version + 1
where id = 8 and clock_kind = 'MEDIATION' and tier = 'DISTRICT' and amount = 30 and unit = 'CALENDAR_DAYS';

-- The nearest running clock of each dispute, for lists that name the clock and warn by its own rule
-- (filled for the disputes already stored by V31, once the later steps have settled their clocks).
alter table dispute add column due_clock varchar(30);
alter table dispute add column due_at datetime(6);
alter table dispute add column due_warn_at datetime(6);
