-- After the db-pre-config function ran in this transaction: the pgrst.* settings it set with
-- set_config(…, true), i.e. those no longer holding the marker of pre_config_mark.sql.
SELECT k AS name, v AS value
FROM (SELECT k, pg_catalog.current_setting(k, true) AS v FROM pg_catalog.unnest(?::text[]) AS k) s
WHERE v IS DISTINCT FROM ?
