#!/usr/bin/env bash
# The physical limit of Switchyard's end-to-end routes on this machine, measured with the C load generators of
# benchmarks/loadgen (no parsing, no transforms): what the brokers and the client libraries allow by themselves.
#
#   benchmarks/physical-limit.sh [N]        (N messages per run, default 50000; or LOADGEN_N)
#
# Uses the private brokers of scripts/brokers.sh with whatever SWITCHYARD_* environment it is given (default: the
# repo's .run/ and the default ports); starts them if needed and stops them at the end if it started them.
# Declares the WABA/WA-RS topology (streams WA_SEND on wa.send.> work-queue and WA_EVENTS on wa.events.> limits;
# topic exchange whatsapp.exchange, queue q.whatsapp.outbound bound to whatsapp.outbound.message and
# q.whatsapp.inbound bound to whatsapp.inbound.#), purges/recreates them before every run, and measures:
#   1 AMQP publish with confirms      2 AMQP consume with ack (queue preloaded)
#   3 JetStream async publish         4 JetStream consume + ack (stream preloaded)
#   5 raw bridge AMQP -> JetStream, live (publisher, bridge and sink at once) and drain (queue preloaded), and at a
#     fixed rate for latency        6 the same for the reverse bridge JetStream -> AMQP
# Prints a markdown table and writes it, with date, machine, broker versions and the command, to
# benchmarks/results/physical-limit.md. Every run is bounded (count + idle timeout + `timeout`).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-${LOADGEN_N:-50000}}
lat_rate=${LOADGEN_LAT_RATE:-2000}          # msg/s of the fixed-rate latency runs
lat_n=${LOADGEN_LAT_N:-$((lat_rate * 10))}  # 10 s of traffic
window=${LOADGEN_WINDOW:-512}
prefetch=${LOADGEN_PREFETCH:-1000}
bin=$repo/benchmarks/loadgen/bin
payloads=$repo/benchmarks/payloads
out=${LOADGEN_RESULTS:-$repo/benchmarks/results/physical-limit.md}
brokers=$repo/scripts/brokers.sh
cmdline="benchmarks/physical-limit.sh${*:+ $*}"

started=0
if ! bash "$brokers" status >/dev/null 2>&1; then
  bash "$brokers" start
  started=1
fi
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  # LOADGEN_KEEP_JSON=DIR keeps every tool's JSON line (DIR/<run>.json) for benchmarks/scenarios.sh's ratios
  if [ -n "${LOADGEN_KEEP_JSON:-}" ]; then mkdir -p "$LOADGEN_KEEP_JSON" && cp "$work"/*.json "$LOADGEN_KEEP_JSON"/ 2>/dev/null || true; fi
  rm -rf "$work"
  if [ "$started" = 1 ]; then bash "$brokers" stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
eval "$(bash "$brokers" env)"
export NATS_URL AMQP_URL

make -s -C "$repo/benchmarks/loadgen"
# shellcheck source=lib/same-brokers.sh
. "$repo/benchmarks/lib/same-brokers.sh"
require_same_brokers "$repo"

# shellcheck source=lib/measure.sh
. "$repo/benchmarks/lib/measure.sh"

reset() {
  "$bin/js-admin" recreate-stream WA_SEND 'wa.send.>' workqueue recreate-stream WA_EVENTS 'wa.events.>' limits
  "$bin/amqp-admin" declare-exchange whatsapp.exchange topic \
    declare-queue q.whatsapp.outbound bind q.whatsapp.outbound whatsapp.exchange whatsapp.outbound.message \
    declare-queue q.whatsapp.inbound bind q.whatsapp.inbound whatsapp.exchange 'whatsapp.inbound.#' \
    purge q.whatsapp.outbound purge q.whatsapp.inbound
}

# run_bg NAME CMD...: a bounded tool in the background, its JSON line in $work/NAME.json
run_bg() {
  local name=$1; shift
  timeout 600 bash -c '"$@"' _ "$@" >"$work/$name.json" 2>"$work/$name.err" &
  pids+=($!)
}
# run_fg NAME CMD...
run_fg() {
  local name=$1; shift
  timeout 600 bash -c '"$@"' _ "$@" >"$work/$name.json" 2>"$work/$name.err" ||
    { echo "FAILED: $name: $(cat "$work/$name.err")" >&2; run_failed=1; }
}
waitall() {
  local p
  for p in "${pids[@]}"; do wait "$p" || { echo "a background tool exited non-zero" >&2; run_failed=1; }; done
  pids=()
}
run_failed=0 # set when a tool of the current run failed: its row says so and the script exits 1
any_failed=0

rows=()
# row LABEL JSON-FILE-FOR-RATE CPU-FILE LATENCY-FILE-OR-- NOTE
row() {
  local rate cpu p50="" p99="" p999="" check=""
  rate=$(field "$2" msgs_per_s); cpu=$(field "$3" cpu_us_per_msg)
  if [ "$4" != "-" ]; then
    p50=$(field "$4" lat_p50_us); p99=$(field "$4" lat_p99_us); p999=$(field "$4" lat_p999_us)
    check=" (distinct $(field "$4" distinct)/$(field "$4" expected), dup $(field "$4" duplicates))"
  fi
  if [ "$run_failed" = 1 ]; then check+=" **a tool failed: not a valid figure**"; any_failed=1; run_failed=0; fi
  rows+=("| $1 | ${rate:-?} | ${cpu:-?} | ${p50:--} | ${p99:--} | ${p999:--} | $5$check |")
  printf '%s\n' "${rows[-1]}"
}

lg_pub_amqp() { "$bin/amqp-pub" --body "$payloads/waba-outbound.json" --count "$1" --window "$window" \
  --exchange whatsapp.exchange --routing-key whatsapp.outbound.message --sessions 8 "${@:2}"; }
lg_pub_js() { "$bin/js-pub" --body "$payloads/wars-message.json" --count "$1" --window "$window" \
  --subject 'wa.events.session-{session}.message' --sessions 8 "${@:2}"; }
lg_pub_js_send() { "$bin/js-pub" --body "$payloads/waba-outbound.json" --count "$1" --window "$window" \
  --subject 'wa.send.session-{session}' --sessions 8; }
lg_sink_js() { "$bin/js-sink" --stream WA_SEND --subject 'wa.send.>' --count "$1" --idle 15; }
lg_sink_amqp() { "$bin/amqp-sink" --queue q.whatsapp.inbound --count "$1" --prefetch "$prefetch" --idle 15; }
lg_sink_amqp_out() { "$bin/amqp-sink" --queue q.whatsapp.outbound --count "$1" --prefetch "$prefetch" --idle 15; }
# shellcheck source=lib/raw-bridge.sh
. "$repo/benchmarks/lib/raw-bridge.sh"
lg_bridge() { raw_bridge_forward "$bin" "$1" "$prefetch"; }
lg_bridge_rev() { "$bin/raw-bridge" --reverse --stream WA_EVENTS --subject 'wa.events.>' --exchange whatsapp.exchange \
  --routing-key whatsapp.inbound.message --count "$1" --window "$window" --idle 15; }

# The tools run under `timeout` in a child bash: it needs the helpers and their settings.
export bin payloads window prefetch NATS_URL AMQP_URL
export -f lg_pub_amqp lg_pub_js lg_pub_js_send lg_sink_js lg_sink_amqp lg_sink_amqp_out lg_bridge lg_bridge_rev raw_bridge_forward

# Another queue bound on whatsapp.exchange (a test's leftover) would make RabbitMQ store every message twice.
reset >/dev/null
stray=$(bash "$brokers" ctl list_bindings -s source_name destination_name routing_key 2>/dev/null | awk -F'\t' '
  $1 == "whatsapp.exchange" && !(($2 == "q.whatsapp.outbound" && $3 == "whatsapp.outbound.message") ||
                                 ($2 == "q.whatsapp.inbound" && $3 == "whatsapp.inbound.#"))')
if [ -n "$stray" ]; then
  echo "other bindings on whatsapp.exchange would distort the figures; remove them first:" >&2
  printf '%s\n' "$stray" >&2
  exit 1
fi

echo "== N=$n, window $window, prefetch $prefetch, latency runs at $lat_rate msg/s x $lat_n"
echo "| run | msg/s | tool CPU µs/msg | p50 µs | p99 µs | p99.9 µs | notes |"

reset >/dev/null
run_fg amqp-pub lg_pub_amqp "$n"
row "AMQP publish, persistent, confirms (window $window)" "$work/amqp-pub.json" "$work/amqp-pub.json" - \
  "amqp-pub, $(field "$work/amqp-pub.json" body_bytes) B, confirmed $(field "$work/amqp-pub.json" confirmed)/$n"
run_fg amqp-sink lg_sink_amqp_out "$n"
row "AMQP consume + ack (prefetch $prefetch, multiple ack every $((prefetch / 4)))" "$work/amqp-sink.json" \
  "$work/amqp-sink.json" - "amqp-sink draining a preloaded queue"

reset >/dev/null
run_fg js-pub lg_pub_js_send "$n"
row "JetStream async publish (window $window, Nats-Msg-Id)" "$work/js-pub.json" "$work/js-pub.json" - \
  "js-pub, file stream, confirmed $(field "$work/js-pub.json" confirmed)/$n"
run_fg js-sink lg_sink_js "$n"
row "JetStream consume + ack (push consumer, max ack pending 2000)" "$work/js-sink.json" "$work/js-sink.json" - \
  "js-sink draining a preloaded work-queue stream"

reset >/dev/null
run_bg fwd-sink lg_sink_js "$n"; run_bg fwd-bridge lg_bridge "$n"
run_fg fwd-pub lg_pub_amqp "$n"
waitall
row "raw bridge AMQP → JetStream, live" "$work/fwd-bridge.json" "$work/fwd-bridge.json" "$work/fwd-sink.json" \
  "amqp-pub (closed loop) + raw-bridge + js-sink at once; latency includes queueing behind the publisher"

reset >/dev/null
run_fg fwd-pre lg_pub_amqp "$n"
run_bg fwd-sink2 lg_sink_js "$n"
run_fg fwd-bridge2 lg_bridge "$n"
waitall
row "raw bridge AMQP → JetStream, drain" "$work/fwd-bridge2.json" "$work/fwd-bridge2.json" - \
  "queue preloaded with N; js-sink running"

reset >/dev/null
run_bg fwd-sink3 lg_sink_js "$lat_n"; run_bg fwd-bridge3 lg_bridge "$lat_n"
run_fg fwd-pub3 lg_pub_amqp "$lat_n" --rate "$lat_rate"
waitall
row "raw bridge AMQP → JetStream at $lat_rate msg/s" "$work/fwd-bridge3.json" "$work/fwd-bridge3.json" \
  "$work/fwd-sink3.json" "open loop, $lat_n msgs; latency = amqp-pub send → js-sink arrival"

reset >/dev/null
run_bg rev-sink lg_sink_amqp "$n"; run_bg rev-bridge lg_bridge_rev "$n"
run_fg rev-pub lg_pub_js "$n"
waitall
row "raw bridge JetStream → AMQP, live" "$work/rev-bridge.json" "$work/rev-bridge.json" "$work/rev-sink.json" \
  "js-pub + raw-bridge --reverse (confirm window $window) + amqp-sink at once"

reset >/dev/null
run_fg rev-pre lg_pub_js "$n"
run_bg rev-sink2 lg_sink_amqp "$n"
run_fg rev-bridge2 lg_bridge_rev "$n"
waitall
row "raw bridge JetStream → AMQP, drain" "$work/rev-bridge2.json" "$work/rev-bridge2.json" - \
  "stream preloaded with N; amqp-sink running"

reset >/dev/null
run_bg rev-sink3 lg_sink_amqp "$lat_n"; run_bg rev-bridge3 lg_bridge_rev "$lat_n"
run_fg rev-pub3 lg_pub_js "$lat_n" --rate "$lat_rate"
waitall
row "raw bridge JetStream → AMQP at $lat_rate msg/s" "$work/rev-bridge3.json" "$work/rev-bridge3.json" \
  "$work/rev-sink3.json" "open loop, $lat_n msgs; latency = js-pub send → amqp-sink arrival"
reset >/dev/null

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
nats_version=$(nats-server --version 2>/dev/null | head -1)
rabbit_version=$(dpkg-query -W -f='${Version}' rabbitmq-server 2>/dev/null || echo unknown)
erlang_version=$(dpkg-query -W -f='${Version}' erlang-base 2>/dev/null || echo unknown)
libs="libnats $(pkg-config --modversion libnats), librabbitmq $(pkg-config --modversion librabbitmq)"
mkdir -p "$(dirname "$out")"
{
  echo "# Physical limit of the AMQP ↔ JetStream routes"
  echo
  echo "What the brokers and C clients allow on this machine with no parsing and no transforms: the ceiling"
  echo "Switchyard's end-to-end figures are compared with. Produced by \`$cmdline\` (N=$n per run, bodies"
  echo "\`benchmarks/payloads/waba-outbound.json\` and \`wars-message.json\`; tools in \`benchmarks/loadgen\`)."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) CPUs, $cpu_model; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- brokers: $nats_version (JetStream, file storage); RabbitMQ $rabbit_version (Erlang $erlang_version)," \
    "both on loopback, single node"
  echo "- clients: $libs"
  echo "- settings: confirm/PubAck window $window, AMQP prefetch $prefetch, persistent messages, work-queue WA_SEND"
  echo "- caveat: ${LOADGEN_NOTE:-figures taken on a shared machine; other processes were running}"
  echo
  echo "| run | msg/s | tool CPU µs/msg | p50 µs | p99 µs | p99.9 µs | notes |"
  echo "|---|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "CPU is the measuring tool's own (getrusage: user+system, all its threads) per message; the brokers' CPU"
  echo "is not included. Latency is from the CLOCK_REALTIME \`ts_ns\` written into the body at send to its"
  echo "arrival at the sink. \"live\" runs the closed-loop publisher, the bridge and the sink at once (their"
  echo "latency is mostly queueing); \"drain\" empties a preloaded queue/stream; the fixed-rate runs show latency"
  echo "below saturation."
} >"$out"
echo "wrote $out"
[ "$any_failed" = 0 ] || { echo "some runs failed (marked in the table)" >&2; exit 1; }
