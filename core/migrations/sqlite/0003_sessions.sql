-- Security info (issue 3). Signed-in sessions, keyed by the HMAC of the cookie token; the
-- state JSON holds a registration in progress (code hashes, a sealed TOTP secret, never a
-- code or a secret in clear).
CREATE TABLE sessions (
    id_hash BLOB PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
-- G1 smart lockout: failed sign-ins since the last success, each with a keyed fingerprint
-- (HMAC with the server key) of the wrong password so repeats count once.
CREATE TABLE signin_failures (
    upn TEXT NOT NULL,
    at INTEGER NOT NULL,
    fingerprint INTEGER NOT NULL
);
CREATE INDEX signin_failures_by_upn ON signin_failures (upn, at);
-- The office phone a user registered for voice calls (P3, paid tenants), apart from the
-- directory's telephoneNumber.
ALTER TABLE users ADD COLUMN auth_office_phone TEXT;
ALTER TABLE totp_credentials ADD COLUMN created_at INTEGER;
