-- Issue 12: every policy change made in the web console, with the whole policy before and
-- after (JSON, the tenants.policy form), who made it, and the change it reverted if any.
CREATE TABLE policy_changes (
    id BIGSERIAL PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    at BIGINT NOT NULL,
    admin TEXT NOT NULL,
    old_policy TEXT NOT NULL,
    new_policy TEXT NOT NULL,
    reverts BIGINT
);
CREATE INDEX policy_changes_by_tenant ON policy_changes (tenant_id, id);
