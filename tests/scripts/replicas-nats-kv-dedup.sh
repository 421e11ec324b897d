#!/usr/bin/env bash
# Three `switchyard run` replicas on ONE durable JetStream consumer, with `dedup` `store: nats_kv` sharing one
# KV bucket. Input: N distinct events, every 10th published twice (same body and event id, Nats-Msg-Id "<seq>-dup"
# so the input stream keeps both). Sink: a JetStream stream whose Nats-Msg-Id is the input's (so a copy that got
# through dedup would be stored, not hidden by the sink's duplicate window).
# Checks: every distinct event stored exactly once (js-sink: distinct == N, duplicates == 0, and the sink stream holds
# exactly N messages after all input is settled), the replicas dropped N/10 duplicates between them, and each replica
# delivered a share (its /metrics). Bad input: a dedup nats_kv config without a connection fails validation.
# With REPLICAS_KILL=1, replica 1 is killed with -9 once a third is stored (ack_wait 5s so its unacked messages come
# back soon): still every distinct event stored exactly once (its redeliveries carry the input's Nats-Msg-Id, and the
# reservations it held are taken over by the redelivered message itself).
# Env: the brokers of scripts/brokers.sh env (NATS_URL, SWITCHYARD_NATS_HTTP_PORT); REPLICAS_N (20000), REPLICAS_KILL (0).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
. tests/scripts/lib/replicas.sh
replicas_check_env

n=${REPLICAS_N:-20000}
dups=$((n / 10))
kill_one=${REPLICAS_KILL:-0}
ack_wait=30s
[ "$kill_one" = 1 ] && ack_wait=5s
swift build --product switchyard >/dev/null 2>&1 || { echo "swift build failed" >&2; exit 1; }
bin="$(swift build --show-bin-path 2>/dev/null)/switchyard"
make -s -C benchmarks/loadgen >/dev/null
lg=benchmarks/loadgen/bin
work=$(mktemp -d)
id=$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')
in_stream="RIN_$id" out_stream="ROUT_$id" bucket="rdedup_$id"
cleanup() {
  stop_replicas
  $lg/js-admin delete-stream "$in_stream" delete-stream "$out_stream" delete-stream "KV_$bucket" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

$lg/js-admin add-stream "$in_stream" "rin.$id.>" limits add-stream "$out_stream" "rout.$id.>" limits >/dev/null

cat >"$work/switchyard.yaml" <<EOF
connections:
  nats:
    type: nats
    url: "\${NATS_URL}"
settings: { drain_timeout: 5s, log_level: info }
routes:
  - name: replicated
    from:
      jetstream: { connection: nats, stream: $in_stream, durable: replicas, batch: 128, ack_wait: $ack_wait }
    steps:
      - dedup: { key: "{event_id}", store: nats_kv, connection: nats, bucket: $bucket, window: 10m, retry_in_flight_after: 200ms }
    to:
      - nats: { connection: nats, jetstream: true, subject: "rout.$id.events", ack_timeout: 5s }
    on_error:
      retry: { delay: 200ms, max_delay: 2s }
    max_in_flight: 8
EOF

# Bad input first: nats_kv without its connection is a config error naming the key.
sed 's/store: nats_kv, connection: nats,/store: nats_kv,/' "$work/switchyard.yaml" >"$work/bad.yaml"
if "$bin" validate --config "$work/bad.yaml" >"$work/bad.out" 2>&1; then
  echo "FAIL: validate accepted dedup nats_kv without a connection"; exit 1
fi
grep -q "connection" "$work/bad.out" || { echo "FAIL: the validate error does not name 'connection':"; cat "$work/bad.out"; exit 1; }
echo "ok: dedup nats_kv without a connection is rejected: $(grep -m1 connection "$work/bad.out")"

printf '{"event_id":"evt-{seq}","seq":{seq},"ts_ns":{ts_ns},"pad":"0123456789abcdef0123456789abcdef0123456789abcdef"}' >"$work/body.json"

for i in 0 1 2; do start_replica $i "$work/switchyard.yaml"; done
for i in 0 1 2; do wait_ready $i; done
echo "replicas ready on ports ${ports[*]} (pids ${pids[*]})"
[ "$(printf '%s\n' "${ports[@]}" | sort -u | wc -l)" = 3 ] || { echo "FAIL: the replicas do not have 3 distinct ports: ${ports[*]}"; exit 1; }

$lg/js-sink --stream "$out_stream" --subject "rout.$id.>" --count "$n" --idle 30 >"$work/sink.json" 2>"$work/sink.err" &
sink_pid=$!
t0=$(now_ms)
$lg/js-pub --subject "rin.$id.events" --body "$work/body.json" --count "$n" --duplicate-every 10 --window 512 >"$work/pub.json"
echo "published: $(cat "$work/pub.json")"
victim_delivered=0 victim_dedup=0
if [ "$kill_one" = 1 ]; then
  for _ in $(seq 1 600); do
    stored=$($lg/js-admin count "$out_stream" | grep -o '[0-9]\+' | tail -1)
    victim_delivered=$(metric 1 switchyard_route_delivered_total replicated)
    victim_dedup=$(metric 1 switchyard_route_deduplicated_total replicated)
    if [ "$stored" -ge $((n / 3)) ] && [ "$victim_delivered" -gt 0 ]; then
      kill -KILL "${pids[1]}"
      wait "${pids[1]}" 2>/dev/null || true
      echo "killed replica 1 (pid ${pids[1]}) with -9 at $stored stored; it had delivered $victim_delivered"
      unset 'pids[1]'
      break
    fi
    sleep 0.05
  done
fi
sink_rc=0
wait $sink_pid || sink_rc=$?
t1=$(now_ms)
echo "sink: $(cat "$work/sink.json")"

# Everything settled: the duplicates counted dropped, every distinct event delivered (per route, summed over replicas).
# After a kill, what the victim did between its last scrape and its death is counted nowhere: there, settled means
# the survivors' counters stopped moving for 3 s.
settled=0 last="" still=0
for _ in $(seq 1 300); do
  delivered=$victim_delivered deduplicated=$victim_dedup
  for i in 0 2; do
    delivered=$((delivered + $(metric $i switchyard_route_delivered_total replicated)))
    deduplicated=$((deduplicated + $(metric $i switchyard_route_deduplicated_total replicated)))
  done
  [ "$kill_one" = 1 ] || delivered=$((delivered + $(metric 1 switchyard_route_delivered_total replicated)))
  [ "$kill_one" = 1 ] || deduplicated=$((deduplicated + $(metric 1 switchyard_route_deduplicated_total replicated)))
  if [ "$kill_one" = 1 ]; then
    if [ "$delivered/$deduplicated" = "$last" ]; then still=$((still + 1)); else still=0; last="$delivered/$deduplicated"; fi
    if [ $still -ge 15 ]; then settled=1; break; fi
  elif [ $((delivered + deduplicated)) -ge $((n + dups)) ]; then settled=1; break; fi
  sleep 0.2
done
stored=$($lg/js-admin count "$out_stream" | grep -o '[0-9]\+' | tail -1)
per=()
retried=0
for i in 0 1 2; do
  per[$i]=$(metric $i switchyard_route_delivered_total replicated)
  retried=$((retried + $(metric $i switchyard_route_retried_total replicated)))
done
[ "$kill_one" = 1 ] && per[1]=$victim_delivered
echo "delivered per replica: ${per[*]} (sum $delivered), deduplicated $deduplicated, retried (a twin in flight) $retried, sink stream holds $stored"

fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }
distinct=$(jq -r .distinct "$work/sink.json" 2>/dev/null || echo -1)
duplicates=$(jq -r .duplicates "$work/sink.json" 2>/dev/null || echo -1)
check "publisher confirmed $((n + dups)) (N + 10% duplicates)" '[ "$(jq -r .confirmed "$work/pub.json")" = "$((n + dups))" ]'
check "sink saw every one of $n distinct events (js-sink exit $sink_rc)" '[ "$sink_rc" = 0 ] && [ "$distinct" = "$n" ]'
check "sink saw no duplicate" '[ "$duplicates" = 0 ]'
check "all input settled" '[ "$settled" = 1 ]'
check "sink stream holds exactly $n messages" '[ "$stored" = "$n" ]'
if [ "$kill_one" = 1 ]; then
  check "a replica was killed mid-load" '[ "$victim_delivered" -gt 0 ] && [ "$victim_delivered" -lt "$n" ]'
else
  check "replicas delivered $n between them" '[ "$delivered" = "$n" ]'
  check "replicas dropped $dups duplicates between them" '[ "$deduplicated" = "$dups" ]'
fi
check "each of the 3 replicas delivered a share" '[ "${per[0]}" -gt 0 ] && [ "${per[1]}" -gt 0 ] && [ "${per[2]}" -gt 0 ]'
secs=$(awk -v ms=$((t1 - t0)) 'BEGIN { printf "%.2f", ms / 1000 }')
rate=$(awk -v n=$((n + dups)) -v ms=$((t1 - t0)) 'BEGIN { printf "%.0f", n * 1000 / ms }')
[ "$kill_one" = 1 ] && echo "(replica 1 killed with -9 mid-load)"
echo "RESULT replicas-nats-kv-dedup: 3 replicas, $((n + dups)) input messages ($dups duplicates) -> $n stored in ${secs}s: $rate input msg/s (publish start to last sink arrival)"
if [ $fail -ne 0 ]; then
  for i in 0 1 2; do echo "--- replica $i log (last lines)"; tail -15 "$work/replica-$i.log"; done
  exit 1
fi
