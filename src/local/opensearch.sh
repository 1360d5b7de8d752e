#!/usr/bin/env bash
# OpenSearch for the local stack: the distribution zip and the k-NN plugin from Maven Central,
# installed offline once, run as an unprivileged user on 127.0.0.1 with a 512 MB heap.
# Usage: opensearch.sh up|down|status
set -euo pipefail
COMPONENT=opensearch
source "$(dirname "$0")/lib.sh"

OS_VERSION=3.6.0
KNN_VERSION=3.6.0.0
OS_PORT=${VITRINE_OPENSEARCH_PORT:-19200}
OS_TRANSPORT_PORT=$((OS_PORT + 100))
dir="$VITRINE_STATE/opensearch"
home="$dir/opensearch-$OS_VERSION"
pidfile="$dir/opensearch.pid"
url="http://127.0.0.1:$OS_PORT"

install() {
  [ -f "$home/.vitrine-installed" ] && return 0
  local dist knn
  dist=$(maven_artifact org.opensearch.distribution.integ-test-zip opensearch "$OS_VERSION" zip)
  knn=$(maven_artifact org.opensearch.plugin opensearch-knn "$KNN_VERSION" zip)
  log "installing OpenSearch $OS_VERSION with the k-NN plugin into $home"
  rm -rf "$home" && mkdir -p "$dir"
  unzip -q "$dist" -d "$dir"
  cp "$knn" "$dir/opensearch-knn.zip"
  OPENSEARCH_JAVA_HOME=$JDK "$home/bin/opensearch-plugin" install --batch "file://$dir/opensearch-knn.zip" >/dev/null 2>&1
  rm "$dir/opensearch-knn.zip"
  configure
  touch "$home/.vitrine-installed"
}

configure() {
  mkdir -p "$dir/data" "$dir/logs"
  cat > "$home/config/opensearch.yml" <<YAML
cluster.name: vitrine-local
node.name: vitrine-local-0
network.host: 127.0.0.1
http.port: $OS_PORT
transport.port: $OS_TRANSPORT_PORT
discovery.type: single-node
path.data: $dir/data
path.logs: $dir/logs
YAML
  sed -i 's/^-Xms.*/-Xms512m/; s/^-Xmx.*/-Xmx512m/' "$home/config/jvm.options"
}

healthy() { curl -fs "$url/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null; }

up() {
  JDK=$(java_home 21) || die "OpenSearch $OS_VERSION needs a JDK 21 or newer (none found in /usr/lib/jvm)"
  install
  ensure_service_user
  [ "$(id -u)" = 0 ] && chown -R "$SERVICE_USER" "$dir"
  if ! healthy; then
    if ! pid_alive "$pidfile"; then
      log "starting on 127.0.0.1:$OS_PORT (JDK $JDK)"
      start_background "$pidfile" "$dir/logs/console.log" --as "$SERVICE_USER" \
        env OPENSEARCH_JAVA_HOME="$JDK" "$home/bin/opensearch"
    fi
    wait_for_process 120 "OpenSearch cluster health" "$pidfile" healthy ||
      { tail -20 "$dir/logs/vitrine-local.log" >&2; exit 1; }
  fi
  env_set VITRINE_OPENSEARCH_URL "$url"
  log "ready: $url"
}

down() { stop_pid "$pidfile" opensearch; }

status() {
  if healthy; then
    echo "opensearch  up    $url ($(curl -fsS "$url/_cluster/health" | sed 's/.*"status":"\([a-z]*\)".*/\1/'))"
  else
    echo "opensearch  down"
    return 1
  fi
}

"${1:?usage: opensearch.sh up|down|status}"
