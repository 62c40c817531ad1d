-- Definitions of every view as the rewriter's node tree, to map view columns to the columns they come
-- from (PostgREST SchemaCache.hs:allViewsKeyDependencies parses the same text in SQL; Restgres parses it
-- in ViewColumns, reading each top-level target entry's resorigtbl/resorigcol).
SELECT n.nspname AS view_schema,
       c.relname AS view_name,
       r.ev_action::text AS definition
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND r.rulename = '_RETURN'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
