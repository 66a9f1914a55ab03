-- 物业服务企业信用评价 (Yantai-style AAA..C and a black list): the points a company starts with and
-- what complaints, late closures, failed mediation and quarterly listings cost, with the grade
-- thresholds; one row, edited by administrators.
create table credit_rule (
    id int not null primary key,
    base_points int not null,
    per_complaint_rate int not null,
    overdue_weight int not null,
    disagreement_weight int not null,
    per_listing int not null,
    aaa_min int not null,
    aa_min int not null,
    a_min int not null,
    b_min int not null,
    blacklist_below int not null,
    blacklist_listings int not null,
    version bigint not null default 0
);
insert into credit_rule values (1, 100, 5, 20, 10, 10, 90, 80, 70, 60, 40, 3, 0);
