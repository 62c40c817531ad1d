-- Media type handlers (PostgREST's media_type_handlers): domains named like a media type
-- ("text/plain", "application/vnd.twkb", or "*/*" for the catch-all), returned by
-- (1) an aggregate of an exposed schema over one relation's row type or anyelement: it renders rows
--     of that relation (of any, for anyelement) in that media type;
-- (2) a function of an exposed schema that returns one value of the domain: its result is the body.
WITH media AS (
  SELECT t.oid, n.nspname AS type_schema, t.typname AS type_name, lower(t.typname) AS mime
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype = 'd'
    AND (t.typname ~ '^[A-Za-z0-9.-]+/[A-Za-z0-9.+-]+$' OR t.typname = '*/*')
)
SELECT 'AGGREGATE' AS kind,
       pn.nspname AS handler_schema,
       p.proname AS handler_name,
       CASE WHEN p.proargtypes[0] = 'anyelement'::regtype THEN NULL ELSE rn.nspname END AS target_schema,
       CASE WHEN p.proargtypes[0] = 'anyelement'::regtype THEN NULL ELSE r.relname END AS target_name,
       m.mime
FROM media m
JOIN pg_proc p ON p.prorettype = m.oid AND p.prokind = 'a' AND p.pronargs = 1
JOIN pg_namespace pn ON pn.oid = p.pronamespace
LEFT JOIN pg_class r ON r.reltype = p.proargtypes[0] AND r.relkind IN ('r', 'v', 'm', 'f', 'p')
LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
WHERE pn.nspname = ANY (?)
  AND (r.oid IS NOT NULL OR p.proargtypes[0] = 'anyelement'::regtype)
UNION ALL
SELECT 'RESULT', m.type_schema, m.type_name, pn.nspname, p.proname, m.mime
FROM media m
JOIN pg_proc p ON p.prorettype = m.oid AND p.prokind = 'f' AND NOT p.proretset
JOIN pg_namespace pn ON pn.oid = p.pronamespace
WHERE pn.nspname = ANY (?)
ORDER BY 1, 2, 3
