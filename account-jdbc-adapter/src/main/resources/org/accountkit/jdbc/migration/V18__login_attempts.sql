-- Failed logins in a row per e-mail address, for the login backoff (OWASP ASVS V2.2). Global like ak_login: a login
-- names no customer number, and unknown addresses are counted like known ones. An address is kept only as its key,
-- a SHA-256 of the normalized address in hex.
CREATE TABLE ak_login_attempt (
    address_key CHAR(64)                 NOT NULL PRIMARY KEY,
    failures    INTEGER                  NOT NULL,
    latest_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
