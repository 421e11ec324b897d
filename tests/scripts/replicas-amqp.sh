#!/usr/bin/env bash
# Three `switchyard run` replicas consuming the same AMQP queue into one JetStream stream; one replica is killed with
# -9 while the load runs. RabbitMQ redelivers what the dead replica held unacked to the others; those copies reach the
# sink with the same Nats-Msg-Id (the sink's `msg_id` is the AMQP message-id, amqp-pub sets it to the seq), so the
# sink stream's duplicate window (2 min) stores each message once. No dedup step: the stream's window is the dedup here.
# Checks: every message stored exactly once (js-sink distinct == N, no duplicate, the stream holds exactly N), the queue
# is empty with nothing unacked, every replica delivered a share before/after the kill.
# Env: the brokers of scripts/brokers.sh env (NATS_URL, AMQP_URL, SWITCHYARD_NATS_HTTP_PORT); REPLICAS_N (20000),
# REPLICAS_RATE (publish rate, 4000 msg/s, so the kill lands while messages are in flight).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
. tests/scripts/lib/replicas.sh
replicas_check_env
: "${AMQP_URL:?AMQP_URL unset: eval \"\$(scripts/brokers.sh env)\" with your SWITCHYARD_* ports, or run scripts/test.sh}"

n=${REPLICAS_N:-20000}
rate=${REPLICAS_RATE:-4000}
swift build --product switchyard >/dev/null 2>&1 || { echo "swift build failed" >&2; exit 1; }
bin="$(swift build --show-bin-path 2>/dev/null)/switchyard"
make -s -C benchmarks/loadgen >/dev/null
lg=benchmarks/loadgen/bin
if ! $lg/amqp-admin declare-queue "probe.$$" delete-queue "probe.$$" >/dev/null 2>&1; then
  echo "RabbitMQ is not reachable at $AMQP_URL: start it with scripts/brokers.sh start rabbitmq" >&2
  exit 1
fi
work=$(mktemp -d)
id=$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')
queue="q.replicas.$id" out_stream="RAMQ_$id"
cleanup() {
  stop_replicas
  $lg/js-admin delete-stream "$out_stream" >/dev/null 2>&1 || true
  $lg/amqp-admin delete-queue "$queue" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

$lg/amqp-admin declare-queue "$queue" >/dev/null
$lg/js-admin add-stream "$out_stream" "ramq.$id.>" limits >/dev/null

cat >"$work/switchyard.yaml" <<EOF
connections:
  rabbit:
    type: amqp
    url: "\${AMQP_URL}"
  nats:
    type: nats
    url: "\${NATS_URL}"
settings: { drain_timeout: 5s, log_level: info }
routes:
  - name: amqp-replicated
    from:
      amqp: { connection: rabbit, queue: "$queue", prefetch: 256 }
    to:
      - nats: { connection: nats, jetstream: true, subject: "ramq.$id.events", ack_timeout: 5s }
    on_error:
      retry: { delay: 200ms, max_delay: 2s }
    max_in_flight: 8
EOF

printf '{"event_id":"evt-{seq}","seq":{seq},"ts_ns":{ts_ns},"pad":"0123456789abcdef0123456789abcdef0123456789abcdef"}' >"$work/body.json"

for i in 0 1 2; do start_replica $i "$work/switchyard.yaml"; done
for i in 0 1 2; do wait_ready $i; done
echo "replicas ready on ports ${ports[*]} (pids ${pids[*]})"
[ "$(printf '%s\n' "${ports[@]}" | sort -u | wc -l)" = 3 ] || { echo "FAIL: the replicas do not have 3 distinct ports: ${ports[*]}"; exit 1; }
consumers=$($lg/amqp-admin consumers "$queue" | grep -o '[0-9]\+' | tail -1)

$lg/js-sink --stream "$out_stream" --subject "ramq.$id.>" --count "$n" --idle 30 >"$work/sink.json" 2>"$work/sink.err" &
sink_pid=$!
t0=$(now_ms)
$lg/amqp-pub --body "$work/body.json" --count "$n" --exchange "" --routing-key "$queue" --rate "$rate" >"$work/pub.json" &
pub_pid=$!

# Kill replica 1 with -9 once it is busy and about a third of the messages are stored.
killed_at=0 victim_delivered=0
for _ in $(seq 1 600); do
  stored=$($lg/js-admin count "$out_stream" | grep -o '[0-9]\+' | tail -1)
  victim_delivered=$(metric 1 switchyard_route_delivered_total amqp-replicated)
  if [ "$stored" -ge $((n / 3)) ] && [ "$victim_delivered" -gt 0 ]; then
    kill -KILL "${pids[1]}"
    wait "${pids[1]}" 2>/dev/null || true
    killed_at=$stored
    break
  fi
  sleep 0.05
done
echo "killed replica 1 (pid ${pids[1]}) with -9 at $killed_at stored; it had delivered $victim_delivered"
unset 'pids[1]'

pub_rc=0
wait $pub_pid || pub_rc=$?
echo "published: $(cat "$work/pub.json")"
sink_rc=0
wait $sink_pid || sink_rc=$?
t1=$(now_ms)
echo "sink: $(cat "$work/sink.json")"

# The queue drained (ready messages; the sink check above already proved the rest arrived).
for _ in $(seq 1 200); do
  left=$($lg/amqp-admin count "$queue" | grep -o '[0-9]\+' | tail -1)
  [ "$left" = 0 ] && break
  sleep 0.1
done
sleep 1
stored=$($lg/js-admin count "$out_stream" | grep -o '[0-9]\+' | tail -1)
d0=$(metric 0 switchyard_route_delivered_total amqp-replicated)
d2=$(metric 2 switchyard_route_delivered_total amqp-replicated)
echo "delivered: replica 0 $d0, replica 1 $victim_delivered (before its kill), replica 2 $d2; sink stream holds $stored"

fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }
distinct=$(jq -r .distinct "$work/sink.json" 2>/dev/null || echo -1)
duplicates=$(jq -r .duplicates "$work/sink.json" 2>/dev/null || echo -1)
check "3 consumers on the queue before the kill" '[ "$consumers" = 3 ]'
check "publisher confirmed $n (exit $pub_rc)" '[ "$pub_rc" = 0 ] && [ "$(jq -r .confirmed "$work/pub.json")" = "$n" ]'
check "the kill happened mid-load" '[ "$killed_at" -gt 0 ] && [ "$killed_at" -lt "$n" ]'
check "sink saw every one of $n messages (js-sink exit $sink_rc)" '[ "$sink_rc" = 0 ] && [ "$distinct" = "$n" ]'
check "sink saw no duplicate" '[ "$duplicates" = 0 ]'
check "sink stream holds exactly $n messages" '[ "$stored" = "$n" ]'
check "queue drained" '[ "$left" = 0 ]'
check "each replica delivered a share" '[ "$d0" -gt 0 ] && [ "$victim_delivered" -gt 0 ] && [ "$d2" -gt 0 ]'
# (No check that the replicas' counters add up to n: the victim's counter is read before the kill, so what it
# delivered between that read and its death is counted nowhere but at the sink, which is checked above.)
secs=$(awk -v ms=$((t1 - t0)) 'BEGIN { printf "%.2f", ms / 1000 }')
echo "RESULT replicas-amqp: 3 replicas (one killed -9 at $killed_at/$n), $n messages AMQP -> JetStream in ${secs}s at publish rate $rate msg/s"
if [ $fail -ne 0 ]; then
  for i in 0 1 2; do echo "--- replica $i log (last lines)"; tail -15 "$work/replica-$i.log"; done
  exit 1
fi
