-- Issue 15: texts and calls a provider took, by its message id, so a signed delivery
-- receipt can be put in the audit beside the send. No number, no body, no code.
CREATE TABLE sent_messages (
    id BIGSERIAL PRIMARY KEY,
    channel TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    tenant_id TEXT,
    "user" TEXT,
    method TEXT,
    sent_at BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'sent',
    status_at BIGINT,
    UNIQUE (channel, provider, provider_id)
);
CREATE INDEX sent_messages_by_time ON sent_messages (sent_at);
