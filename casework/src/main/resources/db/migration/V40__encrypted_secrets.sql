-- Second-factor secrets are kept encrypted (AES-GCM, "v1:" + Base64 of nonce, ciphertext and tag), longer than the
-- Base32 secret itself; the ones written before are encrypted at the next start (SecretsAtRest).
alter table app_user modify totp_secret varchar(200);
