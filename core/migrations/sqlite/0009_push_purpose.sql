-- Issue 10: a notification from a reset never replaces one from the user's own sign-in.
ALTER TABLE push_challenges ADD COLUMN for_reset BOOLEAN NOT NULL DEFAULT FALSE;
