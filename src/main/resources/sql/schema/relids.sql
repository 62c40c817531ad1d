-- Column numbers of user relations, to name the origins (oid, attnum) found in view definitions.
SELECT c.oid::bigint AS oid, n.nspname AS schema, c.relname AS name, a.attnum AS attnum, a.attname AS column_name
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
