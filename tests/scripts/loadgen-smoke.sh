#!/usr/bin/env bash
# Smoke test of the C load generators (benchmarks/loadgen): builds them, then moves a small bounded count through
#   amqp-pub -> AMQP queue -> raw-bridge -> JetStream -> js-sink
#   js-pub -> JetStream -> raw-bridge --reverse -> AMQP exchange/queue -> amqp-sink
# and asserts from the JSON summary lines that every seq arrived exactly once (distinct == N, missing == 0).
# Uses the brokers of the environment (NATS_URL / AMQP_URL, else scripts/brokers.sh env with the SWITCHYARD_* ports);
# it does not start them: `scripts/brokers.sh start` first. Names are unique per run and deleted at the end.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
n=${LOADGEN_SMOKE_COUNT:-2000}
bin=$repo/benchmarks/loadgen/bin
payloads=$repo/benchmarks/payloads

fail() { echo "loadgen-smoke: FAIL: $*" >&2; exit 1; }

if [ -z "${NATS_URL:-}" ] || [ -z "${AMQP_URL:-}" ]; then eval "$(bash "$repo/scripts/brokers.sh" env)"; fi
export NATS_URL AMQP_URL

make -s -C "$repo/benchmarks/loadgen" >/dev/null || fail "the load generators do not build"
"$bin/loadgen-selftest" || fail "loadgen-selftest (templates, seq/ts_ns scanner, tally, URL parsing)"

"$bin/js-admin" delete-stream "LOADGEN_SMOKE_PROBE_$$" >/dev/null 2>&1 ||
  fail "NATS (JetStream) is not reachable at $NATS_URL: start the brokers with scripts/brokers.sh start"
"$bin/amqp-admin" declare-queue "loadgen.smoke.probe.$$" delete-queue "loadgen.smoke.probe.$$" >/dev/null 2>&1 ||
  fail "RabbitMQ is not reachable at $AMQP_URL: start the brokers with scripts/brokers.sh start"

id=$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')
queue=loadgen.smoke.$id.out
inbound=loadgen.smoke.$id.in
exchange=loadgen.smoke.$id.exchange
stream_send=SMOKE_SEND_$id
stream_events=SMOKE_EVENTS_$id
work=$(mktemp -d)
pids=()

cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  "$bin/amqp-admin" delete-queue "$queue" delete-queue "$inbound" delete-exchange "$exchange" >/dev/null 2>&1 || true
  "$bin/js-admin" delete-stream "$stream_send" delete-stream "$stream_events" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The integer value of "key" in a one-line JSON summary.
field() { sed -n "s/.*\"$2\":\([0-9.]*\).*/\1/p" "$1"; }

expect_all() { # file what
  local distinct missing dup
  [ -s "$1" ] || fail "$2: no summary line (stderr: $(cat "$1.err" 2>/dev/null))"
  distinct=$(field "$1" distinct); missing=$(field "$1" missing); dup=$(field "$1" duplicates)
  [ "$distinct" = "$n" ] || fail "$2: distinct $distinct, expected $n: $(cat "$1")"
  [ "$missing" = 0 ] || fail "$2: missing $missing: $(cat "$1")"
  echo "ok: $2: distinct $distinct, missing $missing, duplicates $dup, $(field "$1" msgs_per_s) msg/s," \
    "p99 $(field "$1" lat_p99_us) us"
}

# eventually_zero CMD...: polls (up to 20 s: a loaded machine trails) until CMD prints 0; acks are asynchronous, removal can trail them
eventually_zero() {
  local i
  for i in $(seq 1 200); do [ "$("$@")" = 0 ] && return 0; sleep 0.1; done
  return 1
}

# run_bg NAME CMD...: starts a bounded tool in the background, its JSON line in $work/NAME.json
run_bg() {
  local name=$1; shift
  timeout 50 "$@" >"$work/$name.json" 2>"$work/$name.json.err" &
  pids+=($!)
}

"$bin/amqp-admin" declare-exchange "$exchange" topic declare-queue "$queue" bind "$queue" "$exchange" out.message \
  declare-queue "$inbound" bind "$inbound" "$exchange" 'in.#' >/dev/null
"$bin/js-admin" add-stream "$stream_send" "smoke.$id.send.>" workqueue \
  add-stream "$stream_events" "smoke.$id.events.>" limits >/dev/null

# --- forward: AMQP -> JetStream
run_bg fwd-sink "$bin/js-sink" --stream "$stream_send" --subject "smoke.$id.send.>" --count "$n" --idle 10
run_bg fwd-bridge "$bin/raw-bridge" --queue "$queue" --subject "smoke.$id.send.s1" --count "$n" --idle 10
"$bin/amqp-pub" --body "$payloads/waba-outbound.json" --count "$n" --exchange "$exchange" --routing-key out.message \
  >"$work/fwd-pub.json" || fail "amqp-pub: $(cat "$work/fwd-pub.json")"
wait "${pids[0]}" || fail "js-sink exited non-zero: $(cat "$work/fwd-sink.json" "$work/fwd-sink.json.err")"
wait "${pids[1]}" || fail "raw-bridge exited non-zero: $(cat "$work/fwd-bridge.json" "$work/fwd-bridge.json.err")"
[ "$(field "$work/fwd-pub.json" confirmed)" = "$n" ] || fail "amqp-pub confirmed: $(cat "$work/fwd-pub.json")"
[ "$(field "$work/fwd-bridge.json" settled)" = "$n" ] || fail "raw-bridge: $(cat "$work/fwd-bridge.json")"
expect_all "$work/fwd-sink.json" "amqp-pub -> raw-bridge -> js-sink"
eventually_zero "$bin/amqp-admin" count "$queue" || fail "messages left in $queue after the bridge acked"
eventually_zero "$bin/js-admin" count "$stream_send" || fail "messages left in work-queue stream $stream_send"

# --- reverse: JetStream -> AMQP
pids=()
run_bg rev-sink "$bin/amqp-sink" --queue "$inbound" --count "$n" --idle 10
run_bg rev-bridge "$bin/raw-bridge" --reverse --stream "$stream_events" --subject "smoke.$id.events.>" \
  --exchange "$exchange" --routing-key in.message --count "$n" --idle 10
"$bin/js-pub" --subject "smoke.$id.events.session-{session}.message" --sessions 4 \
  --body "$payloads/wars-message.json" --count "$n" >"$work/rev-pub.json" || fail "js-pub: $(cat "$work/rev-pub.json")"
wait "${pids[0]}" || fail "amqp-sink exited non-zero: $(cat "$work/rev-sink.json" "$work/rev-sink.json.err")"
wait "${pids[1]}" || fail "raw-bridge --reverse exited non-zero: $(cat "$work/rev-bridge.json" "$work/rev-bridge.json.err")"
[ "$(field "$work/rev-bridge.json" settled)" = "$n" ] || fail "raw-bridge --reverse: $(cat "$work/rev-bridge.json")"
expect_all "$work/rev-sink.json" "js-pub -> raw-bridge --reverse -> amqp-sink"
eventually_zero "$bin/amqp-admin" count "$inbound" || fail "messages left in $inbound after amqp-sink acked"

# --- bad input: a body that is not there, an unroutable publish (mandatory -> returned, exit 1)
if "$bin/amqp-pub" --body "$work/none.json" --count 1 --routing-key x 2>/dev/null; then fail "missing body file accepted"; fi
if "$bin/amqp-pub" --body "$payloads/waba-outbound.json" --count 5 --exchange "$exchange" --routing-key nowhere \
  >"$work/ret.json" 2>/dev/null; then fail "unroutable publish reported success"; fi
[ "$(field "$work/ret.json" returned)" = 5 ] || fail "returned messages not counted: $(cat "$work/ret.json")"
if "$bin/js-sink" --stream "NO_SUCH_$id" --subject "smoke.$id.none" --count 1 --idle 1 2>"$work/nostream.err"; then
  fail "js-sink on a missing stream reported success"
fi
grep -q 'stream not found' "$work/nostream.err" || fail "js-sink missing stream: unclear error: $(cat "$work/nostream.err")"
echo "ok: bad input rejected (missing body file; unroutable messages counted as returned; missing stream)"

# --- broker down: a clear error naming the fix, a non-zero exit, no hang
if "$bin/amqp-pub" --url amqp://guest:guest@127.0.0.1:1/ --body "$payloads/waba-outbound.json" --count 1 \
  --routing-key x 2>"$work/down.err"; then fail "amqp-pub against no broker reported success"; fi
grep -q 'cannot connect to RabbitMQ.*scripts/brokers.sh start' "$work/down.err" || fail "unclear error: $(cat "$work/down.err")"
if "$bin/js-pub" --url nats://127.0.0.1:1 --subject x --body "$payloads/wars-message.json" --count 1 \
  2>"$work/down.err"; then fail "js-pub against no broker reported success"; fi
grep -q 'cannot connect to NATS.*scripts/brokers.sh start' "$work/down.err" || fail "unclear error: $(cat "$work/down.err")"
echo "ok: broker down reported clearly (amqp-pub, js-pub)"
echo "loadgen-smoke: passed"
