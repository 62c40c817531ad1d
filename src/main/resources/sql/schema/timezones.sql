-- The names Prefer: timezone= accepts (PostgREST v14 Config/Database.hs, TimezoneNames).
SELECT name FROM pg_catalog.pg_timezone_names
