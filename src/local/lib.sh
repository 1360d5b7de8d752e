# Shared helpers for the local stack scripts. Sourced, never run.
# Layout:
#   $VITRINE_CACHE (default ~/.cache/vitrine): downloads, built binaries, the Keycloak build,
#     and the files users need: stack.env (connection details, 0600) and kubeconfig.
#   $VITRINE_STATE: data directories, logs and pid files. Services that refuse to run as root
#     (PostgreSQL, OpenSearch) run as unprivileged users, so when run as root this lives
#     where those users can reach it (/var/lib/vitrine) rather than under /root.

VITRINE_CACHE=${VITRINE_CACHE:-$HOME/.cache/vitrine}
if [ "$(id -u)" = 0 ]; then
  VITRINE_STATE=${VITRINE_STATE:-/var/lib/vitrine}
else
  VITRINE_STATE=${VITRINE_STATE:-$VITRINE_CACHE/state}
fi
VITRINE_ENV_FILE="$VITRINE_CACHE/stack.env"
# The API server the operator and tenants use: the local stack's, unless a test points the scripts
# at another cluster (the kind-testcontainers profile's kind cluster).
VITRINE_KUBECONFIG_FILE=${VITRINE_KUBECONFIG_FILE:-$VITRINE_CACHE/kubeconfig}
MAVEN_CENTRAL=${MAVEN_CENTRAL:-https://repo.maven.apache.org/maven2}
SERVICE_USER=vitrine

mkdir -p "$VITRINE_CACHE/downloads" "$VITRINE_STATE"
chmod 755 "$VITRINE_STATE"

log() { printf '[%s] %s\n' "${COMPONENT:-stack}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# wait_until TIMEOUT_SECONDS DESCRIPTION COMMAND...: polls COMMAND until it succeeds.
wait_until() {
  local timeout=$1 what=$2 deadline=$((SECONDS + $1))
  shift 2
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -lt "$deadline" ] || { log "timed out after ${timeout}s waiting for $what"; return 1; }
    sleep 0.5
  done
}

# maven_artifact GROUP ARTIFACT VERSION TYPE: downloads once into the cache, prints the path.
maven_artifact() {
  local group=$1 artifact=$2 version=$3 type=$4
  local file="$VITRINE_CACHE/downloads/$artifact-$version.$type"
  if [ ! -s "$file" ]; then
    log "downloading $group:$artifact:$version:$type"
    curl -fsSL --retry 3 -o "$file.part" \
      "$MAVEN_CENTRAL/${group//.//}/$artifact/$version/$artifact-$version.$type" || die "download failed: $artifact $version"
    mv "$file.part" "$file"
  fi
  echo "$file"
}

# random_secret: 32 URL-safe characters.
random_secret() { head -c 48 /dev/urandom | base64 | tr -d '/+=\n' | cut -c1-32; }

# secret_file PATH: creates PATH (0600) with a random secret once; prints the secret.
secret_file() {
  [ -s "$1" ] || (umask 077 && random_secret > "$1")
  cat "$1"
}

# wait_for_process TIMEOUT DESCRIPTION PIDFILE COMMAND...: like wait_until, but gives up at once
# when the process behind PIDFILE has exited.
wait_for_process() {
  local timeout=$1 what=$2 pidfile=$3 deadline=$((SECONDS + $1))
  shift 3
  until "$@" >/dev/null 2>&1; do
    pid_alive "$pidfile" || { log "$what: the process exited"; return 1; }
    [ "$SECONDS" -lt "$deadline" ] || { log "timed out after ${timeout}s waiting for $what"; return 1; }
    sleep 0.5
  done
}

pid_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# stop_pid PIDFILE NAME: TERM, wait for exit, then KILL if it would not stop.
stop_pid() {
  local pidfile=$1 name=$2
  pid_alive "$pidfile" || { rm -f "$pidfile"; return 0; }
  local pid
  pid=$(cat "$pidfile")
  log "stopping $name (pid $pid)"
  kill "$pid" 2>/dev/null || true
  if ! wait_until 60 "$name to exit" bash -c "! kill -0 $pid"; then
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

# as_service_user USER COMMAND...: runs as USER when we are root, as ourselves otherwise.
as_service_user() {
  local user=$1
  shift
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid="$user" --regid="$(id -g "$user")" --init-groups -- "$@"
  else
    "$@"
  fi
}

# start_background PIDFILE LOGFILE [--as USER] COMMAND...: starts COMMAND detached from this
# shell (as USER when we are root) and records its pid. COMMAND must exec its server rather than
# daemonize, so that the recorded pid is the server's.
start_background() {
  local pidfile=$1 logfile=$2 drop=()
  shift 2
  if [ "$1" = --as ]; then
    [ "$(id -u)" = 0 ] && drop=(setpriv --reuid="$2" --regid="$(id -g "$2")" --init-groups --)
    shift 2
  fi
  (close_inherited_fds && exec nohup setsid "${drop[@]}" "$@" >"$logfile" 2>&1 </dev/null) &
  echo $! >"$pidfile"
}

# close_inherited_fds: closes every file descriptor above 2 of this (sub)shell. A server started
# in the background must not keep its caller's: under "flock /work/.operator.lock make run" the
# operator and tenant-services would otherwise hold the lock for as long as they run.
close_inherited_fds() {
  local fd
  for fd in /proc/$BASHPID/fd/*; do
    fd=${fd##*/}
    [ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null
  done
  return 0
}

ensure_service_user() {
  [ "$(id -u)" = 0 ] || return 0
  id "$SERVICE_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER"
}

# require_tools: the commands the stack scripts use, installed from Debian's packages when missing.
require_tools() {
  local missing=() tool
  for tool in curl unzip openssl python3 setpriv; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || die "missing commands: ${missing[*]} (install them, e.g. with apt-get)"
  log "installing ${missing[*]} from Debian's packages"
  local packages=("${missing[@]/setpriv/util-linux}")
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]/python3/python3-minimal}" >/dev/null
}

# java_home MIN_MAJOR: the first installed JDK of at least that feature release.
java_home() {
  local min=$1 candidate major
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 |
      awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${major:-0}" -ge "$min" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# "${WITH_ENV_FILE[@]}" FILE COMMAND...: COMMAND with FILE's assignments exported, as a pod's
# container gets its environment (pod_env.py writes such files).
WITH_ENV_FILE=(bash -c 'set -a; . "$1"; set +a; exec "${@:2}"' _)
# A local tenant-service JVM sizes itself as in its pod: TenantWorkload's default memory limit.
POD_MAX_RAM=-XX:MaxRAM=512m

# export_tenant_api_access NAMESPACE: how a local tenant-service's StoreRollout flags watcher
# reaches the API server as the pod would: the tenant's own tenant-service ServiceAccount (its Role
# reads ConfigMaps in its namespace, nothing else).
export_tenant_api_access() {
  local kubectl_cmd="$VITRINE_CACHE/kubectl --kubeconfig $VITRINE_KUBECONFIG_FILE"
  QUARKUS_KUBERNETES_CLIENT_API_SERVER_URL=$($kubectl_cmd config view --minify -o jsonpath='{.clusters[0].cluster.server}')
  QUARKUS_KUBERNETES_CLIENT_CA_CERT_DATA=$($kubectl_cmd config view --minify --raw -o jsonpath='{.clusters[0].cluster.certificate-authority-data}')
  QUARKUS_KUBERNETES_CLIENT_TOKEN=$($kubectl_cmd -n "$1" create token tenant-service --duration=24h)
  export QUARKUS_KUBERNETES_CLIENT_API_SERVER_URL QUARKUS_KUBERNETES_CLIENT_CA_CERT_DATA QUARKUS_KUBERNETES_CLIENT_TOKEN
}

# tenant_service_aot_cache JAR: where the AOT cache of this build of tenant-service's jars is (the
# JVM ignores a cache recorded with other jars, so a new build records a new one).
tenant_service_aot_cache() {
  local stamp
  stamp=$(find "$(dirname "$1")" -name '*.jar' -printf '%P %s %T@\n' | sort | sha256sum | cut -c1-16)
  echo "$VITRINE_CACHE/aot/tenant-service-$stamp.aot"
}

# env_set KEY VALUE: records a connection detail in stack.env (0600).
env_set() {
  local key=$1 value=$2
  # The file and its replacement are created 0600: a secret is never readable, even for a moment.
  (
    umask 077
    touch "$VITRINE_ENV_FILE"
    { grep -v "^$key=" "$VITRINE_ENV_FILE" || true; printf '%s=%s\n' "$key" "$value"; } > "$VITRINE_ENV_FILE.tmp"
    chmod 600 "$VITRINE_ENV_FILE.tmp"
    mv "$VITRINE_ENV_FILE.tmp" "$VITRINE_ENV_FILE"
  )
}
