#!/usr/bin/env bash
# Process-level figures of the switchyard binary (issue 9 targets): start to ready, idle RSS, and the time a
# reload of a 50-route config takes to swap (every route changed, so all 50 are rebuilt, started and drained).
# Uses in-memory routes only, so no broker is needed and nothing else on the machine is measured.
#   benchmarks/process-figures.sh [reloads]     (default 20 reloads)
# SWITCHYARD_BIN picks the binary (default: a release build of this checkout).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
reloads=${1:-20}
if [ -z "${SWITCHYARD_BIN:-}" ]; then
  swift build -c release --product switchyard >/dev/null
  SWITCHYARD_BIN="$(swift build -c release --show-bin-path)/switchyard"
fi
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/routes"
cat >"$work/switchyard.yaml" <<YAML
connections:
  hub: { type: memory }
http:
  listen: "\${SWITCHYARD_LISTEN:-127.0.0.1:18990}"
settings: { drain_timeout: 2s, log_format: logfmt, log_level: info }
include: [ routes/*.yaml ]
YAML
write_routes() { # $1 = version stamped into every route, so each reload changes all 50
  {
    echo "routes:"
    for i in $(seq 1 50); do
      cat <<YAML
  - name: route-$i
    from: { memory: { connection: hub, queue: in-$i } }
    steps:
      - set: { fields: { version: "$1" } }
      - drop_fields: { fields: [secret] }
    to:
      - memory: { connection: hub, queue: out-$i }
YAML
    done
  } >"$work/routes/fifty.yaml.tmp"
  mv "$work/routes/fifty.yaml.tmp" "$work/routes/fifty.yaml"
}
write_routes 0
"$SWITCHYARD_BIN" validate --config "$work/switchyard.yaml" >/dev/null

wait_for_log() { # $1 = pattern, $2 = how many matching lines
  local deadline=$((SECONDS + 30))
  until [ "$(grep -c -- "$1" "$work/log" 2>/dev/null || true)" -ge "$2" ]; do
    [ $SECONDS -lt $deadline ] || { echo "timed out waiting for '$1'"; tail -20 "$work/log"; exit 1; }
    kill -0 "$pid" 2>/dev/null || { echo "switchyard exited"; tail -20 "$work/log"; exit 1; }
    sleep 0.002
  done
}

t0=$EPOCHREALTIME
"$SWITCHYARD_BIN" run --config "$work/switchyard.yaml" 2>"$work/log" >/dev/null &
pid=$!
wait_for_log 'msg="routes running"' 1
t1=$EPOCHREALTIME
ready_ms=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
sleep 1 # idle means idle: let start-up allocations settle before reading RSS
rss_idle=$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")

durations=()
for k in $(seq 1 "$reloads"); do
  write_routes "$k"
  kill -HUP "$pid"
  wait_for_log 'msg=reloaded' "$k"
  # duration="0.0123 seconds" (Swift Duration) on the k-th reloaded line
  d=$(grep 'msg=reloaded' "$work/log" | sed -n "${k}p" | sed -E 's/.*duration="?([0-9.e-]+) seconds.*/\1/')
  durations+=("$d")
done
rss_after=$(awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
kill -TERM "$pid"
wait "$pid" || true
pid=""

stats=$(printf '%s\n' "${durations[@]}" | sort -g | awk '{ v[NR] = $1 * 1000 } END { printf "%.1f %.1f %.1f", v[1], v[int((NR + 1) / 2)], v[NR] }')
read -r dmin dmed dmax <<<"$stats"
echo "| figure | value | target |"
echo "|---|---|---|"
echo "| start to ready (50 routes) | ${ready_ms} ms | ≤ 300 ms |"
echo "| RSS idle after start (50 routes) | ${rss_idle} MB | ≤ 60 MB |"
echo "| reload of 50 changed routes, min / median / max of $reloads | ${dmin} / ${dmed} / ${dmax} ms | ≤ 100 ms |"
echo "| RSS after $reloads reloads | ${rss_after} MB | |"
