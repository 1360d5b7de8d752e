#!/usr/bin/env bash
# PostgreSQL for the local stack: the Debian server, its own data directory, 127.0.0.1 only.
# Creates the "vitrine" database (tenant schemas live there, managed by the "vitrine_platform"
# role) and the "keycloak" database. Usage: postgres.sh up|down|status
set -euo pipefail
COMPONENT=postgres
source "$(dirname "$0")/lib.sh"

PG_PORT=${VITRINE_PG_PORT:-15432}
dir="$VITRINE_STATE/postgres"
data="$dir/data"
os_user=postgres
[ "$(id -u)" = 0 ] || os_user=$(id -un)

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ] && [ "$(id -u)" = 0 ]; then
    log "installing the PostgreSQL server from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  [ -n "$bin" ] || die "no PostgreSQL server found; install the Debian package postgresql"
  local major
  major=$(basename "$(dirname "$bin")")
  [ "${major%%.*}" -ge 15 ] || die "PostgreSQL 15 or newer is required, found $major"
  echo "$bin"
}

psql_super() {
  PGPASSWORD=$(cat "$dir/superuser.password") "$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres \
    -v ON_ERROR_STOP=1 -qtA "$@"
}

init_cluster() {
  [ -f "$data/PG_VERSION" ] && return 0
  log "initialising a data directory in $data"
  mkdir -p "$dir/run"
  secret_file "$dir/superuser.password" >/dev/null
  [ "$(id -u)" = 0 ] && chown -R "$os_user" "$dir"
  as_service_user "$os_user" "$BIN/initdb" -D "$data" -U postgres --auth-local=scram-sha-256 \
    --auth-host=scram-sha-256 --pwfile="$dir/superuser.password" -E UTF8 --locale=C.UTF-8 >/dev/null
}

# ensure_role NAME PASSWORD_FILE [OPTIONS]: creates or updates a login role.
ensure_role() {
  local name=$1 password
  password=$(secret_file "$2")
  psql_super -d postgres -c "DO \$\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$name') THEN
        CREATE ROLE $name LOGIN ${3:-};
      END IF;
    END \$\$;" -c "ALTER ROLE $name PASSWORD '$password'"
}

ensure_database() {
  local name=$1 owner=$2
  [ "$(psql_super -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" = 1 ] ||
    psql_super -d postgres -c "CREATE DATABASE $name OWNER $owner"
}

up() {
  BIN=$(pg_bin)
  init_cluster
  if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    log "starting on 127.0.0.1:$PG_PORT"
    as_service_user "$os_user" "$BIN/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $dir/run -c max_connections=300" start >/dev/null
  fi
  wait_until 60 "PostgreSQL to accept connections" "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"
  ensure_role vitrine_platform "$dir/vitrine_platform.password" CREATEROLE
  ensure_role keycloak "$dir/keycloak.password"
  ensure_database vitrine vitrine_platform
  ensure_database keycloak keycloak
  env_set VITRINE_PG_HOST 127.0.0.1
  env_set VITRINE_PG_PORT "$PG_PORT"
  env_set VITRINE_PG_DATABASE vitrine
  env_set VITRINE_PG_ADMIN_USER vitrine_platform
  env_set VITRINE_PG_ADMIN_PASSWORD "$(cat "$dir/vitrine_platform.password")"
  env_set VITRINE_PG_SUPERUSER_PASSWORD "$(cat "$dir/superuser.password")"
  env_set VITRINE_KEYCLOAK_DB_PASSWORD "$(cat "$dir/keycloak.password")"
  log "ready: postgresql://127.0.0.1:$PG_PORT/vitrine"
}

down() {
  BIN=$(pg_bin)
  [ -f "$data/postmaster.pid" ] || return 0
  log "stopping"
  as_service_user "$os_user" "$BIN/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || true
}

status() {
  BIN=$(pg_bin)
  if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    echo "postgresql  up    postgresql://127.0.0.1:$PG_PORT/vitrine"
  else
    echo "postgresql  down"
    return 1
  fi
}

"${1:?usage: postgres.sh up|down|status}"
