-- B1, B2: partner users. `kind` is `member` (the default), `guest` (B1: a partner
-- organisation's user; `home_tenant` names the tenant whose policy applies), `self_service`
-- (B2: signed up through self-service sign-up) or `invited` (B2: invited by email, with no
-- home tenant here).
ALTER TABLE users ADD COLUMN kind TEXT NOT NULL DEFAULT 'member';
ALTER TABLE users ADD COLUMN home_tenant TEXT;
