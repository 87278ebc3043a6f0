-- Quotes and their lines. The requester's "my quotes" is read by (customer_number, requester_id, requested_at);
-- customer service's queue of requested quotes is the one overview that spans customer numbers, read by
-- (status, requested_at).

CREATE TABLE ak_quote (
    customer_number  VARCHAR(20)   NOT NULL,
    quote_number     VARCHAR(20)   NOT NULL,
    requester_id     UUID          NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    remark           VARCHAR(2000) NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at      TIMESTAMP WITH TIME ZONE,
    valid_until      DATE,
    decline_reason   VARCHAR(500)  NOT NULL,
    ordered_as       UUID,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (customer_number, quote_number)
);
CREATE INDEX ak_quote_requester ON ak_quote (customer_number, requester_id, requested_at, quote_number);
CREATE INDEX ak_quote_queue ON ak_quote (status, requested_at, customer_number, quote_number);

CREATE TABLE ak_quote_line (
    customer_number  VARCHAR(20)   NOT NULL,
    quote_number     VARCHAR(20)   NOT NULL,
    line_number      INTEGER       NOT NULL,
    article_number   VARCHAR(40)   NOT NULL,
    description      VARCHAR(300)  NOT NULL,
    quantity         INTEGER       NOT NULL,
    vat_rate         DECIMAL(5,2)  NOT NULL,
    unit_price       DECIMAL(15,2),
    currency         CHAR(3),
    PRIMARY KEY (customer_number, quote_number, line_number),
    CONSTRAINT ak_quote_line_quantity CHECK (quantity > 0)
);
