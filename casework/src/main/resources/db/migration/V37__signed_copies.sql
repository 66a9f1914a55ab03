-- A scan of the signed paper of a generated document (the 协议书 with the parties' signatures and the committee's
-- seal): an attachment that names the stored version it is a copy of. The 卷宗 files the scan in the document's place.
alter table case_attachment add column document_id bigint null;
alter table case_attachment add constraint fk_case_attachment_document foreign key (document_id) references case_document (id);
create index ix_case_attachment_document on case_attachment (document_id);
