#!/usr/bin/env bash
# Keycloak for the local stack: keycloak-quarkus-dist from Maven Central, built once for PostgreSQL
# (the build is cached), run on 127.0.0.1 with its own database. The bootstrap admin password is
# generated and kept in a file only the user can read. Usage: keycloak.sh up|down|status
set -euo pipefail
COMPONENT=keycloak
source "$(dirname "$0")/lib.sh"

KC_VERSION=26.7.3
KC_PORT=${VITRINE_KEYCLOAK_PORT:-18080}
KC_MANAGEMENT_PORT=$((KC_PORT + 1))
home="$VITRINE_CACHE/dist/keycloak-$KC_VERSION"
dir="$VITRINE_STATE/keycloak"
pidfile="$dir/keycloak.pid"
url="http://127.0.0.1:$KC_PORT"
build_options=(--db=postgres --health-enabled=true --metrics-enabled=true)

install() {
  local stamp="$home/.vitrine-built"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${build_options[*]}" ] && return 0
  local dist
  dist=$(maven_artifact org.keycloak keycloak-quarkus-dist "$KC_VERSION" zip)
  log "installing and building Keycloak $KC_VERSION (once; about a minute)"
  rm -rf "$home" && mkdir -p "$VITRINE_CACHE/dist"
  unzip -q "$dist" -d "$VITRINE_CACHE/dist"
  JAVA_HOME=$JDK "$home/bin/kc.sh" build "${build_options[@]}" >"$VITRINE_CACHE/dist/keycloak-build.log" 2>&1 ||
    { tail -20 "$VITRINE_CACHE/dist/keycloak-build.log" >&2; die "kc.sh build failed"; }
  echo "${build_options[*]}" >"$stamp"
}

ready() { curl -fs "http://127.0.0.1:$KC_MANAGEMENT_PORT/health/ready" >/dev/null; }

up() {
  JDK=$(java_home 21) || die "Keycloak $KC_VERSION needs a JDK 21 or newer (none found in /usr/lib/jvm)"
  install
  mkdir -p "$dir"
  local admin_password db_password
  admin_password=$(secret_file "$dir/admin.password")
  db_password=$(. "$VITRINE_ENV_FILE" && echo "${VITRINE_KEYCLOAK_DB_PASSWORD:?start PostgreSQL first}")
  pg_port=$(. "$VITRINE_ENV_FILE" && echo "$VITRINE_PG_PORT")
  if ! ready; then
    if ! pid_alive "$pidfile"; then
      log "starting on 127.0.0.1:$KC_PORT (management 127.0.0.1:$KC_MANAGEMENT_PORT)"
      # Credentials go through the environment, never the command line (visible in ps).
      # A local cache: a single node needs no JGroups cluster listening on the machine's addresses.
      KC_DB_PASSWORD=$db_password KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$admin_password \
        JAVA_HOME=$JDK JAVA_OPTS_KC_HEAP="-Xms128m -Xmx512m" \
        start_background "$pidfile" "$dir/keycloak.log" "$home/bin/kc.sh" start --optimized \
        --http-enabled=true --http-host=127.0.0.1 --http-port="$KC_PORT" \
        --http-management-port="$KC_MANAGEMENT_PORT" --hostname-strict=false --cache=local \
        --db-url="jdbc:postgresql://127.0.0.1:$pg_port/keycloak" --db-username=keycloak
    fi
    wait_for_process 180 "Keycloak readiness" "$pidfile" ready || { tail -30 "$dir/keycloak.log" >&2; exit 1; }
  fi
  env_set VITRINE_KEYCLOAK_URL "$url"
  env_set VITRINE_KEYCLOAK_ADMIN_USER admin
  env_set VITRINE_KEYCLOAK_ADMIN_PASSWORD "$admin_password"
  log "ready: $url (admin password in $dir/admin.password)"
}

down() { stop_pid "$pidfile" keycloak; }

status() {
  if ready; then
    echo "keycloak    up    $url"
  else
    echo "keycloak    down"
    return 1
  fi
}

"${1:?usage: keycloak.sh up|down|status}"
