-- Relations of the exposed schemas with their columns, one row per column (PostgREST SchemaCache.hs:allTables).
-- What a view supports comes from auto-updatability or INSTEAD OF triggers (pg_relation_is_updatable with
-- include_triggers): bit 8 INSERT, 4 UPDATE, 16 DELETE.
SELECT n.nspname AS table_schema,
       c.relname AS table_name,
       c.relkind IN ('v', 'm') AS is_view,
       c.relkind IN ('r', 'p') OR (pg_relation_is_updatable(c.oid::regclass, true) & 8) = 8 AS insertable,
       c.relkind IN ('r', 'p') OR (pg_relation_is_updatable(c.oid::regclass, true) & 4) = 4 AS updatable,
       c.relkind IN ('r', 'p') OR (pg_relation_is_updatable(c.oid::regclass, true) & 16) = 16 AS deletable,
       obj_description(c.oid, 'pg_class') AS table_description,
       a.attname AS column_name,
       format_type(a.atttypid, a.atttypmod) AS column_type,
       format_type((WITH RECURSIVE d(oid, base) AS ( -- a domain's type, through domains over domains
                      SELECT t.oid, t.typbasetype
                      UNION ALL
                      SELECT b.oid, b.typbasetype FROM d JOIN pg_type b ON b.oid = d.base)
                    SELECT oid FROM d WHERE base = 0), NULL) AS base_type,
       NOT (a.attnotnull OR t.typnotnull) AS nullable,
       CASE -- what PostgREST's missing=default uses: identity sequences, domain defaults, never generated columns
         WHEN a.attidentity = 'd' THEN format('nextval(%L::regclass)', quote_ident(sn.nspname) || '.' || quote_ident(s.relname))
         WHEN a.attgenerated = 's' THEN NULL
         WHEN d.adbin IS NULL AND t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0)
         ELSE pg_get_expr(d.adbin, d.adrelid)
       END AS column_default,
       coalesce((SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder)
                 FROM pg_enum e WHERE e.enumtypid = coalesce(nullif(t.typbasetype, 0), t.oid)), '{}') AS enum_values,
       col_description(c.oid, a.attnum) AS column_description,
       -- a domain's implicit casts through functions to json and from text and json (PostgREST's
       -- domain_representations), as {schema, function}
       (SELECT ARRAY[fs.nspname::text, f.proname::text] FROM pg_cast k JOIN pg_proc f ON f.oid = k.castfunc
        JOIN pg_namespace fs ON fs.oid = f.pronamespace
        WHERE t.typtype = 'd' AND k.castsource = t.oid AND k.casttarget = 'json'::regtype AND k.castcontext = 'i'
          AND k.castmethod = 'f' AND has_function_privilege(k.castfunc, 'execute')) AS to_json,
       (SELECT ARRAY[fs.nspname::text, f.proname::text] FROM pg_cast k JOIN pg_proc f ON f.oid = k.castfunc
        JOIN pg_namespace fs ON fs.oid = f.pronamespace
        WHERE t.typtype = 'd' AND k.casttarget = t.oid AND k.castsource = 'text'::regtype AND k.castcontext = 'i'
          AND k.castmethod = 'f' AND has_function_privilege(k.castfunc, 'execute')) AS from_text,
       (SELECT ARRAY[fs.nspname::text, f.proname::text] FROM pg_cast k JOIN pg_proc f ON f.oid = k.castfunc
        JOIN pg_namespace fs ON fs.oid = f.pronamespace
        WHERE t.typtype = 'd' AND k.casttarget = t.oid AND k.castsource = 'json'::regtype AND k.castcontext = 'i'
          AND k.castmethod = 'f' AND has_function_privilege(k.castfunc, 'execute')) AS from_json
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
-- the identity column's sequence through pg_depend: pg_get_serial_sequence takes a name, and resolving it
-- needs USAGE on the schema, which PostgREST's authenticator does not have
LEFT JOIN pg_depend dep ON a.attidentity = 'd' AND dep.refclassid = 'pg_class'::regclass
  AND dep.refobjid = c.oid AND dep.refobjsubid = a.attnum AND dep.classid = 'pg_class'::regclass AND dep.deptype = 'i'
LEFT JOIN pg_class s ON s.oid = dep.objid AND s.relkind = 'S'
LEFT JOIN pg_namespace sn ON sn.oid = s.relnamespace
WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p')
  AND NOT c.relispartition
  AND n.nspname = ANY (?)
ORDER BY n.nspname, c.relname, a.attnum
