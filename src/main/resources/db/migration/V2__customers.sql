-- Customers (API.md §7), customer groups and group membership.
-- One file for H2 (PostgreSQL mode) and PostgreSQL: no TIMESTAMPTZ, no partial or expression indexes.

CREATE TABLE customer (
    id                              VARCHAR(32)   NOT NULL PRIMARY KEY,
    account_id                      BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    given_name                      VARCHAR(300),
    family_name                     VARCHAR(300),
    nickname                        VARCHAR(100),
    company_name                    VARCHAR(500),
    email_address                   VARCHAR(254),
    phone_number                    VARCHAR(40),
    -- the phone number in E.164 (+ and digits), what exact and fuzzy phone filters compare against
    phone_e164                      VARCHAR(20),
    birthday                        VARCHAR(10),
    reference_id                    VARCHAR(100),
    note                            VARCHAR(4096),
    address_line_1                  VARCHAR(500),
    address_line_2                  VARCHAR(500),
    address_line_3                  VARCHAR(500),
    locality                        VARCHAR(255),
    sublocality                     VARCHAR(255),
    sublocality_2                   VARCHAR(255),
    sublocality_3                   VARCHAR(255),
    administrative_district_level_1 VARCHAR(255),
    administrative_district_level_2 VARCHAR(255),
    administrative_district_level_3 VARCHAR(255),
    postal_code                     VARCHAR(32),
    country                         VARCHAR(2),
    email_unsubscribed              BOOLEAN       NOT NULL DEFAULT FALSE,
    creation_source                 VARCHAR(32)   NOT NULL,
    -- the DEFAULT sort key: lower-cased "given family", else company, email, phone (kept short for the index)
    sort_key                        VARCHAR(255)  NOT NULL,
    version                         BIGINT        NOT NULL,
    created_at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                      TIMESTAMP WITH TIME ZONE NOT NULL
);
-- keyset pagination: one index per sort, so that a page costs the same at any depth
CREATE INDEX ix_customer_sort ON customer (account_id, sort_key, id);
CREATE INDEX ix_customer_created ON customer (account_id, created_at, id);
CREATE INDEX ix_customer_updated ON customer (account_id, updated_at);
-- a CRM's external id is unique per account; NULL (no reference) may repeat in H2 and PostgreSQL alike
CREATE UNIQUE INDEX ux_customer_reference ON customer (account_id, reference_id);

CREATE TABLE customer_group (
    id         VARCHAR(32)  NOT NULL PRIMARY KEY,
    account_id BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name       VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_customer_group_account ON customer_group (account_id, created_at, id);

CREATE TABLE customer_group_member (
    customer_id VARCHAR(32) NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    group_id    VARCHAR(32) NOT NULL REFERENCES customer_group (id) ON DELETE CASCADE,
    account_id  BIGINT      NOT NULL,
    PRIMARY KEY (customer_id, group_id)
);
CREATE INDEX ix_customer_group_member_group ON customer_group_member (group_id, customer_id);
