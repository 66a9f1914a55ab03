-- Generated documents (协议书, 笔录, 告知书, 卷宗 …). Regenerating adds a version; earlier ones stay.
create table case_document (
    id bigint not null primary key,
    dispute_id bigint not null,
    kind varchar(30) not null,
    record_key bigint not null,
    doc_version int not null,
    title varchar(100) not null,
    file_name varchar(200) not null,
    pages int not null,
    size_bytes bigint not null,
    sha256 char(64) not null,
    created_by varchar(40) not null,
    created_at datetime(6) not null,
    constraint fk_document_dispute foreign key (dispute_id) references dispute (id),
    constraint uk_document_version unique (dispute_id, kind, record_key, doc_version)
);

-- the bytes apart, so that listing a case file's documents never reads them
create table case_document_data (
    document_id bigint not null primary key,
    data longblob not null,
    constraint fk_document_data foreign key (document_id) references case_document (id)
);
