#!/usr/bin/env bash
# Deploys target/restgres.war on a full Payara Server 6 the way an administrator would (README,
# "Deploying on Payara Server 6") and checks it over HTTP: a JDBC pool and resource defined with
# asadmin (the WAR's LibpqDataSource with PGSimpleDataSource's properties, the password in a
# password alias), configuration
# from JVM system properties and from domain-level MicroProfile Config properties, Payara's own
# /health, /metrics and /openapi switched off, `asadmin deploy --contextroot /`.
# The database is the launcher's demo database (embedded PostgreSQL 17, liquibase/, PostgREST's
# role model). Stops the domain and the database and removes target/payara-server at the end.
#   usage: src/payara-server/verify.sh          (from any directory; exit 0 when every check passed)
#   env:   PAYARA_SERVER_VERSION (6.2025.9)  ADMIN_PORT (14848)  HTTP_PORT (18080)
#          RESTGRES_ADMIN_PORT (18090)  PG_PORT (15499)  SKIP_BUILD=1 keeps an existing target/restgres.war
# Downloads the Payara Server zip (~170 MB) through Maven on first use.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd -P)"
cd "$ROOT"
VERSION=${PAYARA_SERVER_VERSION:-6.2025.9}
ADMIN_PORT=${ADMIN_PORT:-14848}
HTTP_PORT=${HTTP_PORT:-18080}
RESTGRES_ADMIN_PORT=${RESTGRES_ADMIN_PORT:-18090}
PG_PORT=${PG_PORT:-15499}
WORK="$ROOT/target/payara-server"
DOMAINS="$WORK/domains"
DOMAIN=restgres
BASE="http://127.0.0.1:$HTTP_PORT"
START=$(date +%s)

step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

for p in "$ADMIN_PORT" "$HTTP_PORT" "$RESTGRES_ADMIN_PORT" "$PG_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then fail "port $p is in use"; fi
done

PG_PID=""
ASADMIN="$WORK/payara6/bin/asadmin"
cleanup() {
  set +e
  if [ -x "$ASADMIN" ] && [ -d "$DOMAINS/$DOMAIN" ]; then
    "$ASADMIN" stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null 2>&1
  fi
  if [ -n "$PG_PID" ]; then kill "$PG_PID" 2>/dev/null; wait "$PG_PID" 2>/dev/null; fi
  if [ "${KEEP_WORK:-0}" != 1 ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
rm -rf "$WORK"
mkdir -p "$WORK"

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/restgres.war ]; then
  step "building target/restgres.war"
  mvn -B -q -DskipTests package
fi

step "Payara Server $VERSION from Maven (fish.payara.distributions:payara:zip)"
mvn -B -q dependency:copy -Dartifact="fish.payara.distributions:payara:$VERSION:zip" -DoutputDirectory="$WORK"
unzip -q "$WORK/payara-$VERSION.zip" -d "$WORK"
rm "$WORK/payara-$VERSION.zip"

step "demo database: embedded PostgreSQL 17 on port $PG_PORT"
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
DB_PASSWORD=$(openssl rand -hex 16)
java -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" io.restgres.launcher.DemoDatabase \
  "$PG_PORT" "$WORK/pg" "$DB_PASSWORD" >"$WORK/pg.log" 2>&1 &
PG_PID=$!
for _ in $(seq 120); do
  grep -qsx ready "$WORK/pg.log" && break
  kill -0 "$PG_PID" 2>/dev/null || { cat "$WORK/pg.log"; fail "the database did not start"; }
  sleep 1
done
grep -qsx ready "$WORK/pg.log" || fail "the database did not start in time"

# --- what an administrator runs -------------------------------------------------------------------
step "domain $DOMAIN: admin port $ADMIN_PORT, HTTP $HTTP_PORT, the other ports moved off their defaults"
"$ASADMIN" create-domain --nopassword --domaindir "$DOMAINS" --adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT" \
  --domainproperties "http.ssl.port=18181:jms.port=17676:domain.jmxPort=18686:orb.listener.port=13700:orb.ssl.port=13820:orb.mutualauth.port=13920:java.debugger.port=19009:osgi.shell.telnet.port=16666" \
  "$DOMAIN" >/dev/null
"$ASADMIN" start-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null
as() { "$ASADMIN" --port "$ADMIN_PORT" "$@"; }

step "JDBC pool and resource, the password in an alias"
echo "AS_ADMIN_ALIASPASSWORD=$DB_PASSWORD" >"$WORK/alias.txt"
as --passwordfile "$WORK/alias.txt" create-password-alias restgres-db
rm "$WORK/alias.txt"
as create-jdbc-connection-pool --datasourceclassname=io.restgres.db.LibpqDataSource \
  --restype=javax.sql.DataSource --nontransactionalconnections=true --wrapjdbcobjects=false \
  --steadypoolsize=0 --poolresize=1 --maxpoolsize=11 --maxwait=10000 --idletimeout=2000000 \
  --isconnectvalidatereq=true --validationmethod=custom-validation \
  --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation --failconnection=true \
  --property "serverName=127.0.0.1:portNumber=$PG_PORT:databaseName=postgres:user=authenticator:password=\${ALIAS=restgres-db}" \
  ordersPool
as create-jdbc-resource --connectionpoolid=ordersPool jdbc/orders

step "configuration: JVM system properties and domain MicroProfile Config properties"
JWT_SECRET=$(openssl rand -hex 32)
as create-system-properties "pgrst.db-schemas=api:pgrst.db-anon-role=api_anon:pgrst.admin-server-port=$RESTGRES_ADMIN_PORT"
as set-config-property --source=domain --propertyName=pgrst.jwt-secret --propertyValue="$JWT_SECRET"
as set-config-property --source=domain --propertyName=restgres.datasource --propertyValue=jdbc/orders

step "HTTP listener as PostgREST's, Payara's own endpoints off, no clustering"
L=configs.config.server-config.network-config.protocols.protocol.http-listener-1.http
as set "$L.trace-enabled=true" "$L.allow-payload-for-undefined-http-methods=true" \
  "$L.header-buffer-length-bytes=51200" "$L.http2-max-header-list-size-in-bytes=51200"
as set-metrics-configuration --enabled=false --endpoint=__metrics
as set-microprofile-healthcheck-configuration --enabled=false
as set-openapi-configuration --enabled=false --endpoint=__openapi
as set-hazelcast-configuration --enabled=false
as restart-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null

LOG="$DOMAINS/$DOMAIN/logs/server.log"
step "a deployment whose configuration is invalid fails, and the domain keeps running"
as set-config-property --source=domain --propertyName=restgres.datasource --propertyValue=jdbc/missing
if as deploy --contextroot /misnamed --name restgres-misnamed target/restgres.war >"$WORK/bad.log" 2>&1; then
  fail "a WAR with restgres.datasource=jdbc/missing deployed"
fi
grep -q "invalid configuration: restgres.datasource: no JDBC resource jdbc/missing" "$WORK/bad.log" \
  || fail "the failed deployment does not say why: $(cat "$WORK/bad.log")"
as uptime >/dev/null || fail "the domain stopped"
echo "ok  deploy refused: restgres: invalid configuration: restgres.datasource: no JDBC resource jdbc/missing"
PASSED=1
as set-config-property --source=domain --propertyName=restgres.datasource --propertyValue=jdbc/orders

LOG_FROM=$(($(wc -l <"$LOG") + 1))
step "asadmin deploy --contextroot / target/restgres.war"
as deploy --contextroot / --name restgres target/restgres.war
# --------------------------------------------------------------------------------------------------

# check NAME EXPECTED_STATUS JQ_FILTER CURL_ARGS...: the status and a jq condition on the body
check() {
  local name=$1 want=$2 filter=$3; shift 3
  local got
  got=$(curl -sS -o "$WORK/body" -w '%{http_code}' "$@") || fail "$name: no answer"
  [ "$got" = "$want" ] || fail "$name: status $got, expected $want: $(head -c 400 "$WORK/body")"
  jq -e "$filter" "$WORK/body" >/dev/null || fail "$name: unexpected body: $(head -c 400 "$WORK/body")"
  echo "ok  $name ($got)"
  PASSED=$((PASSED + 1))
}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
jwt() {
  local h p
  h=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  p=$(printf '%s' "$1" | b64url)
  printf '%s.%s.%s' "$h" "$p" "$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -hmac "$JWT_SECRET" -binary | b64url)"
}

ADMIN="http://127.0.0.1:$RESTGRES_ADMIN_PORT"
step "the admin server on $ADMIN, asked before any API request"
check "admin server /ready" 200 'true' "$ADMIN/ready"
check "admin server /openapi (OpenAPI 3)" 200 '(.openapi | startswith("3.")) and (.paths | has("/hello_world"))' \
  -H 'Accept: application/json' "$ADMIN/openapi"
curl -sS "$ADMIN/metrics" | grep -q '^pgrst_schema_cache_loads_total' || fail "admin server /metrics"
echo "ok  admin server /metrics"; PASSED=$((PASSED + 1))

step "checks against $BASE"
check "read GET /hello_world" 200 '.[0]."?column?" == "hello world"' "$BASE/hello_world"
TRADE="pys-$(openssl rand -hex 4)"
check "JWT write POST /all_trades as api_data_producer" 201 ".[0].id == \"$TRADE\"" -X POST "$BASE/all_trades" \
  -H "Authorization: Bearer $(jwt '{"role":"api_data_producer"}')" -H 'Content-Type: application/json' \
  -H 'Prefer: return=representation' \
  -d "{\"id\":\"$TRADE\",\"timestamp\":1767225600000,\"market\":\"kraken\",\"symbol\":\"ETH/USD\",\"base_asset\":\"ETH\",\"quote_asset\":\"USD\",\"is_buy\":true,\"amount\":1,\"price\":3000,\"usd_value\":3000}"
check "anonymous write refused" 401 '.code == "42501"' -X POST "$BASE/all_trades" \
  -H 'Content-Type: application/json' -d '{"id":"x"}'
check "bad token" 401 '.code == "PGRST301"' -H 'Authorization: Bearer not.a.token' "$BASE/hello_world"
check "error body GET /no_such_table" 404 '.code == "PGRST205" and has("message") and has("details") and has("hint")' \
  "$BASE/no_such_table"
check "OpenAPI at /" 200 '.swagger == "2.0" and (.paths | has("/hello_world"))' "$BASE/"
for shadowed in health metrics openapi; do
  check "/$shadowed is a table name, not Payara's endpoint" 404 '.code == "PGRST205"' "$BASE/$shadowed"
done
grep -q "Listening for notifications on channel pgrst" "$LOG" || fail "the NOTIFY listener did not start"
if command -v psql >/dev/null; then
  psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE VIEW api.payara_server_check AS SELECT 1 AS one; GRANT SELECT ON api.payara_server_check TO api_anon" \
    -c "NOTIFY pgrst, 'reload schema'"
  for _ in $(seq 20); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/payara_server_check")" = 200 ] && break
    sleep 0.5
  done
  check "NOTIFY pgrst reloads the schema cache (listener on a pooled connection)" 200 '.[0].one == 1' \
    "$BASE/payara_server_check"
else
  echo "--  no psql: the NOTIFY reload check is skipped (the listener's start is checked above)"
fi
if tail -n "+$LOG_FROM" "$LOG" | grep -q "SEVERE"; then
  tail -n "+$LOG_FROM" "$LOG" | grep -A3 "SEVERE" | head -40 >&2
  fail "errors in the server log since the deployment"
fi

step "the pool and the application survive a restart of the domain"
as restart-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null
for _ in $(seq 60); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/hello_world")" = 200 ] && break
  sleep 1
done
check "read after the restart" 200 '.[0]."?column?" == "hello world"' "$BASE/hello_world"
check "admin server /ready after the restart" 200 'true' "$ADMIN/ready"

as undeploy restgres >/dev/null
echo "PASS: $PASSED checks on Payara Server $VERSION in $(( $(date +%s) - START )) s"
