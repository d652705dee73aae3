-- Orders: the columns that search filters and sorts on, and the rest of the order (line items, taxes, discounts,
-- service charges, tenders, computed money) as one JSON document, so that creating or updating an order is a single
-- row write however many lines it has.

CREATE TABLE orders (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    location_id  VARCHAR(32)  NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    customer_id  VARCHAR(191),
    source_name  VARCHAR(255),
    reference_id VARCHAR(40),
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at    TIMESTAMP WITH TIME ZONE,
    total_amount BIGINT       NOT NULL,
    currency     VARCHAR(3)   NOT NULL,
    content      TEXT         NOT NULL
);

-- Keysets of SearchOrders: (account, sort column, id) for each sort field; location, state, customer and source
-- filters are checked on the rows the index yields in order.
CREATE INDEX ix_orders_created ON orders (account_id, created_at, id);
CREATE INDEX ix_orders_updated ON orders (account_id, updated_at, id);
CREATE INDEX ix_orders_closed ON orders (account_id, closed_at, id);
