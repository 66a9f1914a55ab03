-- Finished cases brought in from an earlier system (#28, 历史案件导入): closed as they ended there, with no clock,
-- notice or supervision of their own. The earlier system's number is kept, once: importing the same file again finds
-- the cases it brought in before.
alter table dispute add column legacy_number varchar(60);
create unique index uk_dispute_legacy_number on dispute (legacy_number);
