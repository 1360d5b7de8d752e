#!/usr/bin/env bash
# Builds the Helm CLI from the pinned Go module beside this script. The binary is cached under
# $VITRINE_CACHE/helm/<recipe hash>/bin, so a second run returns at once. Prints the binary's path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${VITRINE_CACHE:-$HOME/.cache/vitrine}
key=$(cat "$0" "$here"/go.mod "$here"/go.sum | sha256sum | cut -c1-16)
bin="$cache/helm/$key/bin"

if [ ! -x "$bin/helm" ]; then
  command -v go >/dev/null || { echo "go is required to build the Helm CLI" >&2; exit 1; }
  mkdir -p "$bin.tmp"
  export GOFLAGS="-mod=readonly -trimpath" CGO_ENABLED=0
  version=$(awk '$1 == "helm.sh/helm/v3" {print $2}' "$here/go.mod")
  # As Helm's own Makefile does: the default Kubernetes version of "helm template" and "helm lint"
  # follows the client-go it is built with (client-go v0.34 is Kubernetes 1.34).
  k8s_minor=$(awk '$1 == "k8s.io/client-go" {print $2}' "$here/go.mod" | cut -d. -f2)
  flags="-s -X helm.sh/helm/v3/internal/version.version=$version"
  for pkg in helm.sh/helm/v3/pkg/chartutil helm.sh/helm/v3/pkg/lint/rules; do
    flags="$flags -X $pkg.k8sVersionMajor=1 -X $pkg.k8sVersionMinor=$k8s_minor"
  done
  echo "building Helm $version into $bin (first time only, a few minutes)" >&2
  (cd "$here" && go build -ldflags="$flags" -o "$bin.tmp/helm" helm.sh/helm/v3/cmd/helm)
  rm -rf "$bin" && mv "$bin.tmp" "$bin"
fi
echo "$bin/helm"
