#!/usr/bin/env bash
# Start-up time, idle memory and loaded classes of one build of tenant-service, without `make run`:
# a throwaway tenant (schema and role as the operator makes them, a catalog alias) on the local
# stack, migrated once as the migrate-schema init container does, then RUNS starts of the serving
# JVM with the pod's options (TenantConfig's Compact profile, MaxRAM of the pod's memory limit),
# on a JDK 25 from the AOT cache this script records for the build (as src/local/tenants.sh does)
# or, with NO_AOT=1, on `java` without one. Used to compare two builds (docs/adr/0001).
# Prints one line per start: "started in" (s), time to ready (ms), CPU until ready (ms), RSS after
# IDLE s idle (MB), loaded classes after idle; then the ranges.
# Usage: startup-standalone.sh [APP_DIR]   env: RUNS (5), IDLE (20), PORT (18198), NO_AOT
set -euo pipefail
COMPONENT=bench-startup-standalone
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/src/local/lib.sh"
source "$VITRINE_CACHE/stack.env"

app=$(cd "${1:-$root/tenant-service/target/quarkus-app}" && pwd)
runs=${RUNS:-5}
idle=${IDLE:-20}
port=${PORT:-18198}
jar="$app/quarkus-run.jar"
name=bench_start_$(openssl rand -hex 3)
password=$(openssl rand -hex 12)
alias=catalog-$name
work=$(mktemp -d)
psql_admin() {
  PGPASSWORD=$VITRINE_PG_ADMIN_PASSWORD psql -qAt -h "$VITRINE_PG_HOST" -p "$VITRINE_PG_PORT" \
    -U "$VITRINE_PG_ADMIN_USER" -d "$VITRINE_PG_DATABASE" -v ON_ERROR_STOP=1 -c "$1"
}
cleanup() {
  stop_pid "$work/pid" tenant-service 2>/dev/null || true
  psql_admin "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '$name'" >/dev/null || true
  psql_admin "DROP SCHEMA IF EXISTS $name CASCADE" 2>/dev/null || true
  psql_admin "DROP OWNED BY $name" || true
  psql_admin "DROP ROLE IF EXISTS $name" || true
  curl -fs -X DELETE "$VITRINE_OPENSEARCH_URL/$name-v1" >/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

psql_admin "CREATE ROLE $name LOGIN NOINHERIT PASSWORD '$password'"
psql_admin "GRANT $name TO CURRENT_USER"
psql_admin "CREATE SCHEMA $name AUTHORIZATION $name"
psql_admin "REVOKE ALL ON SCHEMA public FROM $name"
psql_admin "ALTER ROLE $name SET search_path = $name"
curl -fs -X PUT "$VITRINE_OPENSEARCH_URL/$name-v1" -H 'Content-Type: application/json' \
  -d "{\"aliases\":{\"$alias\":{}}}" >/dev/null

database="$VITRINE_PG_HOST:$VITRINE_PG_PORT/$VITRINE_PG_DATABASE"
export QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://$database"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$database"
export QUARKUS_DATASOURCE_USERNAME=$name QUARKUS_DATASOURCE_PASSWORD=$password
export VITRINE_DATABASE_SCHEMA=$name VITRINE_CATALOG_INDEX_ALIAS=$alias
export VITRINE_OPENSEARCH_URL VITRINE_KEYCLOAK_URL VITRINE_KEYCLOAK_REALM=vitrine-$name
export VITRINE_POS_PROVIDER=shopify VITRINE_POS_SHOP_DOMAIN=$name.myshopify.com VITRINE_POS_PSEUDONYM_KEY=$(openssl rand -hex 32)
export VITRINE_KEYCLOAK_SERVICE_CLIENT_ID=tenant-service VITRINE_KEYCLOAK_SERVICE_CLIENT_SECRET=$(openssl rand -hex 8)
export JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -XX:MaxRAMPercentage=50 -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1"
export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port

java=java jvm=()
if [ -z "${NO_AOT:-}" ] && jdk=$(java_home 25); then
  java=$jdk/bin/java
  jvm=(--sun-misc-unsafe-memory-access=allow)
fi
QUARKUS_INIT_AND_EXIT=true "$java" "$POD_MAX_RAM" "${jvm[@]}" -jar "$jar" >"$work/migrate.log" 2>&1 ||
  { tail -20 "$work/migrate.log" >&2; exit 1; }
export QUARKUS_FLYWAY_MIGRATE_AT_START=false

# start [JVM_OPTION...]: starts the serving JVM and waits until it is ready.
start() {
  start_background "$work/pid" "$work/log" "$java" "$POD_MAX_RAM" "${jvm[@]}" "$@" -jar "$jar"
  wait_for_process 90 tenant-service "$work/pid" curl -fs "http://127.0.0.1:$port/q/health/ready" ||
    { tail -20 "$work/log" >&2; exit 1; }
}

if [ "$java" != java ]; then
  cache=$work/app.aot
  start -XX:AOTCacheOutput="$cache" # the training run, as tenants.sh records it
  stop_pid "$work/pid" "the training run" 2>/dev/null
  [ -s "$cache" ] || die "no AOT cache was recorded"
  jvm+=(-XX:AOTCache="$cache")
fi

echo "tenant-service $app ($("$java" -version 2>&1 | grep -v JAVA_TOOL_OPTIONS | head -1)${cache:+, AOT cache}), $runs starts, RSS after ${idle} s idle:"
echo "started_s ready_ms cpu_ms rss_mb classes" >"$work/runs"
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  start
  ready_ms=$((($(date +%s%N) - t0) / 1000000))
  pid=$(cat "$work/pid")
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  sleep "$idle"
  rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  classes=$("$(dirname "$(readlink -f "$(command -v "$java")")")/jcmd" "$pid" PerfCounter.print 2>/dev/null |
    awk -F= '/^java.cls.(shared)?[lL]oadedClasses=/ {n += $2} /^java.cls.(shared)?[uU]nloadedClasses=/ {n -= $2}
        END {print n}')
  stop_pid "$work/pid" tenant-service 2>/dev/null
  line="$(grep -o 'started in [0-9.]*' "$work/log" | awk '{print $3}') $ready_ms $cpu_ms $((rss_kb / 1024)) $classes"
  echo "  $line"
  echo "$line" >>"$work/runs"
done
awk 'NR > 1 { for (i = 1; i <= 5; i++) { if (NR == 2 || $i < lo[i]) lo[i] = $i; if (NR == 2 || $i > hi[i]) hi[i] = $i } }
  END { printf "ranges: started in %s-%s s, ready %s-%s ms, CPU %s-%s ms, idle RSS %s-%s MB, classes %s-%s\n",
        lo[1], hi[1], lo[2], hi[2], lo[3], hi[3], lo[4], hi[4], lo[5], hi[5] }' "$work/runs"
