-- Roles are cluster-wide: create them only when missing.
-- No password here: operators set the authenticator password themselves.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'authenticator') THEN
        CREATE ROLE authenticator LOGIN NOINHERIT NOCREATEDB NOCREATEROLE NOSUPERUSER;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'api_anon') THEN
        CREATE ROLE api_anon NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'api_data_producer') THEN
        CREATE ROLE api_data_producer NOLOGIN;
    END IF;
END
$$;

-- The authenticator switches to these roles per request.
GRANT api_anon TO authenticator;
GRANT api_data_producer TO authenticator;
