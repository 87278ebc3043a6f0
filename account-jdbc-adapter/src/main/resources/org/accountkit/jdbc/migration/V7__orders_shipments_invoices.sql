-- Orders, shipments and invoices as the ERP reports them, and the ERP documents received.
-- Portable between PostgreSQL and H2. Every table leads with customer_number, in its primary key and in every
-- index; no foreign keys (see docs/ARCHITECTURE.md). Each overview has an index that ends in its sort order, so a
-- page is found by its position (keyset paging) at any depth.

CREATE TABLE ak_sales_order (
    customer_number  VARCHAR(20)   NOT NULL,
    erp_order_number VARCHAR(40)   NOT NULL,
    channel          VARCHAR(10)   NOT NULL,
    order_request_id UUID,
    requester_id     UUID,
    reference        VARCHAR(60)   NOT NULL,
    ordered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    currency         CHAR(3)       NOT NULL,
    net_total        DECIMAL(15,2) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    booked_period    VARCHAR(10),
    version          BIGINT        NOT NULL,
    PRIMARY KEY (customer_number, erp_order_number)
);
-- A webshop order is confirmed under one ERP order number (NULLs, orders of other channels, do not collide).
CREATE UNIQUE INDEX ak_sales_order_request ON ak_sales_order (customer_number, order_request_id);
-- The order overview: newest first, of everyone, of one requester, in one status, with one reference.
CREATE INDEX ak_sales_order_newest ON ak_sales_order (customer_number, ordered_at, erp_order_number);
CREATE INDEX ak_sales_order_requester ON ak_sales_order (customer_number, requester_id, ordered_at, erp_order_number);
CREATE INDEX ak_sales_order_status ON ak_sales_order (customer_number, status, ordered_at, erp_order_number);
CREATE INDEX ak_sales_order_reference ON ak_sales_order (customer_number, reference, ordered_at, erp_order_number);

-- Lines carry their order's requester, reference and currency, so that the open order lines are read from
-- this table alone.
CREATE TABLE ak_sales_order_line (
    customer_number  VARCHAR(20)   NOT NULL,
    erp_order_number VARCHAR(40)   NOT NULL,
    line_number      INTEGER       NOT NULL,
    requester_id     UUID,
    reference        VARCHAR(60)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    article_number   VARCHAR(40)   NOT NULL,
    description      VARCHAR(200)  NOT NULL,
    ordered          INTEGER       NOT NULL,
    delivered        INTEGER       NOT NULL,
    cancelled        INTEGER       NOT NULL,
    unit_net_price   DECIMAL(15,2) NOT NULL,
    vat_rate         DECIMAL(5,2)  NOT NULL,
    expected_on      DATE          NOT NULL,
    is_open          BOOLEAN       NOT NULL,
    PRIMARY KEY (customer_number, erp_order_number, line_number),
    CONSTRAINT ak_sales_order_line_quantities
        CHECK (delivered >= 0 AND cancelled >= 0 AND delivered + cancelled <= ordered)
);
-- Open order lines: soonest expected first, of everyone or of one requester.
CREATE INDEX ak_sales_order_line_open ON ak_sales_order_line
    (customer_number, is_open, expected_on, erp_order_number, line_number);
CREATE INDEX ak_sales_order_line_open_requester ON ak_sales_order_line
    (customer_number, requester_id, is_open, expected_on, erp_order_number, line_number);

CREATE TABLE ak_shipment (
    customer_number  VARCHAR(20) NOT NULL,
    shipment_number  VARCHAR(40) NOT NULL,
    erp_order_number VARCHAR(40) NOT NULL,
    requester_id     UUID,
    carrier          VARCHAR(20) NOT NULL,
    tracking_code    VARCHAR(60) NOT NULL,
    shipped_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (customer_number, shipment_number)
);
CREATE INDEX ak_shipment_newest ON ak_shipment (customer_number, shipped_at, shipment_number);
CREATE INDEX ak_shipment_requester ON ak_shipment (customer_number, requester_id, shipped_at, shipment_number);
CREATE INDEX ak_shipment_order ON ak_shipment (customer_number, erp_order_number);

CREATE TABLE ak_shipment_line (
    customer_number VARCHAR(20) NOT NULL,
    shipment_number VARCHAR(40) NOT NULL,
    line_number     INTEGER     NOT NULL,
    quantity        INTEGER     NOT NULL,
    PRIMARY KEY (customer_number, shipment_number, line_number)
);

CREATE TABLE ak_invoice (
    customer_number VARCHAR(20)   NOT NULL,
    invoice_number  VARCHAR(40)   NOT NULL,
    invoice_date    DATE          NOT NULL,
    due_date        DATE          NOT NULL,
    currency        CHAR(3)       NOT NULL,
    gross_total     DECIMAL(15,2) NOT NULL,
    paid            DECIMAL(15,2) NOT NULL,
    credited        DECIMAL(15,2) NOT NULL,
    is_settled      BOOLEAN       NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (customer_number, invoice_number)
);
-- Open invoices soonest due first; settled ones newest first.
CREATE INDEX ak_invoice_due ON ak_invoice (customer_number, is_settled, due_date, invoice_number);
CREATE INDEX ak_invoice_dated ON ak_invoice (customer_number, is_settled, invoice_date, invoice_number);

CREATE TABLE ak_invoice_line (
    customer_number  VARCHAR(20)   NOT NULL,
    invoice_number   VARCHAR(40)   NOT NULL,
    line_index       INTEGER       NOT NULL,
    erp_order_number VARCHAR(40)   NOT NULL,
    description      VARCHAR(200)  NOT NULL,
    net_amount       DECIMAL(15,2) NOT NULL,
    vat_rate         DECIMAL(5,2)  NOT NULL,
    PRIMARY KEY (customer_number, invoice_number, line_index)
);
CREATE INDEX ak_invoice_line_order ON ak_invoice_line (customer_number, erp_order_number, invoice_number);

CREATE TABLE ak_invoice_vat (
    customer_number VARCHAR(20)   NOT NULL,
    invoice_number  VARCHAR(40)   NOT NULL,
    vat_rate        DECIMAL(5,2)  NOT NULL,
    net_amount      DECIMAL(15,2) NOT NULL,
    vat_amount      DECIMAL(15,2) NOT NULL,
    gross_amount    DECIMAL(15,2) NOT NULL,
    PRIMARY KEY (customer_number, invoice_number, vat_rate)
);

CREATE TABLE ak_erp_document (
    customer_number VARCHAR(20) NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    document_number VARCHAR(40) NOT NULL,
    fingerprint     VARCHAR(64) NOT NULL,
    PRIMARY KEY (customer_number, kind, document_number)
);
