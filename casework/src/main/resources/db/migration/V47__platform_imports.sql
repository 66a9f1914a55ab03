-- Importing a platform's export as it exports it (#28). What a 12345 order brings beyond the dispute is kept on it:
-- a second contact number (encrypted like the caller's), the detailed address (楼栋/单元/室) and the platform's
-- dispatch instruction (派单要求). The call time becomes registered_at itself; the platform's 办理时限 lives in the
-- reply clock it sets.
alter table dispute add column contact_phone varchar(100);
alter table dispute add column address_detail varchar(200);
alter table dispute add column dispatch_note varchar(500);

-- Per platform, how its export maps onto Tiaojie: headings to fields, value maps, the category table and the
-- compound aliases, as one JSON document an administrator keeps (ImportMapping.Definition).
create table import_mapping (
    id bigint not null primary key,
    platform varchar(100) not null,
    definition mediumtext not null,
    updated_by varchar(50) not null,
    updated_at datetime(6) not null,
    version bigint not null default 0,
    constraint uq_import_mapping_platform unique (platform)
);
