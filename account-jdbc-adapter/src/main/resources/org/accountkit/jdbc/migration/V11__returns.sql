-- Returns: a service case of kind RETURN names its order and reason on the case, and its lines in
-- ak_service_case_line (order line, article, quantity, price as ordered). What a line may still return is read from
-- the returns of its order, hence the index by order number.

ALTER TABLE ak_service_case ADD COLUMN erp_order_number VARCHAR(40);
ALTER TABLE ak_service_case ADD COLUMN return_reason VARCHAR(30);
CREATE INDEX ak_service_case_order ON ak_service_case (customer_number, erp_order_number);

CREATE TABLE ak_service_case_line (
    customer_number  VARCHAR(20)   NOT NULL,
    case_number      VARCHAR(20)   NOT NULL,
    line_number      INTEGER       NOT NULL,
    article_number   VARCHAR(40)   NOT NULL,
    quantity         INTEGER       NOT NULL,
    unit_net_price   DECIMAL(15,2) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    PRIMARY KEY (customer_number, case_number, line_number),
    CONSTRAINT ak_service_case_line_quantity CHECK (quantity > 0)
);
