-- Article lists and their lines. A user's list names are unique regardless of case (name_key, the name in lower
-- case): the unique index keeps two lists of one name from being created at the same moment.

CREATE TABLE ak_article_list (
    customer_number  VARCHAR(20)   NOT NULL,
    list_id          UUID          NOT NULL,
    owner_id         UUID          NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    name_key         VARCHAR(100)  NOT NULL,
    shared           BOOLEAN       NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (customer_number, list_id)
);
CREATE UNIQUE INDEX ak_article_list_name ON ak_article_list (customer_number, owner_id, name_key);

CREATE TABLE ak_article_list_line (
    customer_number  VARCHAR(20)   NOT NULL,
    list_id          UUID          NOT NULL,
    position         INTEGER       NOT NULL,
    article_number   VARCHAR(40)   NOT NULL,
    quantity         INTEGER       NOT NULL,
    note             VARCHAR(200)  NOT NULL,
    PRIMARY KEY (customer_number, list_id, position)
);
