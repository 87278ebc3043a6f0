-- Ready to shard by customer number (docs/ARCHITECTURE.md, "Sharding by customer number"), part 3 of 3.
-- Indexes lead with customer_number; the primary keys V5 gave every table serve the lookups by customer number
-- (H2 backed the foreign keys with these indexes, so they could go only after V5). The order request overviews
-- page by (submitted_at, seq), newest first: in one status (the approvers' waiting orders), in several, or one
-- requester's.
DROP INDEX ak_account_user_customer;
DROP INDEX ak_audit_record_customer;
DROP INDEX ak_budget_customer;
DROP INDEX ak_substitution_customer;
DROP INDEX ak_order_request_customer;
DROP INDEX ak_order_request_requester;
DROP INDEX ak_order_request_placed;
CREATE INDEX ak_order_request_customer ON ak_order_request (customer_number, status, submitted_at, seq);
CREATE INDEX ak_order_request_newest ON ak_order_request (customer_number, submitted_at, seq);
CREATE INDEX ak_order_request_requester ON ak_order_request (customer_number, requester_id, submitted_at, seq);
CREATE INDEX ak_order_request_placed ON ak_order_request (customer_number, requester_id, placed_at);
