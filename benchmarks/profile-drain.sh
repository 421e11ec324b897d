#!/usr/bin/env bash
# The profiling harness behind BENCHMARKS.md's "What was profiled and fixed" figures: preloads N WABA commands
# into q.whatsapp.outbound, then starts a release `switchyard run` on CONFIG (scenario 1 or 2 of
# benchmarks/scenarios/) under an optional wrapper while js-sink counts the drain into WA_SEND.
#
#   benchmarks/profile-drain.sh CONFIG [N]          (default 50000)
#   PROFILE_WRAP="perf stat -e context-switches,task-clock --" benchmarks/profile-drain.sh benchmarks/scenarios/s2-amqp-jetstream.yaml
#   PROFILE_WRAP="perf record -F 1999 -g -o /tmp/perf.data --" benchmarks/profile-drain.sh benchmarks/scenarios/s1-amqp-translate-jetstream.yaml
#   PROFILE_WRAP="env LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2" ...   (allocator A/B)
#   benchmarks/profile-drain.sh raw                 (the raw C bridge on the same drain, for the split below)
# Route batches over the drain (a uprobe on the entry of RouteRunner.process; BIN is the release binary):
#   perf probe -x BIN -a 'batch=$s14SwitchyardCore11RouteRunnerC7process_5takenySay0A9PluginAPI8DeliveryVG_s15ContinuousClockV7InstantVtYaF'
#   PROFILE_WRAP="perf stat -e probe_switchyard:batch,context-switches,task-clock --" benchmarks/profile-drain.sh CONFIG
# Needs the brokers of scripts/brokers.sh running and a release build (swift build -c release). Prints js-sink's
# line, then the CPU per message of the bridge (switchyard or raw-bridge), RabbitMQ and nats-server over the drain:
# what the brokers spend per message depends on how the bridge talks to them (ack frames per message, above all).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
cfg=${1:?usage: benchmarks/profile-drain.sh CONFIG [N]}
n=${2:-50000}
eval "$(bash scripts/brokers.sh env)"
export NATS_URL AMQP_URL
# shellcheck source=lib/same-brokers.sh
. benchmarks/lib/same-brokers.sh
require_same_brokers "$repo"  # it recreates WA_SEND and purges q.whatsapp.outbound: only on our own brokers
# shellcheck source=lib/raw-bridge.sh
. benchmarks/lib/raw-bridge.sh
lg=benchmarks/loadgen/bin
make -s -C benchmarks/loadgen
work=$(mktemp -d)
sy=""
trap '[ -n "$sy" ] && kill "$sy" 2>/dev/null; rm -rf "$work"' EXIT
export BENCH_DEAD_LETTERS=$work/dead.jsonl BENCH_META_SECRET=unused BENCH_WARS_SECRET=unused
hz=$(getconf CLK_TCK)
# shellcheck source=lib/measure.sh
. benchmarks/lib/measure.sh
nats_pid=$(cat "$SWITCHYARD_RUN_DIR/nats/nats.pid"); rabbit_pid=$(cat "$SWITCHYARD_RUN_DIR/rabbitmq/rabbitmq.pid")
bin=${SWITCHYARD_BIN:-$(swift build -c release --show-bin-path)/switchyard}
"$lg/js-admin" recreate-stream WA_SEND 'wa.send.>' workqueue >/dev/null
"$lg/amqp-admin" declare-exchange whatsapp.exchange topic declare-queue q.whatsapp.outbound \
  bind q.whatsapp.outbound whatsapp.exchange whatsapp.outbound.message purge q.whatsapp.outbound >/dev/null
sed 's/"text":"/"text":"[\\"seq\\":{seq},\\"ts_ns\\":{ts_ns}] /' benchmarks/payloads/waba-outbound.json >"$work/body.json"
"$lg/amqp-pub" --body "$work/body.json" --count "$n" --exchange whatsapp.exchange \
  --routing-key whatsapp.outbound.message --sessions 8 >/dev/null
"$lg/js-sink" --stream WA_SEND --subject 'wa.send.>' --count "$n" --idle 15 >"$work/sink.json" &
sink=$!
nats0=$(cpu_ticks "$nats_pid"); rabbit0=$(cpu_ticks "$rabbit_pid")
if [ "$cfg" = raw ]; then
  raw_bridge_forward "$lg" "$n" 1000 >"$work/bridge.json"
  bridge_ticks=$(awk -v c="$(field "$work/bridge.json" cpu_us_per_msg)" -v n="$n" -v hz="$hz" \
    'BEGIN { printf "%d", c * n * hz / 1e6 }')
  wait "$sink" || { echo "js-sink did not see all $n: $(cat "$work/sink.json")" >&2; exit 1; }
  cat "$work/sink.json"
else
  # shellcheck disable=SC2086 # the wrapper is a command line
  SWITCHYARD_LISTEN=127.0.0.1:${PROFILE_PORT:-18981} ${PROFILE_WRAP:-} "$bin" run --config "$cfg" >"$work/sy.log" 2>&1 &
  sy=$!
  wait "$sink" || { echo "js-sink did not see all $n: $(cat "$work/sink.json")" >&2; exit 1; }
  cat "$work/sink.json"
  child=$(pgrep -P "$sy" | head -1 || true)  # under perf, switchyard is perf's child: stop it, perf then reports
  bridge_ticks=$(cpu_ticks "${child:-$sy}")
  kill -TERM "${child:-$sy}" 2>/dev/null || true
  wait "$sy" 2>/dev/null || true
  sy=""
fi
awk -v n="$n" -v hz="$hz" -v b="$bridge_ticks" -v r=$(($(cpu_ticks "$rabbit_pid") - rabbit0)) -v s=$(($(cpu_ticks "$nats_pid") - nats0)) \
  'BEGIN { f = 1e6 / hz / n; printf "CPU µs/msg over the drain: bridge %.1f, RabbitMQ %.1f, nats-server %.1f, together %.1f\n", b * f, r * f, s * f, (b + r + s) * f }'
