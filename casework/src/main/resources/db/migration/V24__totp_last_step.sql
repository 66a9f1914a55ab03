-- The 30-second step of the last authenticator code accepted: a code is good once (RFC 6238, 5.2).
alter table app_user add column totp_last_step bigint;
