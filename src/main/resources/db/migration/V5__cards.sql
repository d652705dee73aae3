-- Cards on file and the payments charged to them. A card keeps only what a processor would let a merchant keep:
-- brand, last 4, expiry and a keyed fingerprint of the number; never the number itself. `behavior` remembers what the
-- test number or nonce it was made from does at charge time (OK, CARD_DECLINED, ...), since the number is gone.

CREATE TABLE card (
    id              VARCHAR(32)  NOT NULL PRIMARY KEY,
    account_id      BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    customer_id     VARCHAR(64)  NOT NULL,
    card_brand      VARCHAR(32)  NOT NULL,
    last_4          VARCHAR(4)   NOT NULL,
    exp_month       INTEGER      NOT NULL,
    exp_year        INTEGER      NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    behavior        VARCHAR(32)  NOT NULL,
    cardholder_name VARCHAR(255),
    billing_address TEXT,
    reference_id    VARCHAR(128),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
-- ListCards pages by (created_at, id) within an account; the customer filter and the delete hook use the second.
CREATE INDEX ix_card_account_created ON card (account_id, created_at, id);
CREATE INDEX ix_card_account_customer ON card (account_id, customer_id);

CREATE TABLE card_payment (
    id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    card_id     VARCHAR(32)  NOT NULL REFERENCES card (id) ON DELETE CASCADE,
    customer_id VARCHAR(64)  NOT NULL,
    amount      BIGINT       NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    note        VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_card_payment_account ON card_payment (account_id, created_at);
CREATE INDEX ix_card_payment_card ON card_payment (card_id);
