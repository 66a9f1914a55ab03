-- Identity and phone numbers of callers, parties, agents and staff are kept encrypted (DataCipher: "v1:" + Base64 of
-- nonce, AES-256-GCM ciphertext and tag). The ones looked up keep a blind index beside them (32 hex digits of an
-- HMAC under a key of its own): caller history and repeat counts compare the caller's, a search by phone or ID number
-- the parties' too. The numbers compared in clear are indexed no more. V42 encrypts what is stored.
drop index ix_dispute_caller on dispute;
alter table dispute modify caller_phone varchar(100);
alter table dispute add column caller_phone_key char(32);
create index ix_dispute_caller_key on dispute (caller_phone_key);

drop index ix_contact_phone on dispute_contact;
alter table dispute_contact modify caller_phone varchar(100);
alter table dispute_contact add column caller_phone_key char(32);
create index ix_contact_caller_key on dispute_contact (caller_phone_key);

drop index ix_party_phone on dispute_party;
drop index ix_party_id_number on dispute_party;
alter table dispute_party modify id_number varchar(100);
alter table dispute_party modify phone varchar(100);
alter table dispute_party modify agent_phone varchar(100);
alter table dispute_party add column id_number_key char(32);
alter table dispute_party add column phone_key char(32);
create index ix_party_id_number_key on dispute_party (id_number_key);
create index ix_party_phone_key on dispute_party (phone_key);

alter table app_user modify phone varchar(100);
