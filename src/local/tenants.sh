#!/usr/bin/env bash
# Runs each Ready tenant's tenant-service as a local JVM process (kwok only simulates its pods),
# configured exactly as its Deployment configures the pod: the operator-created ConfigMap and
# Secrets, resolved from the API server by pod_env.py into a 0600 env file.
# Usage: tenants.sh up [RETAILER...] | down | status | forget RETAILER...
set -euo pipefail
COMPONENT=tenants
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/lib.sh"

FIRST_PORT=${VITRINE_TENANT_FIRST_PORT:-18100}
dir="$VITRINE_STATE/tenants"
jar="$root/tenant-service/target/quarkus-app/quarkus-run.jar"
kubectl_cmd="$VITRINE_CACHE/kubectl --kubeconfig $VITRINE_KUBECONFIG_FILE"
# On a JDK 25 or newer, tenant-service starts from an AOT cache (JEP 483, 514, 515: classes loaded
# and linked, method profiles) that the first start after a build records: it starts in about
# half the time and CPU. Without such a JDK it runs on `java` as before.
jdk_aot=$(java_home 25 || true)

ready_retailers() {
  $kubectl_cmd get retailerintegrations \
    -o jsonpath='{range .items[*]}{.metadata.name} {.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' |
    awk '$2 == "True" {print $1}'
}

# port NAME: a stable port per tenant, the first free one from FIRST_PORT.
port() {
  local file="$dir/$1.port" candidate=$FIRST_PORT
  if [ ! -s "$file" ]; then
    while cat "$dir"/*.port 2>/dev/null | grep -qx "$candidate"; do candidate=$((candidate + 1)); done
    echo "$candidate" >"$file"
  fi
  cat "$file"
}

start() {
  local name=$1 namespace port
  namespace=$($kubectl_cmd get retailerintegration "$name" -o jsonpath='{.status.namespace}')
  port=$(port "$name")
  if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null; then
    echo "$name  http://127.0.0.1:$port (already running)"
    return 0
  fi
  stop_pid "$dir/$name.pid" "tenant-service of $name"
  (umask 077 && python3 "$here/pod_env.py" "$kubectl_cmd" "$namespace" tenant-service >"$dir/$name.env")
  (umask 077 && python3 "$here/pod_env.py" "$kubectl_cmd" "$namespace" tenant-service migrate-schema >"$dir/$name.migrate.env")
  log "starting tenant-service of $name on 127.0.0.1:$port"
  export_tenant_api_access "$namespace"
  export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port
  local java=java aot=()
  if [ -n "$jdk_aot" ]; then
    java=$jdk_aot/bin/java
    # Netty still allocates through sun.misc.Unsafe, which JDK 24+ warns about at every start.
    aot=(--sun-misc-unsafe-memory-access=allow)
  fi
  migrate_schema "$name" "$java" "${aot[@]}"
  if [ -n "$jdk_aot" ]; then
    record_aot_cache "$name" "$java" "${aot[@]}" && aot+=(-XX:AOTCache="$(aot_cache)")
  fi
  run_tenant_service "$name" "$java" "${aot[@]}" || { tail -20 "$dir/$name.log" >&2; exit 1; }
  # The operator reaches this local process instead of the in-cluster Service (StoreRollouts).
  $kubectl_cmd annotate namespace "$namespace" --overwrite \
    "vitrine.io/tenant-service-url=http://127.0.0.1:$port" >/dev/null
  echo "$name  http://127.0.0.1:$port (log $dir/$name.log)"
}

# run_tenant_service NAME JAVA [JVM_OPTION...]: starts it with the pod's environment; waits until
# it is ready.
run_tenant_service() {
  local name=$1 java=$2
  shift 2
  start_background "$dir/$name.pid" "$dir/$name.log" \
    "${WITH_ENV_FILE[@]}" "$dir/$name.env" "$java" "$POD_MAX_RAM" "$@" -jar "$jar"
  wait_for_process 60 "tenant-service of $name" "$dir/$name.pid" curl -fs "http://127.0.0.1:$QUARKUS_HTTP_PORT/q/health/ready"
}

# migrate_schema NAME JAVA [JVM_OPTION...]: what the pod's migrate-schema init container does:
# Flyway migrates the tenant's schema, then the JVM exits (the serving one does not migrate).
migrate_schema() {
  local name=$1 java=$2
  shift 2
  log "migrating the schema of $name (the pod's migrate-schema init container)"
  if ! "${WITH_ENV_FILE[@]}" "$dir/$name.migrate.env" \
    timeout 120 "$java" "$POD_MAX_RAM" "$@" -jar "$jar" >"$dir/$name.migrate.log" 2>&1; then
    tail -20 "$dir/$name.migrate.log" >&2
    die "the schema migration of $name failed (log $dir/$name.migrate.log)"
  fi
}

# aot_cache: where the AOT cache of this build of the jars is.
aot_cache() { tenant_service_aot_cache "$jar"; }

# record_aot_cache NAME JAVA [JVM_OPTION...]: a training run (start until ready, then stop) that
# writes the AOT cache when there is none for this build yet; false when none could be recorded.
record_aot_cache() {
  local name=$1 java=$2 cache
  shift 2
  cache=$(aot_cache)
  [ -s "$cache" ] && return 0
  mkdir -p "$(dirname "$cache")"
  find "$(dirname "$cache")" -name 'tenant-service-*.aot' -delete # earlier builds' caches
  log "recording the AOT cache of this build with tenant-service of $name (once per build)"
  if run_tenant_service "$name" "$java" "$@" -XX:AOTCacheOutput="$cache"; then
    stop_pid "$dir/$name.pid" "the training run"
  else
    stop_pid "$dir/$name.pid" "the training run"
    rm -f "$cache"
  fi
  [ -s "$cache" ] || { log "no AOT cache recorded; starting without one"; return 1; }
}

up() {
  [ -f "$jar" ] || die "$jar is missing: run 'make build' first"
  mkdir -p "$dir"
  local names=("$@")
  [ ${#names[@]} -gt 0 ] || mapfile -t names < <(ready_retailers)
  for name in "${names[@]}"; do start "$name"; done
}

down() {
  local pidfile
  for pidfile in "$dir"/*.pid; do
    [ -e "$pidfile" ] && stop_pid "$pidfile" "tenant-service of $(basename "$pidfile" .pid)"
  done
  return 0
}

# forget RETAILER...: stops their tenant-services and removes what was kept of them here (their
# env files hold secrets), for retailers that are gone.
forget() {
  local name
  for name in "$@"; do
    stop_pid "$dir/$name.pid" "tenant-service of $name"
    rm -f "$dir/$name".{env,migrate.env,log,migrate.log,port,pid}
  done
}

status() {
  local portfile name
  for portfile in "$dir"/*.port; do
    [ -e "$portfile" ] || continue
    name=$(basename "$portfile" .port)
    if pid_alive "$dir/$name.pid"; then
      echo "tenant      up    $name http://127.0.0.1:$(cat "$portfile")"
    else
      echo "tenant      down  $name"
    fi
  done
}

cmd=${1:?usage: tenants.sh up [RETAILER...]|down|status|forget RETAILER...}
shift
"$cmd" "$@"
