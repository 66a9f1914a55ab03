-- The audit log becomes tamper-evident: every entry is sealed, in the order the sealer meets it,
-- into a chain of keyed hashes (HMAC-SHA256 over the entry and the previous link). Entries and
-- seals are only ever inserted; a changed, removed or reordered entry breaks the chain.
create table audit_seal (
    seq bigint not null primary key,
    entry_id bigint not null,
    entry_hash char(64) not null,
    sealed_at datetime(6) not null,
    constraint uk_audit_seal_entry unique (entry_id)
);
-- Entries written but not sealed yet: a small work list the sealer empties.
create table audit_pending (
    entry_id bigint not null primary key
);
insert into audit_pending (entry_id) select id from audit_entry;
create index ix_audit_time on audit_entry (occurred_at);
create index ix_audit_action on audit_entry (action, occurred_at);

-- Failed logins and lockout, kept beside the account (changed by single statements, never by
-- saving the account, so an administrator's edit does not undo a lockout).
alter table app_user add column failed_logins int not null default 0;
alter table app_user add column failure_window_start datetime(6);
alter table app_user add column locked_until datetime(6);
-- The base32 secret of the user's authenticator app when the second factor is switched on.
alter table app_user add column totp_secret varchar(64);
