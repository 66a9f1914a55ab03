-- 移送法院: each sending of a case to a court, what the court did with it, and the clock a
-- return for correction (退回补正) puts back on the mediator.
create table court_referral (
    id bigint not null primary key,
    dispute_id bigint not null,
    court_id bigint not null,
    bundle_document_id bigint,
    state varchar(12) not null,
    note varchar(500),
    sent_at datetime(6) not null,
    sent_by varchar(40) not null,
    signed_at datetime(6),
    signed_by varchar(40),
    returned_at datetime(6),
    returned_by varchar(40),
    return_reason varchar(500),
    filing_number varchar(60),
    filed_at datetime(6),
    filed_by varchar(40),
    outcome varchar(24),
    outcome_date date,
    outcome_note varchar(500),
    decided_at datetime(6),
    decided_by varchar(40),
    version bigint not null default 0,
    constraint fk_referral_dispute foreign key (dispute_id) references dispute (id),
    constraint fk_referral_court foreign key (court_id) references organisation (id)
);
-- a court's inbox, newest first; a dispute's referrals in order
create index ix_referral_court on court_referral (court_id, state, sent_at);
create index ix_referral_dispute on court_referral (dispute_id, sent_at);

-- 退回补正: the mediator completes the file and sends it again within five working days
insert into deadline_policy (id, clock_kind, channel, tier, urgent_only, amount, unit, warn_before, max_extension,
    max_extensions, active, version, overdue_action)
values (13, 'COURT_CORRECTION', null, null, false, 5, 'WORKING_DAYS', 1, 0, 0, true, 0, 'WARN');
