#!/usr/bin/env bash
# Switchyard's five end-to-end scenarios (issue 9), each through a release `switchyard run` of its own on the real
# brokers, loaded and counted by the C tools of benchmarks/loadgen:
#   1 AMQP q.whatsapp.outbound → e164_validate + waba_to_wars + jid_normalise + dedup → JetStream wa.send.{session}
#   2 the same route with no steps (→ wa.send.session-0, like the raw bridge)
#   3 JetStream WA_EVENTS wa.events.> → wars_to_waba + dedup → AMQP whatsapp.exchange → q.whatsapp.inbound
#   4 Meta webhook POST, X-Hub-Signature-256 checked → meta_to_waba → AMQP whatsapp.exchange, 200 after the confirm
#   5 WA-RS webhook POST, X-Webhook-Signature checked → JetStream wa.events.{session_id}.{event}, 200 after PubAck
# The configs are benchmarks/scenarios/s*.yaml. For 1–3: "live" (closed-loop publisher, Switchyard and the sink at
# once), "drain" (queue/stream preloaded with N, then Switchyard started) and open loop at each of
# BENCH_LAT_RATES msg/s for latency; 1 and 2 also drain in BENCH_PAIRS (3) interleaved pairs with the raw C
# bridge, rated alike at the sink, whose median ratio is the drain figure the VM's drift does not swing. For 4–5: http-pub closed loop (distinct signed bodies, counted at the queue/
# stream), wrk for BENCH_WRK_SECONDS (one body), and http-pub open loop at half of wrk's rate for latency.
# Every run has its own switchyard process: its CPU (utime+stime from /proc/<pid>/stat, from ready to the end of
# the run; for a drain from the process start) per message and its peak RSS (VmHWM) are that run's alone.
#
#   benchmarks/scenarios.sh [N]          (default 50000, or BENCH_N)
#
# With BENCH_RAW_DIR (the JSON lines physical-limit.sh keeps with LOADGEN_KEEP_JSON) and BENCH_PEER_JSON (the
# python peer's, PEER_KEEP_JSON) it writes every figure beside those references as ratios. scripts/bench runs all
# of them in one go; this script alone needs the brokers of scripts/brokers.sh (it starts them when they are down).
# BENCH_SCENARIOS picks some ("1 3"; default all). Writes benchmarks/results/scenarios.md (BENCH_RESULTS).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
n=${1:-${BENCH_N:-50000}}
lat_rates=${BENCH_LAT_RATES:-2000 5000}
http_n=${BENCH_HTTP_N:-$n}
http_conns=${BENCH_HTTP_CONNECTIONS:-64}
wrk_seconds=${BENCH_WRK_SECONDS:-10}
wrk_conns=${BENCH_WRK_CONNECTIONS:-64}
wrk_threads=${BENCH_WRK_THREADS:-1}
window=${LOADGEN_WINDOW:-512}
pairs=${BENCH_PAIRS:-3}
export BENCH_PREFETCH=${BENCH_PREFETCH:-1000} BENCH_WINDOW=$window
raw_dir=${BENCH_RAW_DIR:-}
peer_json=${BENCH_PEER_JSON:-}
out=${BENCH_RESULTS:-$repo/benchmarks/results/scenarios.md}
lg=$repo/benchmarks/loadgen/bin
payloads=$repo/benchmarks/payloads
brokers=$repo/scripts/brokers.sh
cmdline="benchmarks/scenarios.sh${*:+ $*}"
port=${BENCH_PORT:-18980}
base=http://127.0.0.1:$port

fail() { echo "scenarios: FAIL: $*" >&2; exit 1; }

if [ -z "${SWITCHYARD_BIN:-}" ]; then
  swift build -c release --product switchyard >/dev/null || fail "swift build -c release failed"
  SWITCHYARD_BIN="$(swift build -c release --show-bin-path)/switchyard"
fi
command -v wrk >/dev/null || fail "wrk is not installed (scripts/install-deps.sh)"

started=0
if ! bash "$brokers" status >/dev/null 2>&1; then bash "$brokers" start; started=1; fi
work=$(mktemp -d)
sy_pid=""
bg=()
cleanup() {
  local p
  for p in "${bg[@]}" $sy_pid; do kill "$p" 2>/dev/null || true; done
  for p in "${bg[@]}" $sy_pid; do wait "$p" 2>/dev/null || true; done
  if [ -n "${BENCH_KEEP_TMP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
  if [ "$started" = 1 ]; then bash "$brokers" stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
eval "$(bash "$brokers" env)"
export NATS_URL AMQP_URL
make -s -C benchmarks/loadgen
# shellcheck source=lib/same-brokers.sh
. "$repo/benchmarks/lib/same-brokers.sh"
require_same_brokers "$repo"

export BENCH_DEAD_LETTERS=$work/dead-letters.jsonl
export BENCH_META_SECRET=bench-meta-app-secret BENCH_WARS_SECRET=bench-wars-webhook-secret
hz=$(getconf CLK_TCK)

# shellcheck source=lib/measure.sh
. "$repo/benchmarks/lib/measure.sh"
status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }

# Bodies: the payload files with seq and ts_ns also inside the text, the one field the translations carry over
# (escaped there, which the sinks' scanner reads).
sed 's/"text":"/"text":"[\\"seq\\":{seq},\\"ts_ns\\":{ts_ns}] /' "$payloads/waba-outbound.json" >"$work/waba-traced.json"
sed 's/"text":"/"text":"[\\"seq\\":{seq},\\"ts_ns\\":{ts_ns}] /' "$payloads/wars-message.json" >"$work/wars-traced.json"
for f in waba-traced wars-traced; do grep -q '\\"seq\\":{seq}' "$work/$f.json" || fail "no seq in the text of $f"; done
# shellcheck source=lib/wrk-script.sh
. "$repo/benchmarks/lib/wrk-script.sh"

reset() {
  "$lg/js-admin" recreate-stream WA_SEND 'wa.send.>' workqueue recreate-stream WA_EVENTS 'wa.events.>' limits >/dev/null
  "$lg/amqp-admin" declare-exchange whatsapp.exchange topic \
    declare-queue q.whatsapp.outbound bind q.whatsapp.outbound whatsapp.exchange whatsapp.outbound.message \
    declare-queue q.whatsapp.inbound bind q.whatsapp.inbound whatsapp.exchange 'whatsapp.inbound.#' \
    purge q.whatsapp.outbound purge q.whatsapp.inbound >/dev/null
  : >"$BENCH_DEAD_LETTERS"
}

# start_sy CONFIG [from-start]: a switchyard of its own for one run; ready when /readyz answers 200 (every source started).
start_sy() {
  local t0=$EPOCHREALTIME
  SWITCHYARD_LISTEN=127.0.0.1:$port "$SWITCHYARD_BIN" run --config "$1" >"$work/sy.log" 2>&1 &
  sy_pid=$!
  local tries=0
  until curl -fsS -m 1 -o /dev/null "$base/readyz" 2>/dev/null; do
    kill -0 "$sy_pid" 2>/dev/null || fail "switchyard exited at start: $(tail -5 "$work/sy.log")"
    tries=$((tries + 1)); [ "$tries" -lt 3000 ] || fail "switchyard not ready after 30 s: $(tail -5 "$work/sy.log")"
    sleep 0.01
  done
  # A drain starts consuming before /readyz answers: its CPU counts from the process start (start-up included,
  # as the raw bridge's own figure includes its start).
  if [ "${2:-}" = from-start ]; then sy_ticks0=0; else sy_ticks0=$(cpu_ticks "$sy_pid"); fi
  sy_ready_ms=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
  sy_rss_ready=$(status_kb "$sy_pid" VmRSS)
}
# stop_sy COUNT: CPU per message over the run, peak RSS; then SIGTERM (drains) and wait.
stop_sy() {
  local ticks1
  ticks1=$(cpu_ticks "$sy_pid")
  sy_cpu=$(awk -v t=$((ticks1 - sy_ticks0)) -v hz="$hz" -v n="$1" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
  sy_hwm=$(awk -v k="$(status_kb "$sy_pid" VmHWM)" 'BEGIN { printf "%.1f", k / 1024 }')
  sy_idle=$(awk -v k="$sy_rss_ready" 'BEGIN { printf "%.1f", k / 1024 }')
  kill -TERM "$sy_pid"; wait "$sy_pid" 2>/dev/null || true; sy_pid=""
  if grep -q 'level=error' "$work/sy.log"; then echo "switchyard logged errors:" >&2; grep 'level=error' "$work/sy.log" | head -5 >&2; fi
  dead=$(wc -l <"$BENCH_DEAD_LETTERS")
  [ "$dead" = 0 ] || { echo "$dead messages dead-lettered: $(head -c 400 "$BENCH_DEAD_LETTERS")" >&2; run_bad=1; }
}

run_bg() { # NAME CMD...: a bounded tool in the background, its JSON line in $work/NAME.json
  local name=$1; shift
  timeout 900 bash -c '"$@"' _ "$@" >"$work/$name.json" 2>"$work/$name.err" &
  bg+=($!)
}
run_fg() {
  local name=$1; shift
  timeout 900 bash -c '"$@"' _ "$@" >"$work/$name.json" 2>"$work/$name.err" || { echo "FAILED: $name: $(cat "$work/$name.err")" >&2; run_bad=1; }
}
wait_bg() {
  local p
  for p in "${bg[@]}"; do wait "$p" || { echo "a background tool exited non-zero: $(cat "$work"/*.err | tail -3)" >&2; run_bad=1; }; done
  bg=()
}

pub_amqp() { "$lg/amqp-pub" --body "$work/waba-traced.json" --count "$1" --window "$window" \
  --exchange whatsapp.exchange --routing-key whatsapp.outbound.message --sessions 8 "${@:2}"; }
pub_js() { "$lg/js-pub" --body "$work/wars-traced.json" --count "$1" --window "$window" \
  --subject 'wa.events.session-{session}.message' --sessions 8 "${@:2}"; }
sink_js() { "$lg/js-sink" --stream WA_SEND --subject 'wa.send.>' --count "$1" --idle 15; }
sink_amqp() { "$lg/amqp-sink" --queue q.whatsapp.inbound --count "$1" --prefetch "$BENCH_PREFETCH" --idle 15; }
# shellcheck source=lib/raw-bridge.sh
. "$repo/benchmarks/lib/raw-bridge.sh"
raw_fwd() { raw_bridge_forward "$lg" "$1" "$BENCH_PREFETCH"; }
# The tools run under `timeout` in a child bash: it needs these helpers and their settings.
export lg work window
export -f pub_amqp pub_js sink_js sink_amqp raw_fwd raw_bridge_forward

# One table row per run; also kept as a JSON-ish record for the ratio table.
rows=()
run_bad=0
any_bad=0
# row SCENARIO RUN RATE P50 P99 P999 CHECK NOTE
row() {
  local check=$7
  if [ "$run_bad" = 1 ]; then check+=" **a tool failed or messages were lost: not a valid figure**"; any_bad=1; run_bad=0; fi
  rows+=("| $1 | $2 | ${3:-?} | $sy_cpu | $sy_idle / $sy_hwm | ${4:--} | ${5:--} | ${6:--} | $check | $8 |")
  printf '%s\n' "${rows[-1]}"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "${3:-}" "$sy_cpu" "$sy_hwm" "${5:-}" "$sy_idle" "$sy_ready_ms" >>"$work/figures.tsv"
}
sink_check() { # $1 sink json, $2 expected: "distinct D/N, dup X, missing M"; sets run_bad when any is missing
  local d m
  d=$(field "$1" distinct); m=$(field "$1" missing)
  [ "${d:-0}" = "$2" ] && [ "${m:-1}" = 0 ] || run_bad=1
  echo "distinct ${d:-?}/$2, dup $(field "$1" duplicates), missing ${m:-?}"
}

# ------------------------------------------------------------------------------------------------ 1-3: brokers
# broker_scenario NUM CONFIG PUB SINK: live, drain, and open loop at each rate
broker_scenario() {
  local s=$1 config=$2 pub=$3 sink=$4 r lat_n
  reset; start_sy "$config"
  run_bg sink "$sink" "$n"
  run_fg pub "$pub" "$n"
  wait_bg; stop_sy "$n"
  row "$s" live "$(field "$work/sink.json" msgs_per_s)" "$(field "$work/sink.json" lat_p50_us)" \
    "$(field "$work/sink.json" lat_p99_us)" "$(field "$work/sink.json" lat_p999_us)" "$(sink_check "$work/sink.json" "$n")" \
    "closed-loop publisher, switchyard and sink at once; rate at the sink; latency is mostly queueing"

  reset
  run_fg pre "$pub" "$n"
  run_bg sink "$sink" "$n"
  start_sy "$config" from-start
  wait_bg; stop_sy "$n"
  row "$s" drain "$(field "$work/sink.json" msgs_per_s)" "" "" "" "$(sink_check "$work/sink.json" "$n")" \
    "N preloaded, then switchyard started; rate at the sink (first to last arrival)"

  for r in $lat_rates; do
    lat_n=$((r * 10))
    reset; start_sy "$config"
    run_bg sink "$sink" "$lat_n"
    run_fg pub "$pub" "$lat_n" --rate "$r"
    wait_bg; stop_sy "$lat_n"
    row "$s" "open loop $r/s" "$(field "$work/sink.json" msgs_per_s)" "$(field "$work/sink.json" lat_p50_us)" \
      "$(field "$work/sink.json" lat_p99_us)" "$(field "$work/sink.json" lat_p999_us)" \
      "$(sink_check "$work/sink.json" "$lat_n"); publisher max lag $(field "$work/pub.json" max_lag_ms) ms" \
      "$lat_n msgs; latency = send → sink arrival"
  done
}

# paired_drains NUM CONFIG: BENCH_PAIRS rounds (default 3) of a raw-bridge drain and then a switchyard drain of the
# same preloaded N, both rated at the sink (first to last arrival). This VM drifts by more than the gaps within
# minutes (the raw bridge drained 16.8k-24.8k msg/s in two hours), so each switchyard drain is compared with the raw
# drain just before it and the median of the pair ratios is the figure.
pair_rows=()
paired_drains() {
  local s=$1 config=$2 i r y rates=() ratios=() med
  for i in $(seq 1 "$pairs"); do
    # sink_check sets run_bad for a drain that did not count every message.
    reset; run_fg pre pub_amqp "$n"; run_bg sink sink_js "$n"; run_fg rawb raw_fwd "$n"; wait_bg
    sink_check "$work/sink.json" "$n" >/dev/null; r=$(field "$work/sink.json" msgs_per_s)
    reset; run_fg pre pub_amqp "$n"; run_bg sink sink_js "$n"; start_sy "$config" from-start; wait_bg; stop_sy "$n"
    sink_check "$work/sink.json" "$n" >/dev/null; y=$(field "$work/sink.json" msgs_per_s)
    rates+=("$y / $r")
    ratios+=("$(awk -v a="$y" -v b="$r" 'BEGIN { printf "%.0f", (b > 0 ? 100 * a / b : 0) }')")
  done
  med=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  local check="every drain counted $n of $n at the sink"
  if [ "$run_bad" = 1 ]; then check="**a drain lost messages or a tool failed: not a valid figure**"; any_bad=1; fi
  run_bad=0
  pair_rows+=("| $s | $(printf '%s; ' "${rates[@]}" | sed 's/; $//') | $(printf '%s%% ' "${ratios[@]}" | sed 's/ $//') | $med% | $check |")
  printf '%s\n' "${pair_rows[-1]}"
  printf '%s\t%s\n' "$s" "$med" >>"$work/pairs.tsv"
}

# ------------------------------------------------------------------------------------------------ 4-5: webhooks
# http_scenario NUM CONFIG PATH BODY SIG-HEADER SECRET COUNT-CMD...
http_scenario() {
  local s=$1 config=$2 path=$3 body=$4 header=$5 secret=$6 count_what=$7 stored half lat_n wrk_rate
  local hp=("$lg/http-pub" --url "$base$path" --body "$body" --connections "$http_conns" --sessions 8
    --hmac-sha256 "$secret" --signature-header "$header" --signature-prefix sha256=)
  reset; start_sy "$config"
  run_fg hp "${hp[@]}" --count "$http_n"
  stop_sy "$http_n"
  stored=$(stored_count "$count_what")
  [ "$stored" = "$(field "$work/hp.json" ok)" ] && [ "$stored" = "$http_n" ] || run_bad=1
  row "$s" "http-pub closed loop" "$(field "$work/hp.json" msgs_per_s)" "$(field "$work/hp.json" lat_p50_us)" \
    "$(field "$work/hp.json" lat_p99_us)" "$(field "$work/hp.json" lat_p999_us)" \
    "2xx $(field "$work/hp.json" ok)/$http_n, stored $stored" \
    "$http_conns connections, distinct signed bodies; latency = request → 200 (after the broker's confirm)"

  wrk_script "$body" "$header" "$secret" "$work/wrk.lua"
  reset; start_sy "$config"
  timeout $((wrk_seconds + 60)) wrk -t"$wrk_threads" -c"$wrk_conns" -d"${wrk_seconds}s" -s "$work/wrk.lua" "$base$path" \
    >"$work/wrk.out" 2>&1 || run_bad=1
  wrk_json "$work/wrk.out" "$work/wrk.json"
  local requests; requests=$(field "$work/wrk.json" requests)
  stop_sy "${requests:-1}"
  stored=$(stored_count "$count_what")
  # wrk counts a request cut off at the end of its duration as sent; every answered 2xx must be stored.
  [ "$(field "$work/wrk.json" non_2xx)" = 0 ] && [ "$(field "$work/wrk.json" errors)" = 0 ] &&
    [ "${stored:-0}" -ge "$((requests - wrk_conns))" ] || run_bad=1
  wrk_rate=$(awk -v r="$requests" -v s="$(field "$work/wrk.json" seconds)" 'BEGIN { printf "%.0f", r / s }')
  row "$s" "wrk ${wrk_seconds}s" "$wrk_rate" "$(field "$work/wrk.json" lat_p50_us)" "$(field "$work/wrk.json" lat_p99_us)" \
    "$(field "$work/wrk.json" lat_p999_us)" \
    "requests $requests, non-2xx $(field "$work/wrk.json" non_2xx), errors $(field "$work/wrk.json" errors), stored $stored" \
    "wrk -t$wrk_threads -c$wrk_conns, one body"

  half=$((wrk_rate / 2)); lat_n=$((half * 10))
  reset; start_sy "$config"
  run_fg hp "${hp[@]}" --count "$lat_n" --rate "$half"
  stop_sy "$lat_n"
  stored=$(stored_count "$count_what")
  [ "$stored" = "$lat_n" ] || run_bad=1
  row "$s" "open loop $half/s (half of wrk)" "$(field "$work/hp.json" msgs_per_s)" "$(field "$work/hp.json" lat_p50_us)" \
    "$(field "$work/hp.json" lat_p99_us)" "$(field "$work/hp.json" lat_p999_us)" \
    "2xx $(field "$work/hp.json" ok)/$lat_n, stored $stored; max lag $(field "$work/hp.json" max_lag_ms) ms" \
    "http-pub --rate $half, $lat_n requests; latency from the scheduled send (no coordinated omission)"
}
stored_count() {
  case $1 in
    queue) "$lg/amqp-admin" count q.whatsapp.inbound ;;
    stream) "$lg/js-admin" count WA_EVENTS ;;
  esac
}

echo "== N=$n, prefetch $BENCH_PREFETCH, window $window, open-loop rates: $lat_rates; $SWITCHYARD_BIN"
echo "| scenario | run | msg/s | switchyard CPU µs/msg | RSS ready / peak MB | p50 µs | p99 µs | p99.9 µs | counted | notes |"
: >"$work/figures.tsv"
: >"$work/pairs.tsv"
scenarios=${BENCH_SCENARIOS:-1 2 3 4 5}
for s in $scenarios; do
  case $s in
    1) broker_scenario 1 benchmarks/scenarios/s1-amqp-translate-jetstream.yaml pub_amqp sink_js
       paired_drains 1 benchmarks/scenarios/s1-amqp-translate-jetstream.yaml ;;
    2) broker_scenario 2 benchmarks/scenarios/s2-amqp-jetstream.yaml pub_amqp sink_js
       paired_drains 2 benchmarks/scenarios/s2-amqp-jetstream.yaml ;;
    3) broker_scenario 3 benchmarks/scenarios/s3-jetstream-translate-amqp.yaml pub_js sink_amqp ;;
    4) http_scenario 4 benchmarks/scenarios/s4-meta-webhook-amqp.yaml /webhooks/meta "$payloads/meta-message.json" \
         X-Hub-Signature-256 "$BENCH_META_SECRET" queue ;;
    5) http_scenario 5 benchmarks/scenarios/s5-wars-webhook-jetstream.yaml /webhooks/wa-rs "$payloads/wars-message.json" \
         X-Webhook-Signature "$BENCH_WARS_SECRET" stream ;;
    *) fail "BENCH_SCENARIOS: no scenario $s (1-5)" ;;
  esac
done
reset

# ------------------------------------------------------------------------------------------------ ratios
# fig SCENARIO RUN COLUMN (3 rate, 4 cpu, 5 peak RSS, 6 p99, 7 ready RSS)
fig() { awk -F'\t' -v s="$1" -v r="$2" -v c="$3" '$1 == s && $2 == r { print $c; exit }' "$work/figures.tsv"; }
raw() { [ -n "$raw_dir" ] && [ -s "$raw_dir/$1.json" ] && field "$raw_dir/$1.json" "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "?"; else printf "%.0f%%", 100 * a / b }'; }
times() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "?"; else printf "%.2f×", a / b }'; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (v == "" || v == "?") print "?"; else if ((op == ">=" && v + 0 >= t) || (op == "<=" && v + 0 <= t)) print "met"; else print "**missed**" }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print ""; else printf "%.1f", 100 * a / b }'; }
ratio_rows=()
rr() { ratio_rows+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }
for s in 1 2; do
  t=85; [ "$s" = 2 ] && t=95
  m=$(awk -F'\t' -v s="$s" '$1 == s { print $2; exit }' "$work/pairs.tsv")
  [ -n "$m" ] && rr "$s drain, median of $pairs interleaved raw/switchyard pairs (rates at the sink)" "$m%" \
    "the raw bridge's drain just before each" "$m%" "≥ $t%" "$(verdict "$m" ">=" "$t")"
done
if [ -n "$raw_dir" ]; then
  fl=$(raw fwd-bridge msgs_per_s); fd=$(raw fwd-bridge2 msgs_per_s); fcpu=$(raw fwd-bridge2 cpu_us_per_msg)
  rl=$(raw rev-bridge msgs_per_s); rd=$(raw rev-bridge2 msgs_per_s); rcpu=$(raw rev-bridge2 cpu_us_per_msg)
  apub=$(raw amqp-pub msgs_per_s); jpub=$(raw js-pub msgs_per_s)
  for s in 1 2; do
    t=85; [ "$s" = 2 ] && t=95
    p=$(pct "$(fig "$s" live 3)" "$fl")
    rr "$s live: msg/s" "$(fig "$s" live 3)" "raw bridge live $fl" "$(ratio "$(fig "$s" live 3)" "$fl")" "≥ $t%" "$(verdict "$p" ">=" "$t")"
    p=$(pct "$(fig "$s" drain 3)" "$fd")
    rr "$s drain: msg/s" "$(fig "$s" drain 3)" "raw bridge drain $fd" "$(ratio "$(fig "$s" drain 3)" "$fd")" "≥ $t%" "$(verdict "$p" ">=" "$t")"
    c=$(fig "$s" drain 4)
    rr "$s drain: switchyard CPU µs/msg" "$c" "raw bridge $fcpu" "$(times "$c" "$fcpu")" "$([ "$s" = 1 ] && echo "≤ 1.5× (≈ 25 µs)" || echo -)" \
      "$([ "$s" = 1 ] && verdict "$(awk -v a="$c" -v b="$fcpu" 'BEGIN { if (b > 0) print a / b }')" "<=" 1.5 || echo -)"
  done
  rr "3 live: msg/s" "$(fig 3 live 3)" "raw reverse bridge live $rl" "$(ratio "$(fig 3 live 3)" "$rl")" "-" "-"
  rr "3 drain: msg/s" "$(fig 3 drain 3)" "raw reverse bridge drain $rd" "$(ratio "$(fig 3 drain 3)" "$rd")" "-" "-"
  rr "3 drain: switchyard CPU µs/msg" "$(fig 3 drain 4)" "raw reverse bridge $rcpu" "$(times "$(fig 3 drain 4)" "$rcpu")" "-" "-"
  v=$(fig 4 "http-pub closed loop" 3); p=$(pct "$v" "$apub")
  rr "4 http-pub closed loop: req/s" "$v" "raw amqp-pub with confirms $apub" "$(ratio "$v" "$apub")" "≥ 85%" "$(verdict "$p" ">=" 85)"
  v=$(fig 4 "wrk ${wrk_seconds}s" 3); p=$(pct "$v" "$apub")
  rr "4 wrk: req/s" "$v" "raw amqp-pub with confirms $apub" "$(ratio "$v" "$apub")" "≥ 85%" "$(verdict "$p" ">=" 85)"
  v=$(fig 5 "wrk ${wrk_seconds}s" 3)
  rr "5 wrk: req/s" "$v" "raw js-pub async $jpub" "$(ratio "$v" "$jpub")" "≥ 15,000 req/s" "$(verdict "$v" ">=" 15000)"
fi
v=$(awk -F'\t' '$1 == 5 && $2 ~ /^open loop/ { print $6; exit }' "$work/figures.tsv")
rr "5 open loop at half of wrk: p99 µs" "$v" "" "" "≤ 5,000 µs" "$(verdict "$v" "<=" 5000)"
if [ -n "$peer_json" ] && [ -s "$peer_json" ]; then
  prate=$(field "$peer_json" msgs_per_s); pcpu=$(field "$peer_json" peer_cpu_us_per_msg)
  rr "1 live vs FastStream peer: msg/s" "$(fig 1 live 3)" "FastStream $prate" "$(times "$(fig 1 live 3)" "$prate")" "-" "-"
  c=$(fig 1 live 4)
  rr "1 live vs FastStream peer: CPU µs/msg" "$c" "FastStream $pcpu" "$(times "$pcpu" "$c") less" "≥ 10× less" \
    "$(verdict "$(awk -v a="$pcpu" -v b="$c" 'BEGIN { if (b > 0) print a / b }')" ">=" 10)"
fi
max_hwm=$(awk -F'\t' '$5 > m { m = $5 } END { print m }' "$work/figures.tsv")
max_idle=$(awk -F'\t' '$7 > m { m = $7 } END { print m }' "$work/figures.tsv")
max_ready=$(awk -F'\t' '$8 > m { m = $8 } END { print m }' "$work/figures.tsv")
rr "start to ready (/readyz 200, brokers connected), slowest of all runs (ms)" "$max_ready" "" "" "≤ 300 ms" "$(verdict "$max_ready" "<=" 300)"
rr "RSS at ready, largest of all runs (MB)" "$max_idle" "" "" "≤ 60 MB idle" "$(verdict "$max_idle" "<=" 60)"
rr "peak RSS, largest of all runs (MB)" "$max_hwm" "" "" "≤ 150 MB at load" "$(verdict "$max_hwm" "<=" 150)"

cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mkdir -p "$(dirname "$out")"
{
  echo "# Switchyard end to end: the five scenarios of issue 9"
  echo
  echo "Produced by \`$cmdline\` (N=$n; configs in \`benchmarks/scenarios/\`; bodies from \`benchmarks/payloads/\` with"
  echo "seq and ts_ns also in the text; tools in \`benchmarks/loadgen\`). Each run starts its own release"
  echo "\`switchyard run\`; CPU is that process's utime+stime (all threads) from ready (a drain: from its start) to"
  echo "the end of the run, per message; RSS is VmRSS at ready and VmHWM (peak) at the end of the run."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) CPUs, $cpu_model; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- brokers: $(nats-server --version 2>/dev/null | head -1); RabbitMQ $(dpkg-query -W -f='${Version}' rabbitmq-server 2>/dev/null); loopback, single node"
  echo "- switchyard: $("$SWITCHYARD_BIN" --version 2>/dev/null || echo "$SWITCHYARD_BIN"), $(swift --version 2>/dev/null | head -1)"
  echo "- settings: AMQP prefetch $BENCH_PREFETCH, JetStream max ack pending $window, loadgen windows $window, http-pub $http_conns connections"
  echo "- caveat: ${LOADGEN_NOTE:-figures taken on a shared machine; other processes may have been running}"
  echo
  if [ ${#ratio_rows[@]} -gt 0 ]; then
    echo "## Against the references and the targets"
    echo
    echo "| figure | switchyard | reference (same run) | ratio | target | |"
    echo "|---|---:|---|---:|---|---|"
    printf '%s\n' "${ratio_rows[@]}"
    echo
  fi
  if [ ${#pair_rows[@]} -gt 0 ]; then
    echo "## Drains in interleaved pairs"
    echo
    echo "Each pair: the raw C bridge drains a preloaded N, then switchyard drains the same N; both rated at js-sink"
    echo "(first to last arrival). The figure is the median of the pair ratios (BENCH_PAIRS pairs)."
    echo
    echo "| scenario | switchyard / raw bridge msg/s, each pair | ratios | median | counted |"
    echo "|---|---|---|---:|---|"
    printf '%s\n' "${pair_rows[@]}"
    echo
  fi
  echo "## Every run"
  echo
  echo "| scenario | run | msg/s | switchyard CPU µs/msg | RSS ready / peak MB | p50 µs | p99 µs | p99.9 µs | counted | notes |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---|---|"
  printf '%s\n' "${rows[@]}"
} >"$out"
echo "wrote $out"
[ "$any_bad" = 0 ] || { echo "some runs failed or lost messages (marked in the table)" >&2; exit 1; }
