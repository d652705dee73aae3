-- Catalog pages read (account_id, id) in order and filter the types on the way. The (account_id, object_type, id)
-- index served no query better than that one, and once H2 had statistics it preferred it for a page over several
-- types (an IN on object_type) and then sorted every matching object of the account for each page (issue 9). A
-- look-up by type and ids is served by (account_id, id) as well.
DROP INDEX ix_catalog_object_type;
