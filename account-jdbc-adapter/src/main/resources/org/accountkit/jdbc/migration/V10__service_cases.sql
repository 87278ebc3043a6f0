-- Service cases (returns, repairs, warranty claims, delivery problems): one table, one state machine. Case numbers
-- are unique per customer number; the primary key keeps two servers from giving out one number twice.

CREATE TABLE ak_service_case (
    customer_number VARCHAR(20)   NOT NULL,
    case_number     VARCHAR(20)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    requester_id    UUID          NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolution      VARCHAR(10),
    note            VARCHAR(500)  NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (customer_number, case_number)
);
CREATE INDEX ak_service_case_newest ON ak_service_case (customer_number, registered_at, case_number);
CREATE INDEX ak_service_case_requester ON ak_service_case (customer_number, requester_id, registered_at, case_number);
