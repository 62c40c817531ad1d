-- The pgrst.* settings of the connection role for db-config (PostgREST Config/Database.hs:
-- queryDbSettings): ALTER ROLE … SET (in_database false) and ALTER ROLE … IN DATABASE … SET for
-- this database (in_database true). ALTER DATABASE … SET alone does not count. The role is matched
-- by name: current_user::regrole would fold a mixed-case name to lower case. pg_db_role_setting,
-- pg_roles and pg_database can be read without any privilege.
SELECT s.setdatabase <> 0 AS in_database, kv.name, kv.value
FROM pg_catalog.pg_db_role_setting s
JOIN pg_catalog.pg_roles r ON r.oid = s.setrole
CROSS JOIN LATERAL (
  SELECT substr(c, 1, strpos(c, '=') - 1) AS name, substr(c, strpos(c, '=') + 1) AS value
  FROM pg_catalog.unnest(s.setconfig) AS c
) kv
WHERE r.rolname = current_user
  AND s.setdatabase IN (0, (SELECT d.oid FROM pg_catalog.pg_database d
                            WHERE d.datname = pg_catalog.current_database()))
  AND kv.name = ANY (?::text[])
