-- Callable functions of the exposed schemas (PostgREST SchemaCache.hs:allFunctions). Callable means every
-- input argument has a name, or there is exactly one unnamed input argument of type bytea, json, jsonb, text
-- or xml (PostgreSQL stores proargnames as NULL when no argument is named); trigger functions are left out.
-- Input arguments (modes i, b, v) come as parallel arrays in declaration order; the last arg_defaults of them
-- have defaults. arg_cast_types is the type a value is cast to: character and bit without a length would mean
-- length 1 and truncate, so they become their varying forms, as in PostgREST.
-- The result is read through domains (a domain over a composite is that composite). A composite result's
-- columns are the attributes of its type, else the OUT/INOUT/TABLE arguments (modes o, b, t), which make a
-- function composite even when there is only one of them.
-- settings are the function's SET clauses, "name=value" each.
-- Every name is read from the catalog by OID: nothing here resolves a name through schema privileges.
SELECT n.nspname AS routine_schema,
       p.proname AS routine_name,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       p.provolatile::text AS volatility,
       obj_description(p.oid, 'pg_proc') AS description,
       coalesce(ins.names, '{}') AS arg_names,
       coalesce(ins.types, '{}') AS arg_types,
       coalesce(ins.cast_types, '{}') AS arg_cast_types,
       coalesce(ins.modes, '{}') AS arg_modes,
       p.pronargdefaults AS arg_defaults,
       p.proretset AS returns_set,
       p.prorettype = 'void'::regtype AS returns_void,
       (t.typtype = 'c' OR outs.names IS NOT NULL) AS returns_composite,
       CASE WHEN t.typtype = 'c' THEN rn.nspname END AS result_schema,
       CASE WHEN t.typtype = 'c' THEN rc.relname END AS result_relation,
       CASE WHEN t.typtype = 'c' THEN coalesce(cols.names, '{}') ELSE coalesce(outs.names, '{}') END
         AS result_columns,
       CASE WHEN t.typtype = 'c' THEN coalesce(cols.types, '{}') ELSE coalesce(outs.types, '{}') END
         AS result_types,
       coalesce(p.proconfig, '{}') AS settings
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN LATERAL (
  WITH RECURSIVE chain(oid, depth) AS (
    SELECT p.prorettype, 0
    UNION ALL
    SELECT d.typbasetype, chain.depth + 1 FROM chain JOIN pg_type d ON d.oid = chain.oid AND d.typtype = 'd')
  SELECT oid FROM chain ORDER BY depth DESC LIMIT 1) bt ON true
JOIN pg_type t ON t.oid = bt.oid
LEFT JOIN pg_class rc ON rc.oid = t.typrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN LATERAL (
  SELECT array_agg(coalesce(p.proargnames[a.ord], '') ORDER BY a.ord) AS names,
         array_agg(a.type::regtype::text ORDER BY a.ord) AS types,
         array_agg(CASE a.type
                     WHEN 'bit'::regtype THEN 'bit varying'
                     WHEN 'bit[]'::regtype THEN 'bit varying[]'
                     WHEN 'character'::regtype THEN 'character varying'
                     WHEN 'character[]'::regtype THEN 'character varying[]'
                     ELSE a.type::regtype::text
                   END ORDER BY a.ord) AS cast_types,
         array_agg(coalesce(p.proargmodes[a.ord], 'i')::text ORDER BY a.ord) AS modes
  FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY AS a(type, ord)
  WHERE coalesce(p.proargmodes[a.ord], 'i') IN ('i', 'b', 'v')) ins ON true
LEFT JOIN LATERAL (
  SELECT array_agg(p.proargnames[a.ord] ORDER BY a.ord) AS names,
         array_agg(format_type(a.type, NULL) ORDER BY a.ord) AS types
  FROM unnest(p.proallargtypes) WITH ORDINALITY AS a(type, ord)
  WHERE p.proargmodes[a.ord] IN ('o', 'b', 't')) outs ON true
LEFT JOIN LATERAL (
  SELECT array_agg(att.attname::text ORDER BY att.attnum) AS names,
         array_agg(format_type(att.atttypid, att.atttypmod) ORDER BY att.attnum) AS types
  FROM pg_attribute att
  WHERE att.attrelid = t.typrelid AND att.attnum > 0 AND NOT att.attisdropped) cols ON t.typtype = 'c'
WHERE n.nspname = ANY (?) AND p.prokind = 'f' AND bt.oid <> 'trigger'::regtype
  AND (p.proargnames IS NOT NULL OR p.pronargs = 0
       OR (p.pronargs = 1 AND p.proargtypes[0] IN
             ('bytea'::regtype, 'json'::regtype, 'jsonb'::regtype, 'text'::regtype, 'xml'::regtype)))
ORDER BY n.nspname, p.proname, p.pronargs, p.oid
