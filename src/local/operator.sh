#!/usr/bin/env bash
# Runs the operator as a local JVM process against the local stack, configured as its Helm chart
# would configure the pod: platform endpoints and admin credentials through the environment, and
# the API server reached as the vitrine-operator ServiceAccount with deploy/operator/rbac.yaml.
# Usage: operator.sh up|down|status|samples|rollout-samples
#   up       installs the CRDs and policies, starts the operator (built by "make build")
#   samples  creates the sample retailers' POS Secrets (random tokens) and applies deploy/samples
#   rollout-samples  applies the sample StoreRollouts (once the tenants' tenant-services run)
set -euo pipefail
COMPONENT=operator
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$here/lib.sh"

OPERATOR_PORT=${VITRINE_OPERATOR_PORT:-18090}
dir="$VITRINE_STATE/operator"
pidfile="$dir/operator.pid"
jar="$root/operator/target/quarkus-app/quarkus-run.jar"
kubectl() { "$VITRINE_CACHE/kubectl" --kubeconfig "$VITRINE_KUBECONFIG_FILE" "$@"; }
stack() { (. "$VITRINE_ENV_FILE" && echo "${!1:?run make stack-up first}"); }

ready() { curl -fs "http://127.0.0.1:$OPERATOR_PORT/q/health/ready" >/dev/null; }

install() {
  kubectl get namespace vitrine-system >/dev/null 2>&1 || kubectl create namespace vitrine-system >/dev/null
  kubectl apply --server-side --force-conflicts -f "$root/crds/" >/dev/null
  kubectl wait --for=condition=Established --timeout=60s -f "$root/crds/" >/dev/null
  kubectl apply --server-side --force-conflicts -f "$root/deploy/policies/" -f "$root/deploy/operator/rbac.yaml" >/dev/null
}

up() {
  [ -f "$jar" ] || die "$jar is missing: run 'make build' first"
  mkdir -p "$dir"
  install
  if ready; then
    log "already running on 127.0.0.1:$OPERATOR_PORT"
    return 0
  fi
  stop_pid "$pidfile" operator
  log "starting on 127.0.0.1:$OPERATOR_PORT"
  local server ca token
  server=$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')
  ca=$(kubectl config view --minify --raw -o jsonpath='{.clusters[0].cluster.certificate-authority-data}')
  token=$(kubectl -n vitrine-system create token vitrine-operator --duration=24h)
  QUARKUS_KUBERNETES_CLIENT_API_SERVER_URL="$server" QUARKUS_KUBERNETES_CLIENT_CA_CERT_DATA="$ca" \
    QUARKUS_KUBERNETES_CLIENT_TOKEN="$token" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$OPERATOR_PORT" \
    VITRINE_OPERATOR_POSTGRES_JDBC_URL="jdbc:postgresql://$(stack VITRINE_PG_HOST):$(stack VITRINE_PG_PORT)/$(stack VITRINE_PG_DATABASE)" \
    VITRINE_OPERATOR_POSTGRES_DATABASE="$(stack VITRINE_PG_DATABASE)" \
    VITRINE_OPERATOR_POSTGRES_TENANT_HOST="$(stack VITRINE_PG_HOST)" \
    VITRINE_OPERATOR_POSTGRES_TENANT_PORT="$(stack VITRINE_PG_PORT)" \
    VITRINE_OPERATOR_POSTGRES_ADMIN_USER="$(stack VITRINE_PG_ADMIN_USER)" \
    VITRINE_OPERATOR_POSTGRES_ADMIN_PASSWORD="$(stack VITRINE_PG_ADMIN_PASSWORD)" \
    VITRINE_OPERATOR_OPENSEARCH_URL="$(stack VITRINE_OPENSEARCH_URL)" \
    VITRINE_OPERATOR_KEYCLOAK_URL="$(stack VITRINE_KEYCLOAK_URL)" \
    VITRINE_OPERATOR_KEYCLOAK_ADMIN_USER="$(stack VITRINE_KEYCLOAK_ADMIN_USER)" \
    VITRINE_OPERATOR_KEYCLOAK_ADMIN_PASSWORD="$(stack VITRINE_KEYCLOAK_ADMIN_PASSWORD)" \
    VITRINE_OPERATOR_ROLLOUT_ALLOW_SERVICE_URL_OVERRIDE=true VITRINE_OPERATOR_ROLLOUT_EVALUATION_INTERVAL=5s \
    start_background "$pidfile" "$dir/operator.log" java -jar "$jar"
  wait_for_process 120 "operator readiness" "$pidfile" ready || { tail -30 "$dir/operator.log" >&2; exit 1; }
  log "ready (log: $dir/operator.log)"
}

samples() {
  local file name secret
  for file in "$root"/deploy/samples/*.yaml; do
    case "$file" in *rollout*) continue ;; esac # applied by rollout-samples, once tenants run
    name=$(awk '/^  name:/ {print $2; exit}' "$file")
    secret="$name-pos"
    kubectl -n vitrine-system get secret "$secret" >/dev/null 2>&1 ||
      kubectl -n vitrine-system create secret generic "$secret" \
        --from-literal=apiToken="$(random_secret)" --from-literal=webhookSigningKey="$(random_secret)" >/dev/null
    kubectl apply -f "$file" >/dev/null
    log "applied $name"
  done
}

# The sample StoreRollouts, in tenant namespaces (after "tenants.sh up").
rollout-samples() {
  local file
  for file in "$root"/deploy/samples/*rollout*.yaml; do
    kubectl apply -f "$file" >/dev/null
    log "applied $(basename "$file")"
  done
}

down() { stop_pid "$pidfile" operator; }

status() {
  if ready; then
    echo "operator    up    http://127.0.0.1:$OPERATOR_PORT (log $dir/operator.log)"
  else
    echo "operator    down"
    return 1
  fi
}

"${1:?usage: operator.sh up|down|status|samples|rollout-samples}"
