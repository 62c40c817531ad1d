-- Primary and foreign keys of every table (PostgREST SchemaCache.hs:allM2OandO2ORels, tablePks).
-- All schemas: a view in an exposed schema may sit on tables in a private one. Constraints cloned onto
-- partitions (conparentid <> 0) are left out: partitions are not exposed, their partitioned table is.
-- A foreign key is one-to-one when its columns, as a set, are also a primary key or unique constraint.
SELECT con.contype::text AS kind,
       con.conname AS constraint_name,
       ns.nspname AS table_schema,
       cls.relname AS table_name,
       array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, i)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.i) AS columns,
       fns.nspname AS foreign_schema,
       fcls.relname AS foreign_table,
       array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, i)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.i) AS foreign_columns,
       con.contype = 'f' AND EXISTS (
         SELECT 1 FROM pg_constraint u
         WHERE u.conrelid = con.conrelid AND u.contype IN ('p', 'u')
           AND array(SELECT k FROM unnest(u.conkey) k ORDER BY k) = array(SELECT k FROM unnest(con.conkey) k ORDER BY k)
       ) AS one_to_one
FROM pg_constraint con
JOIN pg_class cls ON cls.oid = con.conrelid
JOIN pg_namespace ns ON ns.oid = cls.relnamespace
LEFT JOIN pg_class fcls ON fcls.oid = con.confrelid
LEFT JOIN pg_namespace fns ON fns.oid = fcls.relnamespace
WHERE con.contype IN ('p', 'f')
  AND con.conparentid = 0
  AND ns.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY con.conname
