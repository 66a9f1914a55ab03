-- What mediators record on a case file: sessions and their minutes (调解笔录), investigation notes
-- (调查记录), evidence and other attachments, agreements with their terms and the performance of
-- each term, extension requests decided by supervisors, and return visits (回访).

alter table dispute_history add activity varchar(30);

create table mediation_session (
    id bigint not null primary key,
    dispute_id bigint not null,
    seq int not null,
    scheduled_at datetime(6) not null,
    place varchar(200) not null,
    mediators varchar(200) not null,
    participants varchar(500) not null,
    status varchar(12) not null,
    held_at datetime(6),
    ended_at datetime(6),
    recorder varchar(50),
    attendance varchar(1000),
    statements varchar(4000),
    questions_answers varchar(4000),
    outcome_note varchar(1000),
    oral_agreement boolean not null,
    cancel_reason varchar(500),
    created_by varchar(40) not null,
    created_at datetime(6) not null,
    version bigint not null,
    constraint uk_session_seq unique (dispute_id, seq),
    constraint fk_session_dispute foreign key (dispute_id) references dispute (id)
);

create table investigation_record (
    id bigint not null primary key,
    dispute_id bigint not null,
    investigated_at datetime(6) not null,
    place varchar(200) not null,
    investigators varchar(200) not null,
    subject varchar(200) not null,
    content varchar(4000) not null,
    recorded_by varchar(40) not null,
    recorded_at datetime(6) not null,
    constraint fk_investigation_dispute foreign key (dispute_id) references dispute (id)
);
create index ix_investigation_dispute on investigation_record (dispute_id, investigated_at);

create table case_attachment (
    id bigint not null primary key,
    dispute_id bigint not null,
    kind varchar(20) not null,
    title varchar(100) not null,
    file_name varchar(200) not null,
    content_type varchar(50) not null,
    size_bytes bigint not null,
    sha256 char(64) not null,
    uploaded_by varchar(40) not null,
    uploaded_at datetime(6) not null,
    constraint fk_attachment_dispute foreign key (dispute_id) references dispute (id)
);
create index ix_attachment_dispute on case_attachment (dispute_id, uploaded_at);

-- the bytes apart, so that listing a case file's attachments never reads them
create table case_attachment_data (
    attachment_id bigint not null primary key,
    data longblob not null,
    constraint fk_attachment_data foreign key (attachment_id) references case_attachment (id)
);

create table agreement (
    id bigint not null primary key,
    dispute_id bigint not null,
    agreement_number varchar(70) not null,
    kind varchar(10) not null,
    facts varchar(4000) not null,
    responsibility varchar(2000),
    copies int not null,
    session_id bigint,
    tier varchar(20),
    organisation_id bigint,
    concluded_at datetime(6) not null,
    concluded_by varchar(40) not null,
    constraint uk_agreement_number unique (agreement_number),
    constraint fk_agreement_dispute foreign key (dispute_id) references dispute (id),
    constraint fk_agreement_session foreign key (session_id) references mediation_session (id)
);
create index ix_agreement_dispute on agreement (dispute_id);

create table agreement_term (
    id bigint not null primary key,
    agreement_id bigint not null,
    seq int not null,
    obligor_party_id bigint,
    obligor varchar(100) not null,
    obligation varchar(1000) not null,
    amount decimal(14, 2),
    method varchar(100),
    place varchar(200),
    deadline date not null,
    performance varchar(20) not null,
    performance_note varchar(500),
    performance_at datetime(6),
    performance_by varchar(40),
    evidence_id bigint,
    version bigint not null,
    constraint uk_term_seq unique (agreement_id, seq),
    constraint fk_term_agreement foreign key (agreement_id) references agreement (id),
    constraint fk_term_evidence foreign key (evidence_id) references case_attachment (id)
);
-- reminders of terms due and past due read this, never the whole table
create index ix_term_due on agreement_term (performance, deadline);

create table extension_request (
    id bigint not null primary key,
    dispute_id bigint not null,
    clock_kind varchar(30) not null,
    days int not null,
    reason varchar(500) not null,
    status varchar(10) not null,
    requested_by varchar(40) not null,
    requested_at datetime(6) not null,
    decided_by varchar(40),
    decided_at datetime(6),
    decision_note varchar(500),
    version bigint not null,
    constraint fk_extension_dispute foreign key (dispute_id) references dispute (id)
);
create index ix_extension_status on extension_request (status, requested_at);
create index ix_extension_dispute on extension_request (dispute_id);

create table return_visit (
    id bigint not null primary key,
    dispute_id bigint not null,
    visited_on date not null,
    method varchar(10) not null,
    satisfaction varchar(20) not null,
    comments varchar(1000),
    visitor varchar(50) not null,
    recorded_by varchar(40) not null,
    recorded_at datetime(6) not null,
    constraint fk_visit_dispute foreign key (dispute_id) references dispute (id)
);
create index ix_visit_dispute on return_visit (dispute_id);
