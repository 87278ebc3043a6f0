-- Night delivery per customer number (address_id NULL while not active) and its sticker and crate requests, in the
-- order they were made (position).

CREATE TABLE ak_night_delivery (
    customer_number     VARCHAR(20)  NOT NULL PRIMARY KEY,
    address_id          UUID,
    access_instructions VARCHAR(500) NOT NULL,
    active_since        TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL
);

CREATE TABLE ak_service_request (
    customer_number VARCHAR(20) NOT NULL,
    id              UUID        NOT NULL,
    position        INTEGER     NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    quantity        INTEGER     NOT NULL,
    status          VARCHAR(10) NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (customer_number, id)
);
