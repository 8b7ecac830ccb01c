-- O1, O2, K1 (issue 4): notifications wait here until the mail server takes them, retried
-- with backoff while it is down. The message is sealed with a key derived from the server
-- key (bodies may hold customer data, O3) and dropped once sent; the row stays as a record.
CREATE TABLE mail_queue (
    id INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    sealed TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until INTEGER NOT NULL DEFAULT 0,
    sent_at INTEGER,
    failed_at INTEGER
);
CREATE INDEX mail_queue_due ON mail_queue (sent_at, failed_at, next_attempt_at);
