-- V4 mobile app notifications (issue 3): a device is the portal's own installable page on a
-- phone, holding a non-extractable ECDSA P-256 key (WebCrypto). Only the public key is
-- stored. Pairing codes are stored as HMACs; challenges hold the number to match.
CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    public_key BLOB NOT NULL,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    -- The last signed request's timestamp (ms): each request must be newer (no replay).
    last_ts INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE device_pairings (
    code_hash BLOB PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
CREATE TABLE push_challenges (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    org TEXT NOT NULL,
    status TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX push_challenges_by_user ON push_challenges (user_id, status);
