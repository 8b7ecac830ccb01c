-- Issue 12: the helpdesk's one-time recovery code (Entra's Temporary Access Pass): one per
-- user at most, stored as a MAC with the server key, spent by deleting it.
CREATE TABLE recovery_codes (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    code_hash BYTEA NOT NULL,
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    issued_by TEXT NOT NULL
);
