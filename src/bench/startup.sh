#!/usr/bin/env bash
# Start-up time and idle memory of tenant-service, configured as its pod: a sample tenant's
# environment as the operator renders it (src/local/tenants.sh wrote it; run `make run` first),
# the StoreRollout flags watcher on the local API server included. Each variant starts RUNS times:
#   compact     the pod's default (spec.tenantService.jvmProfile Compact: client compiler only)
#   throughput  jvmProfile Throughput (both compilers)
# on a JDK 25 with the AOT cache `make run` recorded for this build, and as the baseline, the same
# pod options on `java` without an AOT cache (how tenant-service started before either).
# Prints Quarkus's "started in", time until ready, CPU until ready and resident memory after IDLE
# seconds without requests. Goals (issue 5): start < 3 s, idle RSS < 200 MB.
# Usage: startup.sh [RETAILER]   env: RUNS (3), IDLE (20), PORT (18199)
set -euo pipefail
COMPONENT=bench-startup
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
source "$root/src/local/lib.sh"

retailer=${1:-maison-aster}
runs=${RUNS:-3}
idle=${IDLE:-20}
port=${PORT:-18199}
jar="$root/tenant-service/target/quarkus-app/quarkus-run.jar"
env_file="$VITRINE_STATE/tenants/$retailer.env"
work=$(mktemp -d)
trap 'stop_pid "$work/pid" tenant-service; rm -rf "$work"' EXIT
[ -s "$env_file" ] || die "$env_file is missing: run 'make run' first"
kubectl_cmd="$VITRINE_CACHE/kubectl --kubeconfig $VITRINE_CACHE/kubeconfig"
namespace=$($kubectl_cmd get retailerintegration "$retailer" -o jsonpath='{.status.namespace}')
export_tenant_api_access "$namespace"
export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$port

# one_run JAVA [JVM_OPTION...]: prints "started_s ready_ms cpu_ms rss_mb" of one start.
one_run() {
  local java=$1 t0 ready_ms pid cpu_ms rss_kb
  shift
  t0=$(date +%s%N)
  start_background "$work/pid" "$work/log" \
    "${WITH_ENV_FILE[@]}" "$env_file" "$java" "$POD_MAX_RAM" "$@" -jar "$jar"
  wait_for_process 60 tenant-service "$work/pid" curl -fs "http://127.0.0.1:$port/q/health/ready" ||
    { tail -20 "$work/log" >&2; exit 1; }
  ready_ms=$((($(date +%s%N) - t0) / 1000000))
  pid=$(cat "$work/pid")
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  sleep "$idle" # idle on purpose: memory is measured after IDLE s without requests
  rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
  stop_pid "$work/pid" tenant-service 2>/dev/null
  printf '%s %d %d %d\n' "$(grep -o 'started in [0-9.]*' "$work/log" | awk '{print $3}')" \
    "$ready_ms" "$cpu_ms" $((rss_kb / 1024))
}

# variant NAME JAVA [JVM_OPTION...]: RUNS starts; prints each and the medians.
variant() {
  local name=$1
  shift
  : >"$work/$name"
  for _ in $(seq "$runs"); do one_run "$@" >>"$work/$name"; done
  awk -v name="$name" '
    { s[NR] = $1; r[NR] = $2; c[NR] = $3; m[NR] = $4
      runs = runs sprintf(" %.2fs/%dMB", $1, $4) }
    function median(a, n,   i, j, t) {
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return a[int((n + 1) / 2)]
    }
    END { printf "  %-28s started in %5.2f s  ready %5d ms  CPU %5d ms  idle RSS %4d MB   (runs:%s)\n",
          name, median(s, NR), median(r, NR), median(c, NR), median(m, NR), runs }' "$work/$name"
}

echo "tenant-service of $retailer as its pod, $runs starts per variant, RSS after ${idle} s idle (medians):"
if jdk=$(java_home 25); then
  cache=$(tenant_service_aot_cache "$jar")
  [ -s "$cache" ] || die "no AOT cache for this build at $cache: run 'make run' first"
  aot=(--sun-misc-unsafe-memory-access=allow -XX:AOTCache="$cache")
  variant "JDK 25 + AOT, compact" "$jdk/bin/java" "${aot[@]}"
  # The command line comes after JAVA_TOOL_OPTIONS: level 4 is the server compiler, as without
  # the Compact profile's -XX:TieredStopAtLevel=1.
  variant "JDK 25 + AOT, throughput" "$jdk/bin/java" "${aot[@]}" -XX:TieredStopAtLevel=4
else
  log "no JDK 25 under /usr/lib/jvm: only the baseline runs"
fi
variant "baseline: $(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.version =/ {print "JDK " $2}'), no AOT, throughput" \
  java -XX:TieredStopAtLevel=4
echo "Goals: started in < 3 s, idle RSS < 200 MB."
