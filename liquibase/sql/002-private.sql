-- Source tables live in a schema the API does not expose.
CREATE SCHEMA private;
REVOKE ALL ON SCHEMA private FROM PUBLIC;

CREATE TYPE private.market_enum AS ENUM ('kraken');
CREATE TYPE private.interval_enum AS ENUM ('week', 'day');

-- Timestamps are epoch milliseconds.
CREATE TABLE private.portfolio_history (
    id                                SERIAL PRIMARY KEY,
    timestamp                         BIGINT NOT NULL,
    updated_at                        BIGINT,
    market                            private.market_enum,
    interval                          private.interval_enum,
    usd_total_value                   NUMERIC(48, 18),
    usd_held                          NUMERIC(48, 18),
    interval_pct_return               NUMERIC(48, 18),
    benchmark_btc_value               NUMERIC(48, 18),
    benchmark_btc_interval_pct_return NUMERIC(48, 18),
    benchmark_eth_value               NUMERIC(48, 18),
    benchmark_eth_interval_pct_return NUMERIC(48, 18)
);

-- The id is supplied by the producer (an exchange order id).
CREATE TABLE private.trades (
    id          TEXT PRIMARY KEY,
    timestamp   BIGINT NOT NULL,
    market      private.market_enum NOT NULL,
    symbol      TEXT NOT NULL,
    base_asset  TEXT NOT NULL,
    quote_asset TEXT NOT NULL,
    is_buy      BOOLEAN NOT NULL,
    amount      NUMERIC(48, 18) NOT NULL,
    price       NUMERIC(48, 18) NOT NULL,
    usd_value   NUMERIC(48, 18) NOT NULL
);

CREATE INDEX trades_timestamp_idx ON private.trades (timestamp);
