-- Settings outside 'user' context that the authenticator was granted with GRANT SET ON PARAMETER
-- (PostgreSQL 15+; older servers have neither the grant nor has_parameter_privilege).
SELECT name FROM pg_catalog.pg_settings
WHERE context <> 'user' AND pg_catalog.has_parameter_privilege(name, 'set')
