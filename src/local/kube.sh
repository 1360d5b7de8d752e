#!/usr/bin/env bash
# A real Kubernetes control plane for the local stack: etcd, kube-apiserver (client certificates,
# service-account tokens, RBAC), kube-controller-manager, kube-scheduler and kwok (simulated nodes, so
# Pods reach Running). Built from source by build.sh; everything listens on 127.0.0.1.
# Usage: kube.sh up|down|status
set -euo pipefail
COMPONENT=kube
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

API_PORT=${VITRINE_KUBE_API_PORT:-16443}
ETCD_PORT=${VITRINE_ETCD_PORT:-12379}
dir="$VITRINE_STATE/kube"
pki="$dir/pki"
KUBECONFIG_FILE="$VITRINE_CACHE/kubeconfig"
server="https://127.0.0.1:$API_PORT"
SERVICE_CIDR=10.96.0.0/16
NODES=${VITRINE_KWOK_NODES:-3}

# cert NAME SUBJECT [SAN]: a key and a certificate signed by the stack's CA, made once.
cert() {
  local name=$1 subject=$2 san=${3:-}
  [ -s "$pki/$name.crt" ] && return 0
  openssl req -new -newkey rsa:2048 -nodes -keyout "$pki/$name.key" -subj "$subject" -out "$pki/$name.csr" 2>/dev/null
  local ext="$pki/$name.ext"
  printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n' >"$ext"
  if [ -n "$san" ]; then
    printf 'extendedKeyUsage=serverAuth\nsubjectAltName=%s\n' "$san" >>"$ext"
  else
    printf 'extendedKeyUsage=clientAuth\n' >>"$ext"
  fi
  openssl x509 -req -in "$pki/$name.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial \
    -days 3650 -extfile "$ext" -out "$pki/$name.crt" 2>/dev/null
  rm -f "$pki/$name.csr" "$ext"
}

make_pki() {
  mkdir -p "$pki"
  chmod 700 "$pki"
  if [ ! -s "$pki/ca.crt" ]; then
    log "creating the cluster CA and certificates in $pki"
    openssl req -x509 -new -newkey rsa:2048 -nodes -keyout "$pki/ca.key" -subj "/CN=vitrine-local-ca" \
      -days 3650 -out "$pki/ca.crt" 2>/dev/null
  fi
  cert apiserver "/CN=kube-apiserver" \
    "DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,IP:127.0.0.1,IP:10.96.0.1"
  cert admin "/O=system:masters/CN=vitrine-admin"
  cert controller-manager "/CN=system:kube-controller-manager"
  cert scheduler "/CN=system:kube-scheduler"
  cert kwok "/O=system:masters/CN=kwok"
  [ -s "$pki/sa.key" ] || {
    openssl genrsa -out "$pki/sa.key" 2048 2>/dev/null
    openssl rsa -in "$pki/sa.key" -pubout -out "$pki/sa.pub" 2>/dev/null
  }
}

# kubeconfig FILE USER: a kubeconfig for USER's client certificate.
kubeconfig() {
  local file=$1 user=$2
  (umask 077 && cat >"$file" <<YAML
apiVersion: v1
kind: Config
clusters:
- name: vitrine-local
  cluster:
    server: $server
    certificate-authority-data: $(base64 -w0 <"$pki/ca.crt")
users:
- name: $user
  user:
    client-certificate-data: $(base64 -w0 <"$pki/$user.crt")
    client-key-data: $(base64 -w0 <"$pki/$user.key")
contexts:
- name: vitrine-local
  context: {cluster: vitrine-local, user: $user}
current-context: vitrine-local
YAML
)
}

api_ready() { curl -fs --cacert "$pki/ca.crt" --cert "$pki/admin.crt" --key "$pki/admin.key" "$server/readyz" >/dev/null; }
etcd_ready() { curl -fs "http://127.0.0.1:$ETCD_PORT/health" | grep -q '"health":"true"'; }

# run NAME COMMAND...: starts a component unless it is already running.
run() {
  local name=$1
  shift
  pid_alive "$dir/$name.pid" && return 0
  log "starting $name"
  start_background "$dir/$name.pid" "$dir/logs/$name.log" "$@"
}

start_etcd() {
  run etcd "$BIN/etcd" --name vitrine-local --data-dir "$dir/etcd" \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" \
    --initial-advertise-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" \
    --initial-cluster "vitrine-local=http://127.0.0.1:$((ETCD_PORT + 1))" \
    --listen-metrics-urls "http://127.0.0.1:$((ETCD_PORT + 2))" --quota-backend-bytes 2147483648
  wait_for_process 60 "etcd health" "$dir/etcd.pid" etcd_ready
}

start_apiserver() {
  run kube-apiserver "$BIN/kube-apiserver" --etcd-servers "http://127.0.0.1:$ETCD_PORT" \
    --bind-address 127.0.0.1 --advertise-address 127.0.0.1 --secure-port "$API_PORT" \
    --tls-cert-file "$pki/apiserver.crt" --tls-private-key-file "$pki/apiserver.key" \
    --client-ca-file "$pki/ca.crt" --authorization-mode Node,RBAC --anonymous-auth=false \
    --service-account-issuer "$server" --service-account-key-file "$pki/sa.pub" \
    --service-account-signing-key-file "$pki/sa.key" --api-audiences "$server" \
    --service-cluster-ip-range "$SERVICE_CIDR" --allow-privileged=true \
    --enable-admission-plugins NamespaceLifecycle,LimitRanger,ServiceAccount,ResourceQuota,DefaultStorageClass,PodSecurity \
    --cert-dir "$dir/apiserver-certs" --profiling=false
  wait_for_process 120 "kube-apiserver readiness" "$dir/kube-apiserver.pid" api_ready
}

start_controllers() {
  kubeconfig "$dir/controller-manager.kubeconfig" controller-manager
  kubeconfig "$dir/scheduler.kubeconfig" scheduler
  kubeconfig "$dir/kwok.kubeconfig" kwok
  run kube-controller-manager "$BIN/kube-controller-manager" --kubeconfig "$dir/controller-manager.kubeconfig" \
    --authentication-kubeconfig "$dir/controller-manager.kubeconfig" \
    --authorization-kubeconfig "$dir/controller-manager.kubeconfig" \
    --bind-address 127.0.0.1 --secure-port 10257 --leader-elect=false \
    --service-account-private-key-file "$pki/sa.key" --root-ca-file "$pki/ca.crt" \
    --use-service-account-credentials=true --cluster-signing-cert-file "$pki/ca.crt" \
    --cluster-signing-key-file "$pki/ca.key" --service-cluster-ip-range "$SERVICE_CIDR" --profiling=false
  run kube-scheduler "$BIN/kube-scheduler" --kubeconfig "$dir/scheduler.kubeconfig" \
    --authentication-kubeconfig "$dir/scheduler.kubeconfig" --authorization-kubeconfig "$dir/scheduler.kubeconfig" \
    --bind-address 127.0.0.1 --secure-port 10259 --leader-elect=false --profiling=false
  run kwok "$BIN/kwok" --kubeconfig "$dir/kwok.kubeconfig" --manage-all-nodes=false \
    --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake --manage-nodes-with-label-selector= \
    --disregard-status-with-annotation-selector=kwok.x-k8s.io/status=custom --disregard-status-with-label-selector= \
    --cidr=10.244.0.1/16 --node-ip=127.0.0.1 --node-lease-duration-seconds=40
}

ensure_nodes() {
  local i
  for i in $(seq 0 $((NODES - 1))); do
    "$BIN/kubectl" --kubeconfig "$KUBECONFIG_FILE" apply -f - >/dev/null <<YAML
apiVersion: v1
kind: Node
metadata:
  name: kwok-node-$i
  annotations:
    node.alpha.kubernetes.io/ttl: "0"
    kwok.x-k8s.io/node: fake
  labels:
    kubernetes.io/hostname: kwok-node-$i
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    type: kwok
status:
  allocatable: {cpu: "16", memory: 64Gi, pods: "110"}
  capacity: {cpu: "16", memory: 64Gi, pods: "110"}
YAML
  done
  wait_until 60 "kwok nodes to be Ready" "$BIN/kubectl" --kubeconfig "$KUBECONFIG_FILE" wait --for=condition=Ready \
    node -l type=kwok --timeout=1s
  wait_until 60 "the default ServiceAccount" "$BIN/kubectl" --kubeconfig "$KUBECONFIG_FILE" get serviceaccount default
}

up() {
  BIN=$("$here/kube/build.sh")
  mkdir -p "$dir/logs"
  make_pki
  kubeconfig "$KUBECONFIG_FILE" admin
  start_etcd
  start_apiserver
  start_controllers
  ensure_nodes
  ln -sf "$BIN/kubectl" "$VITRINE_CACHE/kubectl"
  env_set VITRINE_KUBECONFIG "$KUBECONFIG_FILE"
  env_set VITRINE_KUBE_BIN "$BIN"
  log "ready: $server (kubeconfig $KUBECONFIG_FILE)"
}

down() {
  local name
  for name in kwok kube-scheduler kube-controller-manager kube-apiserver etcd; do
    stop_pid "$dir/$name.pid" "$name"
  done
}

status() {
  if [ -d "$pki" ] && api_ready; then
    echo "kubernetes  up    $server (kubeconfig $KUBECONFIG_FILE)"
  else
    echo "kubernetes  down"
    return 1
  fi
}

"${1:?usage: kube.sh up|down|status}"
