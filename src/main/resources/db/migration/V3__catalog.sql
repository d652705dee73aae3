-- The catalog: one row per catalog object of any type. The type's own fields live in data_json (the wire's *_data
-- without nested children); the columns are what lists, searches and look-ups filter on. Variations and modifiers
-- point at their item / modifier list through parent_id. Deleted objects stay (is_deleted) so that search can show
-- them with include_deleted_objects, as Square does.
CREATE TABLE catalog_object (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    account_id     BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    object_type    VARCHAR(32)   NOT NULL,
    parent_id      VARCHAR(64),
    ordinal        INTEGER       NOT NULL DEFAULT 0,
    name           VARCHAR(512),
    description    VARCHAR(4096),
    object_version BIGINT        NOT NULL,
    lock_version   BIGINT        NOT NULL DEFAULT 0,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    is_deleted     BOOLEAN       NOT NULL DEFAULT FALSE,
    data_json      TEXT          NOT NULL
);
CREATE INDEX ix_catalog_object_type ON catalog_object (account_id, object_type, id);
CREATE INDEX ix_catalog_object_parent ON catalog_object (account_id, parent_id);
CREATE INDEX ix_catalog_object_account ON catalog_object (account_id, id);
