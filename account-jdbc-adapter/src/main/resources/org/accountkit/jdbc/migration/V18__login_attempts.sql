-- Failed logins in a row per e-mail address, for the login backoff (OWASP ASVS V2.2), kept in the one global table
-- of login addresses: a login names no customer number. An address that has no user gets a row of its own (no
-- customer number, no user) when a login with it fails, so that unknown addresses are counted and paused exactly
-- like known ones; adding a user with that address takes the row over.
ALTER TABLE ak_login ALTER COLUMN customer_number DROP NOT NULL;
ALTER TABLE ak_login ALTER COLUMN user_id DROP NOT NULL;
ALTER TABLE ak_login ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ak_login ADD COLUMN latest_failure_at TIMESTAMP WITH TIME ZONE;
