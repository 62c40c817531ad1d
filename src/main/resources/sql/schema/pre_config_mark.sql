-- Before the db-pre-config function runs: every pgrst.* setting to read gets a marker value for
-- this transaction, so that afterwards only what the function set differs from it. Without this,
-- values of ALTER ROLE … SET applied when the pooled connection opened (and since reset) would
-- read as the function's.
SELECT count(pg_catalog.set_config(k, ?, true)) FROM pg_catalog.unnest(?::text[]) AS k
