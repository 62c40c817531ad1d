-- Functions of the exposed schemas (PostgREST SchemaCache.hs:allFunctions), for the OpenAPI document and RPC.
-- Input arguments (modes i, b, v) come as parallel arrays in declaration order; the last arg_defaults of them
-- have defaults. For a composite result, result_columns/result_types are its row's columns: the OUT/TABLE
-- arguments (modes o, b, t), or the attributes of the composite type.
SELECT n.nspname AS routine_schema,
       p.proname AS routine_name,
       pg_get_function_arguments(p.oid) AS arguments,
       pg_get_function_result(p.oid) AS result,
       p.provolatile::text AS volatility,
       obj_description(p.oid, 'pg_proc') AS description,
       coalesce(ins.names, '{}') AS arg_names,
       coalesce(ins.types, '{}') AS arg_types,
       coalesce(ins.modes, '{}') AS arg_modes,
       p.pronargdefaults AS arg_defaults,
       p.proretset AS returns_set,
       t.typtype = 'p' AND t.oid = 'void'::regtype AS returns_void,
       (t.typtype = 'c' OR (t.oid = 'record'::regtype AND outs.names IS NOT NULL)) AS returns_composite,
       CASE WHEN t.typtype = 'c' THEN rn.nspname END AS result_schema,
       CASE WHEN t.typtype = 'c' THEN rc.relname END AS result_relation,
       coalesce(outs.names, cols.names, '{}') AS result_columns,
       coalesce(outs.types, cols.types, '{}') AS result_types
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_type t ON t.oid = p.prorettype
LEFT JOIN pg_class rc ON rc.oid = t.typrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN LATERAL (
  SELECT array_agg(coalesce(p.proargnames[a.ord], '') ORDER BY a.ord) AS names,
         array_agg(format_type(a.type, NULL) ORDER BY a.ord) AS types,
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
WHERE n.nspname = ANY (?) AND p.prokind = 'f'
ORDER BY n.nspname, p.proname, p.pronargs, p.oid
