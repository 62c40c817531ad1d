-- The ALTER ROLE … SET settings of every role the authenticator can switch to (PostgREST
-- Config/Database.hs:queryRoleSettings). SET ROLE does not apply them, so each request sets its
-- role's settings itself. Only settings the authenticator may set qualify: 'user' context here, or
-- (PostgreSQL 15+) one granted with GRANT SET ON PARAMETER, which settable_parameters.sql lists.
-- default_transaction_isolation is not applied like the others: as in PostgREST, it chooses the
-- isolation level of the role's transactions.
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
SELECT kv.rolname AS role_name, kv.key AS name, kv.value AS value, ps.context = 'user' AS user_settable
FROM kv_settings kv
JOIN pg_catalog.pg_settings ps ON ps.name = kv.key
ORDER BY kv.rolname, kv.key
