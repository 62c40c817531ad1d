-- Demo data, deterministic apart from its anchor: A = start of the load day
-- (UTC) in epoch milliseconds, so the 30-day summary window is always populated.
-- Values are closed-form functions of generate_series counters (no random()).

-- 56 daily rows and 8 weekly rows covering the 8 weeks before A.
-- Curve index t = days since A - 56 days; each row spans t0 .. t1.
-- The newest row is the daily one starting at A - 1 day, updated at A.
INSERT INTO private.portfolio_history (
    timestamp, updated_at, market, interval,
    usd_total_value, usd_held, interval_pct_return,
    benchmark_btc_value, benchmark_btc_interval_pct_return,
    benchmark_eth_value, benchmark_eth_interval_pct_return)
WITH anchor AS (
    SELECT extract(epoch FROM date_trunc('day', now() AT TIME ZONE 'UTC'))::bigint * 1000 AS a
), curve AS (
    SELECT
        t,
        round((10000 * (1 + 0.004 * t + 0.02 * sin(t / 3.0)))::numeric, 2) AS portfolio,
        round((0.25 + 0.10 * sin(t / 7.0))::numeric, 4)                    AS held_ratio,
        round((10000 * (1 + 0.003 * t + 0.04 * sin(t / 5.0)))::numeric, 2) AS btc,
        round((10000 * (1 + 0.002 * t + 0.05 * sin(t / 4.0)))::numeric, 2) AS eth
    FROM generate_series(0, 56) AS t
), periods AS (
    SELECT 'day'::private.interval_enum AS interval, k AS days_ago, 56 - k AS t0, 57 - k AS t1
    FROM generate_series(1, 56) AS k
    UNION ALL
    SELECT 'week'::private.interval_enum, 7 * k, 56 - 7 * k, 63 - 7 * k
    FROM generate_series(1, 8) AS k
)
SELECT
    anchor.a - p.days_ago * 86400000::bigint,
    anchor.a - p.days_ago * 86400000::bigint + (p.t1 - p.t0) * 86400000::bigint,
    'kraken',
    p.interval,
    c1.portfolio,
    round(c1.portfolio * c1.held_ratio, 2),
    round((c1.portfolio / c0.portfolio - 1) * 100, 4),
    c1.btc,
    round((c1.btc / c0.btc - 1) * 100, 4),
    c1.eth,
    round((c1.eth / c0.eth - 1) * 100, 4)
FROM periods p
CROSS JOIN anchor
JOIN curve c0 ON c0.t = p.t0
JOIN curve c1 ON c1.t = p.t1
ORDER BY p.days_ago DESC, p.interval;

-- 300 trades, one about every 4 hours going back 50 days from A. Trades
-- 1..179 fall inside the 30-day window; the 90-minute offset keeps every trade
-- over an hour away from its edge, so DST in the session time zone cannot
-- change the count. Base assets cycle through BTC, ETH, SOL, ADA, DOT so the
-- redaction in api.latest_trades is visible.
INSERT INTO private.trades (
    id, timestamp, market, symbol, base_asset, quote_asset,
    is_buy, amount, price, usd_value)
WITH anchor AS (
    SELECT extract(epoch FROM date_trunc('day', now() AT TIME ZONE 'UTC'))::bigint * 1000 AS a
), assets (idx, asset, base_price) AS (
    VALUES (0, 'BTC', 42000.0), (1, 'ETH', 2300.0), (2, 'SOL', 95.0),
           (3, 'ADA', 0.52), (4, 'DOT', 6.8)
), priced AS (
    SELECT
        i,
        anchor.a - i * 14400000::bigint - 5400000 - ((i * 7) % 60) * 60000 AS ts,
        s.asset,
        round((s.base_price * (1 + 0.08 * sin(i / 25.0)))::numeric, 6) AS price,
        50 + (i * 37) % 950 AS usd_target
    FROM generate_series(1, 300) AS i
    CROSS JOIN anchor
    JOIN assets s ON s.idx = i % 5
), sized AS (
    SELECT *, round(usd_target / price, 8) AS amount
    FROM priced
)
SELECT
    'demo-' || lpad(i::text, 4, '0'),
    ts,
    'kraken',
    asset || '/USD',
    asset,
    'USD',
    (i / 5) % 2 = 0,
    amount,
    price,
    round(amount * price, 2)
FROM sized
ORDER BY i DESC;
