-- role_settings.sql for PostgreSQL 14 and older, which have no GRANT SET ON PARAMETER: of the
-- settings the roles the authenticator can switch to have, only those in 'user' context qualify.
WITH role_setting AS (
  SELECT r.rolname, unnest(r.rolconfig) AS setting
  FROM pg_catalog.pg_auth_members m
  JOIN pg_catalog.pg_roles r ON r.oid = m.roleid
  -- by name, not current_user::regrole: that cast parses an identifier and folds a mixed-case role name
  WHERE m.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user)
),
kv_settings AS (
  SELECT rolname,
         substr(setting, 1, strpos(setting, '=') - 1) AS key,
         substr(setting, strpos(setting, '=') + 1) AS value
  FROM role_setting
)
SELECT kv.rolname AS role_name, kv.key AS name, kv.value AS value
FROM kv_settings kv
JOIN pg_catalog.pg_settings ps ON ps.name = kv.key
WHERE kv.key <> 'default_transaction_isolation'
  AND ps.context = 'user'
ORDER BY kv.rolname, kv.key
