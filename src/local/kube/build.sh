#!/usr/bin/env bash
# Builds the local Kubernetes control plane (etcd, kube-apiserver, kube-controller-manager,
# kube-scheduler, kubectl, kwok) from the pinned Go modules beside this script. Binaries are cached under
# $VITRINE_CACHE/kube/<recipe hash>/bin, so a second run returns at once. Prints the bin directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${VITRINE_CACHE:-$HOME/.cache/vitrine}
key=$(cat "$0" "$here"/kubernetes/go.mod "$here"/kubernetes/go.sum "$here"/kwok/go.mod "$here"/kwok/go.sum | sha256sum | cut -c1-16)
bin="$cache/kube/$key/bin"
tools=(kube-apiserver kube-controller-manager kube-scheduler kubectl etcd kwok)

built() { for t in "${tools[@]}"; do [ -x "$bin/$t" ] || return 1; done; }

if ! built; then
  command -v go >/dev/null || { echo "go is required to build the control plane" >&2; exit 1; }
  mkdir -p "$bin.tmp"
  export GOFLAGS="-mod=readonly -trimpath" CGO_ENABLED=0
  echo "building Kubernetes control plane into $bin (first time only, several minutes)" >&2
  k8s=$(awk '$1 == "k8s.io/kubernetes" {print $2}' "$here/kubernetes/go.mod")
  minor=$(echo "$k8s" | cut -d. -f2)
  stamp="-s -X k8s.io/component-base/version.gitVersion=$k8s -X k8s.io/component-base/version.gitMajor=1"
  stamp="$stamp -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/component-base/version.gitTreeState=clean"
  (cd "$here/kubernetes" && go build -ldflags="$stamp" -o "$bin.tmp/" \
    k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager k8s.io/kubernetes/cmd/kube-scheduler \
    k8s.io/kubernetes/cmd/kubectl && go build -ldflags=-s -o "$bin.tmp/etcd" go.etcd.io/etcd/server/v3)
  (cd "$here/kwok" && go build -ldflags=-s -o "$bin.tmp/" sigs.k8s.io/kwok/cmd/kwok)
  rm -rf "$bin" && mv "$bin.tmp" "$bin"
fi
echo "$bin"
