-- One number moved on by every administrative change to reference data (calendar, deadline policies,
-- routing thresholds, organisations, categories), so that every node drops what it keeps in memory.
create table reference_version (
    id int not null primary key,
    version bigint not null
);
insert into reference_version (id, version) values (1, 0);
