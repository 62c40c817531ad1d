-- Primary and foreign keys of every table (PostgREST SchemaCache.hs:allM2OandO2ORels, tablePks).
-- All schemas: a view in an exposed schema may sit on tables in a private one.
SELECT con.contype::text AS kind,
       con.conname AS constraint_name,
       ns.nspname AS table_schema,
       cls.relname AS table_name,
       array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, i)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.i) AS columns,
       fns.nspname AS foreign_schema,
       fcls.relname AS foreign_table,
       array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, i)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.i) AS foreign_columns
FROM pg_constraint con
JOIN pg_class cls ON cls.oid = con.conrelid
JOIN pg_namespace ns ON ns.oid = cls.relnamespace
LEFT JOIN pg_class fcls ON fcls.oid = con.confrelid
LEFT JOIN pg_namespace fns ON fns.oid = fcls.relnamespace
WHERE con.contype IN ('p', 'f')
  AND ns.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY con.conname
