#!/usr/bin/env bash
# The local stack: PostgreSQL, OpenSearch, Keycloak and a Kubernetes control plane on 127.0.0.1.
# Usage: stack.sh up|down|status
#   up      idempotent; builds or downloads what is missing (cached), waits until every server is
#           ready, prints where each listens and where the kubeconfig and connection details are.
#   down    stops every process the stack started.
#   status  one line per server; exits non-zero when one is down.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

up() {
  require_tools
  # The control-plane build takes minutes on a fresh machine: overlap it with the other servers.
  local build_log="$VITRINE_CACHE/kube-build.log" build_pid
  "$here/kube/build.sh" >"$build_log" 2>&1 &
  build_pid=$!
  "$here/postgres.sh" up
  "$here/opensearch.sh" up
  "$here/keycloak.sh" up
  wait "$build_pid" || { cat "$build_log" >&2; die "building the Kubernetes control plane failed"; }
  "$here/kube.sh" up
  env_set VITRINE_STATE "$VITRINE_STATE"
  summary
}

summary() {
  echo
  status
  echo
  echo "connection details: $VITRINE_ENV_FILE (mode 600)"
  echo "kubeconfig:         $VITRINE_CACHE/kubeconfig"
  echo "kubectl:            $VITRINE_CACHE/kubectl --kubeconfig $VITRINE_CACHE/kubeconfig get nodes"
}

down() {
  "$here/kube.sh" down
  "$here/keycloak.sh" down
  "$here/opensearch.sh" down
  "$here/postgres.sh" down
}

status() {
  local failed=0 part
  for part in postgres opensearch keycloak kube; do
    "$here/$part.sh" status || failed=1
  done
  return $failed
}

"${1:?usage: stack.sh up|down|status}"
