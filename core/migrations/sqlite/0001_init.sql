-- sspr schema v1. Secrets are stored only as hashes (Argon2id for passwords and security
-- answers, HMAC-SHA256 with the server key for flow tokens and one-time codes).
CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    paid INTEGER NOT NULL DEFAULT 0,
    sender TEXT NOT NULL,
    policy TEXT NOT NULL
);
CREATE TABLE tenant_domains (
    domain TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE
);
CREATE TABLE groups (
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    PRIMARY KEY (tenant_id, name)
);
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    upn TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    locked INTEGER NOT NULL DEFAULT 0,
    password_source TEXT NOT NULL DEFAULT 'cloud',
    password_hash TEXT,
    admin_roles TEXT NOT NULL DEFAULT '[]',
    primary_email TEXT,
    alternate_email TEXT,
    mobile_phone TEXT,
    office_phone TEXT,
    auth_phone TEXT,
    auth_email TEXT,
    registered_at INTEGER,
    last_confirmed_at INTEGER
);
CREATE TABLE user_groups (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    group_name TEXT NOT NULL,
    PRIMARY KEY (user_id, group_name)
);
CREATE TABLE totp_credentials (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    secret TEXT NOT NULL,
    last_used_step INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE security_answers (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    answer_hash TEXT NOT NULL,
    PRIMARY KEY (user_id, question)
);
CREATE TABLE flows (
    id_hash BLOB PRIMARY KEY,
    expires_at INTEGER NOT NULL,
    state TEXT NOT NULL
);
-- Captcha challenges are stateless signed tokens; only spent ones are recorded (single use).
CREATE TABLE captchas_spent (
    id_hash BLOB PRIMARY KEY,
    expires_at INTEGER NOT NULL
);
CREATE TABLE events (
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX events_by_key ON events (key, kind, at);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    tenant_id TEXT,
    user TEXT,
    ip TEXT,
    client TEXT,
    step TEXT NOT NULL,
    method TEXT,
    outcome TEXT NOT NULL,
    reason TEXT
);
