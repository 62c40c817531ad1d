-- Functions of the exposed schemas (PostgREST SchemaCache.hs:allFunctions), for the OpenAPI document and RPC.
SELECT n.nspname AS routine_schema,
       p.proname AS routine_name,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       p.provolatile::text AS volatility,
       obj_description(p.oid, 'pg_proc') AS description
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = ANY (?) AND p.prokind = 'f'
ORDER BY n.nspname, p.proname
