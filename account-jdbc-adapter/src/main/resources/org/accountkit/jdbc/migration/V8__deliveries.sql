-- The ERP's delivery notes: which day (part of) an order was delivered, and how much of each line. The quantities
-- are also kept on the order's lines (ak_sales_order_line.delivered); these rows say when.

CREATE TABLE ak_delivery (
    customer_number  VARCHAR(20) NOT NULL,
    delivery_number  VARCHAR(40) NOT NULL,
    erp_order_number VARCHAR(40) NOT NULL,
    delivered_on     DATE        NOT NULL,
    PRIMARY KEY (customer_number, delivery_number)
);
CREATE INDEX ak_delivery_order ON ak_delivery (customer_number, erp_order_number, delivered_on, delivery_number);

CREATE TABLE ak_delivery_line (
    customer_number VARCHAR(20) NOT NULL,
    delivery_number VARCHAR(40) NOT NULL,
    line_number     INTEGER     NOT NULL,
    quantity        INTEGER     NOT NULL,
    PRIMARY KEY (customer_number, delivery_number, line_number)
);
