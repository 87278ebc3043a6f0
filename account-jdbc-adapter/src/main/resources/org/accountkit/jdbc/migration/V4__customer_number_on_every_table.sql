-- Ready to shard by customer number (docs/ARCHITECTURE.md, "Sharding by customer number"), part 1 of 3:
-- columns and tables. V5 starts every primary key with customer_number and drops the foreign keys, V6 renews the
-- indexes.
-- Every table carries customer_number: the order lines and decisions gain it from their order request.
ALTER TABLE ak_order_line ADD COLUMN customer_number VARCHAR(20);
UPDATE ak_order_line SET customer_number =
    (SELECT o.customer_number FROM ak_order_request o WHERE o.id = ak_order_line.order_request_id);
ALTER TABLE ak_order_line ALTER COLUMN customer_number SET NOT NULL;

ALTER TABLE ak_order_decision ADD COLUMN customer_number VARCHAR(20);
UPDATE ak_order_decision SET customer_number =
    (SELECT o.customer_number FROM ak_order_request o WHERE o.id = ak_order_decision.order_request_id);
ALTER TABLE ak_order_decision ALTER COLUMN customer_number SET NOT NULL;

-- The one rule that spans customer numbers, unique login addresses, in a small table of its own: the reference
-- (global) table of a distributed schema. email_normalized is the address in lower case.
CREATE TABLE ak_login (
    email_normalized VARCHAR(254) NOT NULL PRIMARY KEY,
    customer_number  VARCHAR(20)  NOT NULL,
    user_id          UUID         NOT NULL
);
INSERT INTO ak_login (email_normalized, customer_number, user_id)
    SELECT email_normalized, customer_number, id FROM ak_account_user;
ALTER TABLE ak_account_user DROP CONSTRAINT ak_account_user_email_unique;
ALTER TABLE ak_account_user DROP COLUMN email_normalized;

-- A budget ledger's period is empty when it has none (per order, or never booked), instead of a word.
ALTER TABLE ak_budget ALTER COLUMN period_key DROP NOT NULL;
UPDATE ak_budget SET spent = 0 WHERE period_key = 'order';
UPDATE ak_budget SET period_key = NULL WHERE period_key IN ('none', 'order');

-- Each customer number chooses who is told first of a waiting order.
ALTER TABLE ak_approval_policy ADD COLUMN recipients VARCHAR(30) DEFAULT 'ADMINISTRATORS_AND_APPROVERS' NOT NULL;
