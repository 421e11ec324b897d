#!/usr/bin/env bash
# Measures the Python peer (app.py: FastStream, AMQP q.whatsapp.outbound -> JetStream wa.send.<session>) with the C
# load generators: amqp-pub (closed loop, confirms) -> peer -> js-sink, bounded to N messages, and the peer's own CPU
# per message from /proc/<pid>/stat (utime + stime, all its threads).
#
#   benchmarks/python-peer/run.sh [N]      (default 20000; PEER_PREFETCH, default 256)
# then an open-loop run at PEER_LAT_RATE msg/s (default 500; 0 skips it) for 10 s, for latency below saturation.
#
# Installs requirements.txt into benchmarks/python-peer/.venv (ignored by git) on first use; uses the private brokers
# of scripts/brokers.sh with the SWITCHYARD_* environment it is given (starts them if needed, stops them at the end
# if it started them). Writes benchmarks/results/python-peer.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
n=${1:-20000}
export PEER_PREFETCH=${PEER_PREFETCH:-256}
bin=$repo/benchmarks/loadgen/bin
brokers=$repo/scripts/brokers.sh
out=${PEER_RESULTS:-$repo/benchmarks/results/python-peer.md}
venv=$here/.venv

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import faststream' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
fi

started=0
if ! bash "$brokers" status >/dev/null 2>&1; then bash "$brokers" start; started=1; fi
work=$(mktemp -d)
peer=""
sink=""
cleanup() {
  [ -n "$sink" ] && kill "$sink" 2>/dev/null || true
  [ -n "$peer" ] && kill "$peer" 2>/dev/null || true
  rm -rf "$work"
  if [ "$started" = 1 ]; then bash "$brokers" stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
eval "$(bash "$brokers" env)"
export NATS_URL AMQP_URL
make -s -C "$repo/benchmarks/loadgen"
# shellcheck source=../lib/same-brokers.sh
. "$repo/benchmarks/lib/same-brokers.sh"
require_same_brokers "$repo"

field() { sed -n "s/.*\"$2\":\"\{0,1\}\([^,\"}]*\).*/\1/p" "$1"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # utime + stime of the process, in clock ticks

"$bin/js-admin" recreate-stream WA_SEND 'wa.send.>' workqueue
"$bin/amqp-admin" declare-exchange whatsapp.exchange topic declare-queue q.whatsapp.outbound \
  bind q.whatsapp.outbound whatsapp.exchange whatsapp.outbound.message purge q.whatsapp.outbound
[ "$("$bin/amqp-admin" consumers q.whatsapp.outbound)" = 0 ] ||
  { echo "q.whatsapp.outbound already has a consumer: stop it first" >&2; exit 1; }

"$venv/bin/python" "$here/app.py" >"$work/peer.log" 2>&1 &
peer=$!
for _ in $(seq 1 300); do # ready when its consumer is registered (30 s at most)
  [ "$("$bin/amqp-admin" consumers q.whatsapp.outbound 2>/dev/null)" = 1 ] && break
  kill -0 "$peer" 2>/dev/null || { echo "the peer exited: $(cat "$work/peer.log")" >&2; exit 1; }
  sleep 0.1
done
[ "$("$bin/amqp-admin" consumers q.whatsapp.outbound)" = 1 ] || { echo "the peer did not start consuming" >&2; exit 1; }

hz=$(getconf CLK_TCK)
rows=()
# measure LABEL COUNT [amqp-pub options...]: one bounded run through the running peer, appends a table row
measure() {
  local label=$1 count=$2 ticks0 ticks1 cpu_us row
  shift 2
  # recreated, not purged: a purge keeps the duplicate window, and every run reuses Nats-Msg-Id 1..N
  "$bin/js-admin" recreate-stream WA_SEND 'wa.send.>' workqueue >/dev/null
  timeout 900 "$bin/js-sink" --stream WA_SEND --subject 'wa.send.>' --count "$count" --idle 20 >"$work/sink.json" &
  sink=$!
  ticks0=$(cpu_ticks "$peer")
  timeout 900 "$bin/amqp-pub" --body "$repo/benchmarks/payloads/waba-outbound.json" --count "$count" \
    --exchange whatsapp.exchange --routing-key whatsapp.outbound.message "$@" >"$work/pub.json" || true
  wait "$sink" || echo "js-sink did not see all $count messages" >&2
  sink=""
  ticks1=$(cpu_ticks "$peer")
  cpu_us=$(awk -v t=$((ticks1 - ticks0)) -v hz="$hz" -v n="$count" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
  cat "$work/pub.json" "$work/sink.json"
  # PEER_KEEP_JSON=FILE: the first (closed-loop) run's sink line with the peer's CPU, for scenarios.sh's ratios
  if [ -n "${PEER_KEEP_JSON:-}" ] && [ ! -s "$PEER_KEEP_JSON" ]; then
    sed "s/}\$/,\"peer_cpu_us_per_msg\":$cpu_us}/" "$work/sink.json" >"$PEER_KEEP_JSON"
  fi
  row="| $label | $(field "$work/sink.json" msgs_per_s) | $cpu_us |"
  row+=" $(field "$work/sink.json" lat_p50_us) | $(field "$work/sink.json" lat_p99_us) | $(field "$work/sink.json" lat_p999_us) |"
  row+=" distinct $(field "$work/sink.json" distinct)/$count, duplicates $(field "$work/sink.json" duplicates);"
  row+=" amqp-pub $(field "$work/pub.json" msgs_per_s) msg/s |"
  rows+=("$row")
  echo "$row"
}

measure "FastStream peer AMQP → JetStream, closed loop (prefetch $PEER_PREFETCH)" "$n"
lat_rate=${PEER_LAT_RATE:-500}
if [ "$lat_rate" != 0 ]; then
  measure "FastStream peer AMQP → JetStream at $lat_rate msg/s" "$((lat_rate * 10))" --rate "$lat_rate"
fi
versions=$("$venv/bin/pip" list 2>/dev/null | awk '$1 ~ /^(faststream|aio-pika|aiormq|nats-py)$/ { printf "%s %s, ", $1, $2 }')
mkdir -p "$(dirname "$out")"
{
  echo "# Python peer (FastStream) of the AMQP → JetStream route"
  echo
  echo "Produced by \`benchmarks/python-peer/run.sh${*:+ $*}\` (N=$n): amqp-pub (closed loop, confirm window 512;"
  echo "then open loop at ${lat_rate} msg/s for 10 s, for latency below saturation) →"
  echo "q.whatsapp.outbound → app.py → JetStream wa.send.<session> → js-sink. CPU is the peer process's own"
  echo "(utime+stime from /proc/<pid>/stat over the run) per message."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "- Python $("$venv/bin/python" -c 'import platform; print(platform.python_version())'); ${versions%, }"
  echo "- caveat: ${LOADGEN_NOTE:-figures taken on a shared machine; other processes were running}"
  echo
  echo "| run | msg/s | peer CPU µs/msg | p50 µs | p99 µs | p99.9 µs | notes |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
} >"$out"
echo "wrote $out"
