-- The hosts' idempotency keys: a key's first use, with a digest of what was submitted and what it created (an
-- order request's id, a return's case number).

CREATE TABLE ak_idempotency_key (
    customer_number  VARCHAR(20)   NOT NULL,
    idempotency_key  VARCHAR(100)  NOT NULL,
    fingerprint      CHAR(64)      NOT NULL,
    subject          VARCHAR(40)   NOT NULL,
    used_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (customer_number, idempotency_key)
);
