#!/usr/bin/env bash
# The profiling harness for the webhook scenarios (4: Meta → meta_to_waba → AMQP, 5: WA-RS → JetStream): starts a
# release `switchyard run` on the scenario's config under an optional wrapper, loads it with wrk for a few seconds
# (one signed body, as benchmarks/scenarios.sh does), and prints what every process on the two cores spent per
# answered request: switchyard, the broker it publishes to, and wrk itself. The split shows how much of the
# machine is left for switchyard at a given rate. Also switchyard's voluntary context switches per request (its
# threads' wake-ups) and the route's own mean latency, taken → settled, from its /metrics (the rest of wrk's
# latency is the HTTP side).
#
#   benchmarks/profile-webhook.sh 4|5 [SECONDS] [CONNECTIONS]     (defaults 10 s, 64)
#   PROFILE_WRAP="perf record -F 1999 -g -o /tmp/perf.data --" benchmarks/profile-webhook.sh 5
#   PROFILE_WRAP="perf stat -e context-switches,task-clock --" benchmarks/profile-webhook.sh 4
#   PROFILE_CONFIG=variant.yaml benchmarks/profile-webhook.sh 4     (the scenario's load on another route file)
# Needs the brokers of scripts/brokers.sh running and a release build (swift build -c release).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
scenario=${1:?usage: benchmarks/profile-webhook.sh 4|5 [SECONDS] [CONNECTIONS]}
seconds=${2:-10}
conns=${3:-64}
eval "$(bash scripts/brokers.sh env)"
export NATS_URL AMQP_URL
# shellcheck source=lib/same-brokers.sh
. benchmarks/lib/same-brokers.sh
require_same_brokers "$repo"  # it recreates WA_EVENTS and purges q.whatsapp.inbound: only on our own brokers
lg=benchmarks/loadgen/bin
make -s -C benchmarks/loadgen
work=$(mktemp -d)
sy=""
trap '[ -n "$sy" ] && kill "$sy" 2>/dev/null; rm -rf "$work"' EXIT
export BENCH_DEAD_LETTERS=$work/dead.jsonl BENCH_META_SECRET=bench-meta-app-secret BENCH_WARS_SECRET=bench-wars-webhook-secret
port=${PROFILE_PORT:-18982}
case $scenario in
  4) config=benchmarks/scenarios/s4-meta-webhook-amqp.yaml path=/webhooks/meta header=X-Hub-Signature-256
     secret=$BENCH_META_SECRET body_file=benchmarks/payloads/meta-message.json
     broker_pid=$(cat "$SWITCHYARD_RUN_DIR/rabbitmq/rabbitmq.pid") broker=RabbitMQ ;;
  5) config=benchmarks/scenarios/s5-wars-webhook-jetstream.yaml path=/webhooks/wa-rs header=X-Webhook-Signature
     secret=$BENCH_WARS_SECRET body_file=benchmarks/payloads/wars-message.json
     broker_pid=$(cat "$SWITCHYARD_RUN_DIR/nats/nats.pid") broker=nats-server ;;
  *) echo "scenario is 4 or 5" >&2; exit 2 ;;
esac
config=${PROFILE_CONFIG:-$config}
hz=$(getconf CLK_TCK)
# shellcheck source=lib/measure.sh
. benchmarks/lib/measure.sh
bin=${SWITCHYARD_BIN:-$(swift build -c release --show-bin-path)/switchyard}
"$lg/js-admin" recreate-stream WA_EVENTS 'wa.events.>' limits >/dev/null
"$lg/amqp-admin" declare-exchange whatsapp.exchange topic declare-queue q.whatsapp.inbound \
  bind q.whatsapp.inbound whatsapp.exchange 'whatsapp.inbound.#' purge q.whatsapp.inbound >/dev/null

# shellcheck source=lib/wrk-script.sh
. benchmarks/lib/wrk-script.sh
wrk_script "$body_file" "$header" "$secret" "$work/wrk.lua"

# shellcheck disable=SC2086 # the wrapper is a command line
SWITCHYARD_LISTEN=127.0.0.1:$port ${PROFILE_WRAP:-} "$bin" run --config "$config" >"$work/sy.log" 2>&1 &
sy=$!
tries=0
until curl -fsS -m 1 -o /dev/null "http://127.0.0.1:$port/readyz" 2>/dev/null; do
  kill -0 "$sy" 2>/dev/null || { echo "switchyard exited: $(tail -5 "$work/sy.log")" >&2; exit 1; }
  tries=$((tries + 1)); [ "$tries" -lt 3000 ] || { echo "switchyard not ready after 30 s" >&2; exit 1; }
  sleep 0.01
done
child=$(pgrep -P "$sy" | head -1 || true)  # under a wrapper, switchyard is its child
target=${child:-$sy}
sy0=$(cpu_ticks "$target"); broker0=$(cpu_ticks "$broker_pid")
# wrk's own CPU: `times` in the subshell that waited for it prints its children's user and system time.
( wrk -t1 -c"$conns" -d"${seconds}s" -s "$work/wrk.lua" "http://127.0.0.1:$port$path" >"$work/wrk.out" 2>&1; times >"$work/times" ) &
wrk_run=$!
sleep 1  # the switch count is read while the load runs: idle pool threads exit
switches0=$(voluntary_switches "$target")
wait "$wrk_run"
switches1=$(voluntary_switches "$target")
sy1=$(cpu_ticks "$target"); broker1=$(cpu_ticks "$broker_pid")
route_latency=$(curl -fsS "http://127.0.0.1:$port/metrics" |
  awk '/^switchyard_route_latency_seconds_sum/ { s = $2 } /^switchyard_route_latency_seconds_count/ { c = $2 }
       END { if (c > 0) printf "%.2f ms over %d messages", s / c * 1000, c; else print "none" }')
kill -TERM "$target" 2>/dev/null || true
wait "$sy" 2>/dev/null || true
sy=""
wrk_json "$work/wrk.out" "$work/wrk.json"
cat "$work/wrk.json"
requests=$(field "$work/wrk.json" requests)
[ -n "$requests" ] && [ "$(field "$work/wrk.json" non_2xx)" = 0 ] && [ "$(field "$work/wrk.json" errors)" = 0 ] ||
  { echo "wrk failed or got errors: $(tail -5 "$work/wrk.out")" >&2; exit 1; }
wrk_seconds=$(awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] } print t }' "$work/times")
awk -v n="$requests" -v hz="$hz" -v a=$((sy1 - sy0)) -v b=$((broker1 - broker0)) -v w="$wrk_seconds" -v br="$broker" \
  -v s="$(field "$work/wrk.json" seconds)" 'BEGIN { f = 1e6 / n; a /= hz; b /= hz
    printf "%.0f requests/s; CPU µs/request: switchyard %.1f, %s %.1f, wrk %.1f, together %.1f (%.2f of 2 cores busy)\n",
           n / s, a * f, br, b * f, w * f, (a + b + w) * f, (a + b + w) / s }'
echo "switchyard: $(awk -v d=$((switches1 - switches0)) -v n="$requests" -v s="$seconds" \
  'BEGIN { printf "%.1f", d / (n * (s - 1) / s) }') voluntary context switches per request; route latency (taken → settled) mean $route_latency"
