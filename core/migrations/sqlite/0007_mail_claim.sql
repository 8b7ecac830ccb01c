-- A worker's claim on a queued message: only the holder may mark it sent or retry it, so
-- two workers never both act on one message (a review of D27).
ALTER TABLE mail_queue ADD COLUMN claim TEXT;
