-- Computed relationships (PostgREST SchemaCache.hs:allComputedRels): functions of an exposed schema
-- taking one argument of a relation's row type and returning [SETOF] another relation's row type. They
-- return one row when not SETOF or declared ROWS 1.
SELECT fn.nspname AS function_schema,
       p.proname AS function_name,
       tn.nspname AS table_schema,
       t.relname AS table_name,
       ftn.nspname AS foreign_schema,
       ft.relname AS foreign_table,
       NOT p.proretset OR p.prorows = 1 AS single_row
FROM pg_proc p
JOIN pg_namespace fn ON fn.oid = p.pronamespace
JOIN pg_class t ON t.reltype = p.proargtypes[0] AND t.relkind IN ('r', 'v', 'm', 'f', 'p')
JOIN pg_namespace tn ON tn.oid = t.relnamespace
JOIN pg_class ft ON ft.reltype = p.prorettype AND ft.relkind IN ('r', 'v', 'm', 'f', 'p')
JOIN pg_namespace ftn ON ftn.oid = ft.relnamespace
WHERE p.pronargs = 1 AND p.prokind = 'f'
  AND fn.nspname = ANY (?)
ORDER BY fn.nspname, p.proname
