-- Hardware OATH tokens imported by an administrator (serial, interval, maker) wait for the
-- user to activate them with a code before they count as a method.
ALTER TABLE totp_credentials ADD COLUMN activated INTEGER NOT NULL DEFAULT 1;
ALTER TABLE totp_credentials ADD COLUMN step_secs INTEGER NOT NULL DEFAULT 30;
ALTER TABLE totp_credentials ADD COLUMN serial TEXT;
ALTER TABLE totp_credentials ADD COLUMN manufacturer TEXT;
ALTER TABLE totp_credentials ADD COLUMN model TEXT;
CREATE UNIQUE INDEX totp_credentials_serial ON totp_credentials (serial) WHERE serial IS NOT NULL;
