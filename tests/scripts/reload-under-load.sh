#!/usr/bin/env bash
# Zero-loss hot reload and failure handling under real load (issue 8), through the built `switchyard run` on the
# real brokers, loaded and counted by the C tools of benchmarks/loadgen:
#   1. AMQP → waba_to_wars + e164_validate/jid_normalise/dedup → JetStream at RELOAD_RATE msg/s, RELOAD_COUNT
#      reloads (POST /api/v1/reload and SIGHUP alternating, two valid route files alternating, an invalid one every
#      tenth): every seq arrives once, the invalid ones leave the route running; swap times from the log.
#   2. wrk against a webhook route while it reloads RELOAD_WRK_RELOADS times: no socket error, no non-2xx.
#   3. kill -9 of switchyard, nats-server restarted, rabbitmq-server restarted, all during the load: none lost.
#   4. Poison messages: unparsable JSON and a plugin rejection go straight to the dead letter (one attempt);
#      without a dead letter they are rejected at the source (AMQP → the queue's DLX; JetStream → TERM).
# Needs the brokers' env as scripts/test.sh exports it (NATS_URL, AMQP_URL, SWITCHYARD_NATS_HTTP_PORT,
# SWITCHYARD_BROKERS_SH and the SWITCHYARD_* ports: restarting a broker uses them). Figures go to stdout (and to
# RELOAD_FIGURES, a file, when set). About 3-4 minutes with the defaults.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH

rate=${RELOAD_RATE:-2000}                 # msg/s of the AMQP load (phases 1 and 3)
reload_count=${RELOAD_COUNT:-100}         # reloads in phase 1
segment=${RELOAD_SEGMENT:-10000}          # messages per publisher run in phase 1 (runs repeat until the reloads end)
reload_spacing=${RELOAD_SPACING:-0.2}     # seconds from one reload's start to the next (phase 1), at least
wrk_seconds=${RELOAD_WRK_SECONDS:-20}
wrk_reloads=${RELOAD_WRK_RELOADS:-20}
crash_count=${RELOAD_CRASH_COUNT:-24000}  # phase 3, first run at $rate (kill -9, then the NATS restart, inside it)
burst_count=${RELOAD_BURST_COUNT:-15000}  # phase 3, published as fast as possible before the RabbitMQ restart

fail() {
  echo "FAIL: $*" >&2
  if [ -n "${sy_log:-}" ] && [ -s "$sy_log" ]; then
    echo "--- last lines of $sy_log" >&2
    tail -n 30 "$sy_log" >&2
  fi
  exit 1
}
step() { echo "-- $*"; }
figure() { echo "FIGURE: $*"; [ -z "${RELOAD_FIGURES:-}" ] || echo "$*" >>"$RELOAD_FIGURES"; }

for v in NATS_URL AMQP_URL SWITCHYARD_NATS_HTTP_PORT SWITCHYARD_BROKERS_SH; do
  [ -n "${!v:-}" ] || fail "$v is not set: run through scripts/test.sh, or export the brokers' env first: eval \"\$(scripts/brokers.sh env)\"; export SWITCHYARD_BROKERS_SH=\$PWD/scripts/brokers.sh (with the same SWITCHYARD_* port variables)"
done
command -v wrk >/dev/null || fail "wrk is not installed (scripts/install-deps.sh)"

lg=$repo/benchmarks/loadgen/bin
make -s -C benchmarks/loadgen >/dev/null || fail "cannot build benchmarks/loadgen"
build_out=$(swift build --product switchyard 2>&1) || fail "swift build failed: $build_out"
bin="$(swift build --show-bin-path)/switchyard"
driver=(python3 "$repo/tests/scripts/reload_driver.py")

"$lg/amqp-admin" count amq.rabbitmq.nonexistent-check >/dev/null 2>&1 || true
"$lg/js-admin" count RL_PING_NONEXISTENT >/dev/null 2>&1 || true
nats_ok() { curl -fsS -m 3 -o /dev/null "http://127.0.0.1:$SWITCHYARD_NATS_HTTP_PORT/healthz?js-enabled-only=true"; }
nats_ok || fail "NATS (monitoring port $SWITCHYARD_NATS_HTTP_PORT) is not reachable: start it with scripts/brokers.sh start nats (same env)"
id=$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')
probe_q=rl.$id.probe
"$lg/amqp-admin" declare-queue "$probe_q" delete-queue "$probe_q" >/dev/null 2>&1 ||
  fail "RabbitMQ at $AMQP_URL is not reachable: start it with scripts/brokers.sh start rabbitmq (same env)"

tmp=$(mktemp -d)
sy_log=$tmp/switchyard.log
sy_pid=
bg_pids=()
q_load=rl.$id.load q_crash=rl.$id.crash q_dl=rl.$id.poison-dl q_rej=rl.$id.poison-reject q_rej_dlx=rl.$id.poison-reject.dlx
s_load=RL_${id}_LOAD s_crash=RL_${id}_CRASH s_poison=RL_${id}_POISON s_in=RL_${id}_IN
cleanup() {
  local p
  for p in "${bg_pids[@]}" $sy_pid; do kill "$p" 2>/dev/null || true; done
  for p in "${bg_pids[@]}" $sy_pid; do wait "$p" 2>/dev/null || true; done
  "$lg/amqp-admin" delete-queue "$q_load" delete-queue "$q_crash" delete-queue "$q_dl" delete-queue "$q_rej" \
    delete-queue "$q_rej_dlx" >/dev/null 2>&1 || true
  for s in "$s_load" "$s_crash" "$s_poison" "$s_in"; do "$lg/js-admin" delete-stream "$s" >/dev/null 2>&1 || true; done
  if [ -n "${RELOAD_KEEP_TMP:-}" ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

listen=${SWITCHYARD_LISTEN:-127.0.0.1:8080}
host=${listen%:*}
port=$("${driver[@]}" free-port "$host" "${listen##*:}")
base=http://$host:$port

# ------------------------------------------------------------------------------------------------------ configs
# The body: the WABA SEND_FREETEXT command of benchmarks/payloads, with seq and ts_ns also inside the text, the one
# field waba_to_wars carries over (escaped, which js-sink's scanner reads).
sed 's/"text":"/"text":"[\\"seq\\":{seq},\\"ts_ns\\":{ts_ns}] /' benchmarks/payloads/waba-outbound.json >"$tmp/body.json"
grep -q '\\"seq\\":{seq}' "$tmp/body.json" || fail "could not put seq into the text of the payload"

mkdir -p "$tmp/routes" "$tmp/variants"
cat >"$tmp/switchyard.yaml" <<EOF
connections:
  nats: { url: "\${NATS_URL}" }
  rabbit:
    url: "\${AMQP_URL}"
    queues:
      - { name: $q_load }
      - { name: $q_crash }
      - { name: $q_dl }
      - { name: $q_rej, arguments: { x-dead-letter-exchange: "", x-dead-letter-routing-key: $q_rej_dlx } }
      - { name: $q_rej_dlx }
http:
  listen: "127.0.0.1:8080"   # SWITCHYARD_LISTEN overrides it
settings:
  drain_timeout: 10s
include:
  - routes/*.yaml
EOF

# WABA command → WA-RS command, as the outbound route of docs/examples-draft/waba-wars-bridge. $1 route, $2 queue,
# $3 subject prefix, $4 e164 mode, $5 dedup window.
outbound_route() {
  cat <<EOF
  - name: $1
    from:
      amqp: { connection: rabbit, queue: $2, prefetch: 256 }
    steps:
      - e164_validate: { fields: [to], mode: $4 }
      - waba_to_wars:
          sessions: { "+255700000000": shop-1, "+255700000001": nexgate-otp }
      - jid_normalise: { fields: [to], to: digits }
      - dedup: { key: "{request_id}", window: $5 }
    to:
      # msg_id defaults to the message id, the request_id: JetStream drops a redelivered command's copy.
      - nats: { connection: nats, subject: "$3.{\$meta.session}", jetstream: true }
    on_error:
      retry: { attempts: 50, delay: 200ms, multiplier: 2, max_delay: 2s }
EOF
}
{ echo "routes:"; outbound_route rl-load "$q_load" "rl.$id.load" strict 10m; } >"$tmp/variants/load-a.yaml"
{ echo "routes:"; outbound_route rl-load "$q_load" "rl.$id.load" strict 15m; } >"$tmp/variants/load-b.yaml"
# Invalid: an unknown e164_validate mode (a ConfigError with its key path and file:line:column).
{ echo "routes:"; outbound_route rl-load "$q_load" "rl.$id.load" strictest 10m; } >"$tmp/variants/load-bad.yaml"
cp "$tmp/variants/load-a.yaml" "$tmp/routes/load.yaml"
{ echo "routes:"; outbound_route rl-crash "$q_crash" "rl.$id.crash" strict 10m; } >"$tmp/routes/crash.yaml"

hook_route() {  # $1: jid_normalise target form
  cat <<EOF
routes:
  - name: rl-hook
    from:
      webhook: { path: /rl-$id/events }
    steps:
      - jid_normalise: { fields: [payload.from], to: $1, on_invalid: pass }
    to:
      - memory: { queue: rl-hook-$id }
EOF
}
hook_route e164 >"$tmp/variants/hook-a.yaml"
hook_route digits >"$tmp/variants/hook-b.yaml"
hook_route fax >"$tmp/variants/hook-bad.yaml"
cp "$tmp/variants/hook-a.yaml" "$tmp/routes/hook.yaml"

cat >"$tmp/routes/poison.yaml" <<EOF
routes:
  # With a dead letter: a poison message goes there at its first delivery, no retry loop.
  - name: rl-poison-dl
    from: { amqp: { connection: rabbit, queue: $q_dl } }
    steps:
      - waba_to_wars: { sessions: { "+255700000000": shop-1 } }
    to:
      - nats: { connection: nats, subject: "rl.$id.in.{\$meta.session}", jetstream: true }
    on_error:
      retry: { attempts: 5, delay: 200ms }
      dead_letter:
        file: { path: $tmp/dead.jsonl, metadata: true }
  # Without one: rejected at the source, so the queue's own x-dead-letter-exchange takes it.
  - name: rl-poison-reject
    from: { amqp: { connection: rabbit, queue: $q_rej } }
    steps:
      - waba_to_wars: { sessions: { "+255700000000": shop-1 } }
    to:
      - nats: { connection: nats, subject: "rl.$id.in.{\$meta.session}", jetstream: true }
    on_error:
      retry: { attempts: 5, delay: 200ms }
  # JetStream source without a dead letter: TERM, never redelivered.
  - name: rl-poison-js
    from:
      jetstream: { connection: nats, stream: $s_poison, durable: rl-poison, ack_wait: 2s }
    steps:
      - waba_to_wars: { sessions: { "+255700000000": shop-1 } }
    to:
      - memory: { queue: rl-poison-js-$id }
EOF

"$lg/js-admin" add-stream "$s_load" "rl.$id.load.>" workqueue add-stream "$s_crash" "rl.$id.crash.>" workqueue \
  add-stream "$s_poison" "rl.$id.poison.>" workqueue add-stream "$s_in" "rl.$id.in.>" workqueue >/dev/null ||
  fail "cannot create the streams"

start_switchyard() {
  SWITCHYARD_LISTEN=$host:$port "$bin" run --config "$tmp/switchyard.yaml" >>"$sy_log" 2>&1 &
  sy_pid=$!
  "${driver[@]}" wait-ready "$base" "$sy_pid" 90 || fail "switchyard did not become ready"
}
stop_switchyard() {  # SIGTERM: drains; then the pid is gone
  kill -TERM "$sy_pid" 2>/dev/null || true
  wait "$sy_pid" 2>/dev/null || true
  sy_pid=
}
route_counter() {  # $1 route, $2 counter
  curl -fsS -m 5 "$base/api/v1/routes" | python3 -c "
import json, sys
doc = json.load(sys.stdin)
print(next((r['counters'].get('$2', 0) for r in doc['routes'] if r['name'] == '$1'), 0))"
}
json_field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])['$2'])" "$1"; }
pub() {  # $1 queue, then amqp-pub options; prints its JSON line, fails unless every message was confirmed
  local q=$1 out; shift
  out=$("$lg/amqp-pub" --body "$tmp/body.json" --routing-key "$q" "$@") || fail "amqp-pub to $q: $out"
  echo "$out"
}

step "the translation keeps seq readable for js-sink"
printf '%s\n' "$(sed 's/{seq}/7/g; s/{ts_ns}/1/g' "$tmp/body.json")" >"$tmp/one.json"
"$bin" apply waba_to_wars --set sessions.+255700000000=shop-1 "$tmp/one.json" >"$tmp/one.out" || fail "waba_to_wars refused the payload"
grep -q '\\"seq\\":7' "$tmp/one.out" || fail "seq did not survive the translation: $(cat "$tmp/one.out")"

step "start switchyard on $base"
start_switchyard

# ---------------------------------------------------------------------------------------------------- phase 1
step "phase 1: $reload_count reloads while AMQP → JetStream runs at $rate msg/s"
"$lg/js-sink" --stream "$s_load" --subject "rl.$id.load.>" --count 2000000 --idle 10 >"$tmp/sink1.json" 2>"$tmp/sink1.err" &
sink1=$!
bg_pids+=("$sink1")
: >"$tmp/pub1.jsonl"
(
  next=1
  while [ ! -e "$tmp/reloads.done" ]; do
    "$lg/amqp-pub" --body "$tmp/body.json" --routing-key "$q_load" --rate "$rate" --count "$segment" --first-seq "$next" \
      >>"$tmp/pub1.jsonl" 2>>"$tmp/pub1.err" || { echo failed >"$tmp/pub1.failed"; break; }
    next=$((next + segment))
  done
  echo $((next - 1)) >"$tmp/pub1.total"
) &
pub1=$!
bg_pids+=("$pub1")
# Load flowing end to end before the first reload.
for _ in $(seq 1 300); do [ "$(route_counter rl-load delivered)" -gt 0 ] && break; sleep 0.1; done
[ "$(route_counter rl-load delivered)" -gt 0 ] || fail "nothing delivered by rl-load after 30s"
reload_rc=0
"${driver[@]}" reloads --base "$base" --pid "$sy_pid" --count "$reload_count" --route rl-load \
  --target "$tmp/routes/load.yaml" --valid "$tmp/variants/load-a.yaml,$tmp/variants/load-b.yaml" \
  --invalid "$tmp/variants/load-bad.yaml" --spacing "$reload_spacing" --unchanged rl-hook,rl-crash \
  >"$tmp/reloads1.json" || reload_rc=$?
touch "$tmp/reloads.done"
wait "$pub1" || true
[ ! -e "$tmp/pub1.failed" ] || fail "a publisher run failed: $(cat "$tmp/pub1.err")"
[ "$reload_rc" -eq 0 ] || fail "reload checks failed (above)"
total1=$(cat "$tmp/pub1.total")
wait "$sink1" || true  # exits after 10s without messages; its counts are checked below
sink1_out=$(cat "$tmp/sink1.json")
[ -n "$sink1_out" ] || fail "js-sink printed nothing: $(cat "$tmp/sink1.err")"
distinct=$(json_field "$sink1_out" distinct) dups=$(json_field "$sink1_out" duplicates)
echo "published $total1, js-sink: $sink1_out"
[ "$distinct" -eq "$total1" ] || fail "phase 1: $((total1 - distinct)) of $total1 messages missing at the sink"
[ "$dups" -eq 0 ] || fail "phase 1: $dups duplicates reached the sink (Nats-Msg-Id should drop them)"
[ "$(json_field "$sink1_out" unparsed)" -eq 0 ] || fail "phase 1: unparsed messages at the sink"
left=$("$lg/amqp-admin" count "$q_load")
[ "$left" -eq 0 ] || fail "phase 1: $left messages left in $q_load"
pub_rate=$(python3 -c "import json; r=[json.loads(l) for l in open('$tmp/pub1.jsonl')]; print(round(sum(x['confirmed'] for x in r)/sum(x['seconds'] for x in r)))")
swaps=$("${driver[@]}" swap-times "$sy_log")
figure "phase 1: $(cat "$tmp/reloads1.json") under $pub_rate msg/s published ($total1 messages); sink: distinct $distinct, duplicates $dups, missing 0, p50 $(json_field "$sink1_out" lat_p50_us) us, p99 $(json_field "$sink1_out" lat_p99_us) us, max $(json_field "$sink1_out" lat_max_us) us; swap times $swaps"

# ---------------------------------------------------------------------------------------------------- phase 2
step "phase 2: wrk on the webhook route for ${wrk_seconds}s with $wrk_reloads reloads"
wrk -t2 -c16 -d"${wrk_seconds}s" -s benchmarks/wrk/post-event.lua "$base/rl-$id/events" >"$tmp/wrk.out" 2>&1 &
wrk_pid=$!
bg_pids+=("$wrk_pid")
sleep 1  # wrk's connections are open and busy (wrk has no readiness signal; the reloads below are spread anyway)
spacing2=$(python3 -c "print(max(0.05, ($wrk_seconds - 3) / $wrk_reloads))")
"${driver[@]}" reloads --base "$base" --pid "$sy_pid" --count "$wrk_reloads" --route rl-hook \
  --target "$tmp/routes/hook.yaml" --valid "$tmp/variants/hook-a.yaml,$tmp/variants/hook-b.yaml" \
  --invalid "$tmp/variants/hook-bad.yaml" --spacing "$spacing2" --unchanged rl-load,rl-crash >"$tmp/reloads2.json" ||
  fail "webhook reload checks failed (above)"
wait "$wrk_pid" || fail "wrk failed: $(cat "$tmp/wrk.out")"
requests=$("${driver[@]}" wrk-errors "$tmp/wrk.out") || fail "wrk saw errors during the reloads"
figure "phase 2: $(cat "$tmp/reloads2.json"); wrk -t2 -c16 ${wrk_seconds}s: $requests requests, $(grep -o 'Requests/sec: *[0-9.]*' "$tmp/wrk.out" | tr -s ' '), 0 socket errors, 0 non-2xx"

# ---------------------------------------------------------------------------------------------------- phase 3
step "phase 3: kill -9 of switchyard, then a NATS restart, during $crash_count messages at $rate msg/s"
pub "$q_crash" --rate "$rate" --count "$crash_count" >"$tmp/pub3.json" 2>"$tmp/pub3.err" &
pub3=$!
bg_pids+=("$pub3")
for _ in $(seq 1 300); do [ "$(route_counter rl-crash delivered)" -gt 1000 ] && break; sleep 0.1; done
delivered_before=$(route_counter rl-crash delivered)
kill -KILL "$sy_pid"
wait "$sy_pid" 2>/dev/null || true
echo "killed switchyard (-9) after $delivered_before delivered; restarting"
start_switchyard
for _ in $(seq 1 300); do [ "$(route_counter rl-crash delivered)" -gt 1000 ] && break; sleep 0.1; done
echo "restarting nats-server"
"$SWITCHYARD_BROKERS_SH" restart nats >"$tmp/nats-restart.log" 2>&1 || fail "nats restart: $(cat "$tmp/nats-restart.log")"
wait "$pub3" || fail "amqp-pub (phase 3): $(cat "$tmp/pub3.err")"
[ "$(python3 -c "import json; print(json.load(open('$tmp/pub3.json'))['confirmed'])")" -eq "$crash_count" ] || fail "phase 3 publisher: $(cat "$tmp/pub3.json")"

step "phase 3: RabbitMQ restart while the route works through a backlog"
pub "$q_crash" --count "$burst_count" --first-seq $((crash_count + 1)) >"$tmp/pub3b.json"
backlog=$("$lg/amqp-admin" count "$q_crash")
echo "backlog in $q_crash: $backlog; restarting rabbitmq-server"
t0=$EPOCHREALTIME
"$SWITCHYARD_BROKERS_SH" restart rabbitmq >"$tmp/rabbit-restart.log" 2>&1 || fail "rabbitmq restart: $(cat "$tmp/rabbit-restart.log")"
rabbit_restart_s=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
grep -q "sending KILL" "$tmp/rabbit-restart.log" && fail "brokers.sh had to KILL rabbitmq: $(cat "$tmp/rabbit-restart.log")"
after_count=$((crash_count + burst_count + 1))
pub "$q_crash" --rate "$rate" --count 4000 --first-seq "$after_count" >"$tmp/pub3c.json"
total3=$((crash_count + burst_count + 4000))
"$lg/js-sink" --stream "$s_crash" --subject "rl.$id.crash.>" --count "$total3" --idle 30 >"$tmp/sink3.json" 2>"$tmp/sink3.err" || true
sink3_out=$(cat "$tmp/sink3.json")
[ -n "$sink3_out" ] || fail "js-sink printed nothing: $(cat "$tmp/sink3.err")"
echo "published $total3, js-sink: $sink3_out"
distinct3=$(json_field "$sink3_out" distinct)
[ "$distinct3" -eq "$total3" ] || fail "phase 3: $((total3 - distinct3)) of $total3 messages lost (kill -9 / NATS / RabbitMQ restart)"
extra=$("$lg/js-admin" count "$s_crash")
[ "$extra" -eq 0 ] || fail "phase 3: $extra extra copies in $s_crash after the sink took every seq once"
[ "$(json_field "$sink3_out" duplicates)" -eq 0 ] || fail "phase 3: duplicates at the sink: $sink3_out"
figure "phase 3: kill -9 + restart of switchyard, nats-server restart, rabbitmq-server restart (${rabbit_restart_s}s, backlog $backlog) during $total3 messages: distinct $distinct3, missing 0, duplicates 0"

# ---------------------------------------------------------------------------------------------------- phase 4
step "phase 4: poison messages"
"${driver[@]}" wait-ready "$base" "$sy_pid" 60
good='{"type":"SEND_FREETEXT","messageType":"TEXT","wabaNumber":"+255700000000","to":"+255712345678","text":"ok"}'
unknown='{"type":"SEND_FREETEXT","messageType":"TEXT","wabaNumber":"+255799999999","to":"+255712345678","text":"x"}'
printf '%s' 'this is {not JSON' >"$tmp/poison-text"
printf '%s' "$unknown" >"$tmp/poison-unknown"
printf '%s' "$good" >"$tmp/good"
for q in "$q_dl" "$q_rej"; do
  # A good command per queue, each its own text: the same body twice would be one request_id, one Nats-Msg-Id.
  printf '%s' "${good/\"ok\"/\"ok $q\"}" >"$tmp/good-$q"
  for f in poison-text poison-unknown "good-$q"; do
    "$lg/amqp-pub" --body "$tmp/$f" --routing-key "$q" --count 1 >/dev/null || fail "publish $f to $q"
  done
done
"$lg/js-pub" --subject "rl.$id.poison.x" --body "$tmp/poison-text" --count 1 >/dev/null || fail "js-pub"
"$lg/js-pub" --subject "rl.$id.poison.x" --body "$tmp/good" --count 1 >/dev/null || fail "js-pub"
deadline=$((SECONDS + 30))
until [ "$(wc -l <"$tmp/dead.jsonl" 2>/dev/null || echo 0)" -ge 2 ] && [ "$("$lg/amqp-admin" count "$q_rej_dlx")" -ge 2 ] &&
  [ "$("$lg/js-admin" count "$s_in")" -ge 2 ] && [ "$(route_counter rl-poison-js rejected)" -ge 1 ]; do
  [ $SECONDS -lt $deadline ] || fail "phase 4: poison messages not settled after 30s (dead letters $(wc -l <"$tmp/dead.jsonl" 2>/dev/null), DLX $("$lg/amqp-admin" count "$q_rej_dlx"), stream $("$lg/js-admin" count "$s_in"))"
  sleep 0.2
done
sleep 3  # longer than ack_wait (2s): a JetStream message that was not TERMed would be redelivered by now
python3 - "$tmp/dead.jsonl" <<'PY' || fail "phase 4: dead letters wrong"
import json, sys
letters = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
assert len(letters) == 2, letters
for l in letters:
    m = l["metadata"]
    assert m["attempts"] == "1", m                  # straight to the dead letter: no retry loop
    assert m["route"] == "rl-poison-dl", m
    assert "delivery_tag" in m or "source_position" in m, m
errors = sorted(l["metadata"]["error"] for l in letters)
assert any("body is not JSON" in e for e in errors), errors
assert any("no WA-RS session for +255799999999" in e for e in errors), errors
PY
[ "$("$lg/amqp-admin" count "$q_rej_dlx")" -eq 2 ] || fail "phase 4: the queue's DLX holds $("$lg/amqp-admin" count "$q_rej_dlx"), wanted 2"
for q in "$q_dl" "$q_rej"; do [ "$("$lg/amqp-admin" count "$q")" -eq 0 ] || fail "phase 4: $q not empty"; done
[ "$("$lg/js-admin" count "$s_in")" -eq 2 ] || fail "phase 4: the two good commands did not both reach $s_in"
[ "$(route_counter rl-poison-reject retried)" -eq 0 ] && [ "$(route_counter rl-poison-dl retried)" -eq 0 ] ||
  fail "phase 4: a poison message was retried"
[ "$(route_counter rl-poison-js rejected)" -eq 1 ] || fail "phase 4: JetStream poison rejected $(route_counter rl-poison-js rejected) times, wanted once"
[ "$("$lg/js-admin" count "$s_poison")" -eq 0 ] || fail "phase 4: the JetStream poison message is still in its stream (not TERMed)"
grep -q 'msg="rejected at the source (no dead letter configured)".*route=rl-poison-reject' "$sy_log" ||
  fail "phase 4: the AMQP rejection was not logged"
echo "poison: 2 dead-lettered at attempt 1, 2 rejected to the queue's DLX, JetStream poison TERMed once"

stop_switchyard
echo "OK: reload under load, webhook reloads, kill -9 and broker restarts, poison messages"
