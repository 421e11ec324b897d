#!/usr/bin/env bash
# Smoke test of http-pub (benchmarks/loadgen): builds the tools, runs loadgen-selftest, starts a tiny HTTP/1.1
# keep-alive receiver (tests/scripts/http_pub_server.py: checks X-Webhook-Signature, records each body's seq) on
# 127.0.0.1 and a free port, and asserts from http-pub's JSON lines and the receiver's log that
#   - a closed-loop run of N signed requests gets N 2xx and the receiver saw seq 1..N each exactly once;
#   - an open-loop run (--rate 500, 1000 requests) gets 1000 2xx, keeps to its schedule (max_lag_ms small) and
#     takes as long as the schedule says;
#   - chunked answers and Connection: close answers (reconnects) work;
#   - a wrong secret (401), a 503 path, per-request timeouts and a server that is not listening end the run with a
#     non-zero exit, the failures counted, and a clear message on stderr.
# Needs python3 and curl only (no brokers, no Switchyard); about 10 s.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here=$repo/tests/scripts
n=${HTTP_PUB_SMOKE_COUNT:-2000}
max_lag_ms=${HTTP_PUB_SMOKE_MAX_LAG_MS:-100} # open loop at 500 msg/s on a shared 2-core machine
bin=$repo/benchmarks/loadgen/bin

fail() { echo "http-pub-smoke: FAIL: $*" >&2; exit 1; }

make -s -C "$repo/benchmarks/loadgen" >/dev/null || fail "the load generators do not build"
"$bin/loadgen-selftest" || fail "loadgen-selftest (templates, scanner, tally, URLs, HTTP parser, HMAC)"

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

secret="smoke-secret-$$"
python3 "$here/http_pub_server.py" --secret "$secret" --port-file "$work/port" --seq-log "$work/seqs.log" \
  2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 200); do # up to 20 s: the port file appears once the server listens
  [ -s "$work/port" ] && break
  kill -0 "$server_pid" 2>/dev/null || fail "the test server died: $(cat "$work/server.err")"
  sleep 0.1
done
[ -s "$work/port" ] || fail "the test server did not start listening within 20 s"
port=$(cat "$work/port")
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do curl -fsS --max-time 2 "$base/ready" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS --max-time 2 "$base/ready" >/dev/null || fail "the test server on port $port does not answer /ready"

printf '{"seq":{seq},"ts_ns":{ts_ns},"session":"s{session}","event":"message","text":"hello"}\n' >"$work/body.json"

# The value of "key" in a one-line JSON summary: a number, or a string without its quotes.
field() {
  if grep -q "\"$2\":\"" "$1"; then sed -n "s/.*\"$2\":\"\([^\"]*\)\".*/\1/p" "$1"
  else sed -n "s/.*\"$2\":\([0-9.-]*\).*/\1/p" "$1"; fi
}

# pub NAME ARGS...: runs http-pub (bounded by timeout), JSON in $work/NAME.json, stderr in $work/NAME.err, exit code
# in $rc.
pub() {
  local name=$1; shift
  rc=0
  timeout 120 "$bin/http-pub" --body "$work/body.json" "$@" >"$work/$name.json" 2>"$work/$name.err" || rc=$?
  [ -s "$work/$name.json" ] || fail "$name: no summary line (exit $rc, stderr: $(cat "$work/$name.err"))"
}

expect_field() { # name key value
  local v
  v=$(field "$work/$1.json" "$2")
  [ "$v" = "$3" ] || fail "$1: $2 is '$v', expected '$3': $(cat "$work/$1.json") stderr: $(cat "$work/$1.err")"
}

# every_seq_once PATH COUNT: the receiver logged seq 1..COUNT for PATH, each exactly once
every_seq_once() {
  local lines distinct first last
  awk -v p="$1" '$1 == p {print $2}' "$work/seqs.log" | sort -n >"$work/seqs.sorted"
  lines=$(wc -l <"$work/seqs.sorted")
  distinct=$(uniq "$work/seqs.sorted" | wc -l)
  first=$(head -n1 "$work/seqs.sorted"); last=$(tail -n1 "$work/seqs.sorted")
  [ "$lines" = "$2" ] && [ "$distinct" = "$2" ] && [ "$first" = 1 ] && [ "$last" = "$2" ] ||
    fail "$1: the server saw $lines bodies, $distinct distinct seqs, $first..$last; expected 1..$2 each once"
}

# --- closed loop, signed: N x 2xx, every seq once
pub closed --url "$base/hooks/closed" --count "$n" --connections 32 --hmac-sha256 "$secret"
[ "$rc" = 0 ] || fail "closed loop exited $rc: $(cat "$work/closed.json" "$work/closed.err")"
expect_field closed ok "$n"; expect_field closed non_2xx 0; expect_field closed errors 0
expect_field closed status_counts ""
every_seq_once /hooks/closed "$n"
echo "ok: closed loop: $n signed requests, ok $n, seq 1..$n each once; $(field "$work/closed.json" msgs_per_s) req/s," \
  "p99 $(field "$work/closed.json" lat_p99_us) us"

# --- open loop at 500/s: on schedule, and the schedule takes 2 s
pub open --url "$base/hooks/open" --count 1000 --rate 500 --hmac-sha256 "$secret"
[ "$rc" = 0 ] || fail "open loop exited $rc: $(cat "$work/open.json" "$work/open.err")"
expect_field open ok 1000; expect_field open errors 0
lag=$(field "$work/open.json" max_lag_ms); secs=$(field "$work/open.json" seconds)
awk -v l="$lag" -v m="$max_lag_ms" 'BEGIN {exit !(l < m)}' || fail "open loop: max_lag_ms $lag >= $max_lag_ms: $(cat "$work/open.json")"
awk -v s="$secs" 'BEGIN {exit !(s >= 1.99 && s < 10)}' || fail "open loop: 1000 at 500/s took $secs s: $(cat "$work/open.json")"
every_seq_once /hooks/open 1000
echo "ok: open loop: 1000 at 500/s in $secs s, max_lag_ms $lag, p99 $(field "$work/open.json" lat_p99_us) us"

# --- chunked answers; Connection: close answers (each one reconnects)
pub chunked --url "$base/chunked/x" --count 300 --connections 8 --hmac-sha256 "$secret" --first-seq 1
[ "$rc" = 0 ] || fail "chunked answers: exit $rc: $(cat "$work/chunked.json" "$work/chunked.err")"
expect_field chunked ok 300
pub close --url "$base/close/x" --count 300 --connections 4 --hmac-sha256 "$secret"
[ "$rc" = 0 ] || fail "Connection: close answers: exit $rc: $(cat "$work/close.json" "$work/close.err")"
expect_field close ok 300
reconnects=$(field "$work/close.json" reconnects)
[ "$reconnects" -ge 290 ] || fail "Connection: close: only $reconnects reconnects for 300 closes: $(cat "$work/close.json")"
echo "ok: chunked answers (300 ok); Connection: close answers (300 ok, $reconnects reconnects)"

# --- a wrong secret: every answer 401, non-zero exit, the first answer's body on stderr
pub badsig --url "$base/hooks/badsig" --count 200 --hmac-sha256 "not-the-secret"
[ "$rc" != 0 ] || fail "a wrong secret reported success: $(cat "$work/badsig.json")"
expect_field badsig ok 0; expect_field badsig non_2xx 200; expect_field badsig status_counts "401:200"
expect_field badsig errors 0
grep -q 'first non-2xx answer: 401.*verification failed' "$work/badsig.err" ||
  fail "wrong secret: no clear message: $(cat "$work/badsig.err")"
[ "$(grep -c 'non-2xx' "$work/badsig.err")" = 1 ] || fail "wrong secret: the non-2xx body is printed more than once"
echo "ok: wrong secret: non_2xx 200, status_counts 401:200, exit $rc"

# --- a 503 path
pub s503 --url "$base/status/503" --count 100 --hmac-sha256 "$secret"
[ "$rc" != 0 ] || fail "503 answers reported success: $(cat "$work/s503.json")"
expect_field s503 non_2xx 100; expect_field s503 status_counts "503:100"; expect_field s503 ok 0
grep -q 'first non-2xx answer: 503' "$work/s503.err" || fail "503: no clear message: $(cat "$work/s503.err")"
echo "ok: 503 path: non_2xx 100, status_counts 503:100, exit $rc"

# --- timeouts: counted as errors, not retried, the run ends
pub slow --url "$base/slow" --count 4 --connections 2 --timeout-ms 300 --hmac-sha256 "$secret"
[ "$rc" != 0 ] || fail "timeouts reported success: $(cat "$work/slow.json")"
expect_field slow errors 4; expect_field slow timeouts 4; expect_field slow ok 0
grep -q 'timed out after 300 ms' "$work/slow.err" || fail "timeouts: no clear message: $(cat "$work/slow.err")"
echo "ok: timeouts: errors 4, timeouts 4, exit $rc in $(field "$work/slow.json" seconds) s"

# --- nothing listening: every request an error, a clear message, no hang
pub down --url "http://127.0.0.1:1/hooks" --count 50 --hmac-sha256 "$secret"
[ "$rc" != 0 ] || fail "no server reported success: $(cat "$work/down.json")"
expect_field down errors 50; expect_field down ok 0; expect_field down sent 0
grep -q 'cannot connect to 127.0.0.1:1 (Connection refused): is the HTTP server running' "$work/down.err" ||
  fail "no server: unclear message: $(cat "$work/down.err")"
echo "ok: no server: errors 50, exit $rc, stderr: $(head -n1 "$work/down.err")"

# --- bad options fail before any request
if "$bin/http-pub" --url "https://127.0.0.1:$port/x" --body "$work/body.json" --count 1 2>"$work/https.err"; then
  fail "an https URL was accepted"
fi
grep -q 'https is not supported' "$work/https.err" || fail "https URL: unclear message: $(cat "$work/https.err")"
if "$bin/http-pub" --url "$base/x" --body "$work/none.json" --count 1 2>/dev/null; then fail "a missing body file was accepted"; fi
if "$bin/http-pub" --url "$base/x" --body "$work/body.json" --header 'X-Bad' --count 1 2>/dev/null; then
  fail "a header without a colon was accepted"
fi
echo "ok: bad options rejected (https URL, missing body file, malformed --header)"
echo "http-pub-smoke: passed"
