-- The only schema the server exposes. Every endpoint is a view over private.
CREATE SCHEMA api;

COMMENT ON SCHEMA api IS 'Trading portfolio API
Demo trading portfolio served by Restgres: portfolio history, a redacted feed of the latest trades and summary statistics.';

GRANT USAGE ON SCHEMA api TO api_anon, api_data_producer;

-- Smoke-test endpoint; the column keeps the name PostgreSQL gives an unnamed literal.
CREATE VIEW api.hello_world AS
    SELECT 'hello world';

COMMENT ON VIEW api.hello_world IS 'Hello world
Returns a single row with the text hello world.';

-- Portfolio value per interval, with the timestamp also in seconds.
-- updated_at stays writable so producers keep portfolio_summary's window current.
CREATE VIEW api.portfolio_history AS
    SELECT
        id,
        timestamp,
        timestamp / 1000 AS timestamp_s,
        updated_at,
        market,
        interval,
        usd_total_value,
        usd_held,
        interval_pct_return,
        benchmark_btc_value,
        benchmark_btc_interval_pct_return,
        benchmark_eth_value,
        benchmark_eth_interval_pct_return
    FROM private.portfolio_history;

COMMENT ON VIEW api.portfolio_history IS 'Portfolio history
Portfolio value and returns per day or week, next to BTC and ETH buy-and-hold benchmarks. timestamp and updated_at are epoch milliseconds, timestamp_s is the timestamp in seconds.';

-- Every trade, unredacted. Auto-updatable: producers insert and upsert here.
CREATE VIEW api.all_trades AS
    SELECT
        id,
        timestamp,
        market,
        symbol,
        base_asset,
        quote_asset,
        is_buy,
        amount,
        price,
        usd_value
    FROM private.trades;

COMMENT ON VIEW api.all_trades IS 'All trades
Complete trade log, readable and writable by the data producer only. The id is the exchange order id and is supplied by the producer.';

-- Public feed: the 100 most recent trades, base asset hidden except ETH and BTC.
CREATE VIEW api.latest_trades AS
    SELECT
        id,
        timestamp,
        market,
        CASE
            WHEN base_asset IN ('ETH', 'BTC') THEN base_asset
            ELSE '???'
        END AS redacted_base_asset,
        quote_asset,
        is_buy,
        amount,
        price,
        usd_value
    FROM private.trades
    ORDER BY timestamp DESC
    LIMIT 100;

COMMENT ON VIEW api.latest_trades IS 'Latest trades
The 100 most recent trades. The base asset is shown for ETH and BTC only, other assets read ???.';

-- Latest portfolio_history row plus trade volume and count over the 30 days
-- before that row was last updated.
CREATE VIEW api.portfolio_summary AS
    WITH last_history AS (
        SELECT
            id,
            to_timestamp(timestamp / 1000) AS last_timestamp,
            timestamp / 1000 AS timestamp_s,
            market,
            interval,
            usd_total_value,
            usd_held,
            interval_pct_return,
            benchmark_btc_value,
            benchmark_btc_interval_pct_return,
            benchmark_eth_value,
            benchmark_eth_interval_pct_return,
            updated_at / 1000 AS updated_at_s
        FROM private.portfolio_history
        ORDER BY timestamp DESC
        LIMIT 1
    )
    SELECT
        h.*,
        t.usd_rolling_30d_volume,
        t.trades_count_30d
    FROM last_history h
    CROSS JOIN LATERAL (
        SELECT
            sum(tr.usd_value) AS usd_rolling_30d_volume,
            count(*) AS trades_count_30d
        FROM private.trades tr
        WHERE to_timestamp(tr.timestamp / 1000) > to_timestamp(h.updated_at_s) - interval '30 days'
    ) t;

COMMENT ON VIEW api.portfolio_summary IS 'Portfolio summary
Most recent portfolio_history entry with the USD trade volume and the number of trades over the rolling 30 days before its updated_at.';

-- Anonymous users read the public views.
GRANT SELECT ON api.hello_world, api.portfolio_history, api.latest_trades, api.portfolio_summary
    TO api_anon;

-- The producer reads what anonymous users read, and writes trades and history.
GRANT SELECT ON api.hello_world, api.latest_trades, api.portfolio_summary
    TO api_data_producer;
GRANT SELECT, INSERT, UPDATE ON api.all_trades TO api_data_producer;
GRANT SELECT, INSERT, UPDATE, DELETE ON api.portfolio_history TO api_data_producer;
-- Inserts through api.portfolio_history take their id from this sequence.
GRANT USAGE, SELECT ON SEQUENCE private.portfolio_history_id_seq TO api_data_producer;
