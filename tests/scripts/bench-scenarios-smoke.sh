#!/usr/bin/env bash
# CI proof that the end-to-end benchmark of issue 9 runs and counts: benchmarks/scenarios.sh with tiny bounded
# counts against the debug build on the test brokers, every one of the five scenarios, and the table it writes
# must show every message counted (the script itself exits non-zero when a run lost messages or a tool failed).
# The figures of a debug build under test load mean nothing; scripts/bench is what measures.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
fail() { echo "bench-scenarios-smoke: FAIL: $*" >&2; exit 1; }
[ -n "${NATS_URL:-}" ] && [ -n "${AMQP_URL:-}" ] ||
  fail "NATS_URL / AMQP_URL not set: run through scripts/test.sh, or eval \"\$(scripts/brokers.sh env)\" after scripts/brokers.sh start"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
bin="$(swift build --show-bin-path)/switchyard"
[ -x "$bin" ] || fail "no debug build at $bin (swift build first)"
SWITCHYARD_BIN=$bin BENCH_RESULTS=$out BENCH_LAT_RATES=200 BENCH_WRK_SECONDS=1 BENCH_HTTP_N=300 BENCH_PORT=18979 \
  LOADGEN_NOTE="smoke test, debug build" bash benchmarks/scenarios.sh 500 || fail "benchmarks/scenarios.sh failed"
for s in 1 2 3 4 5; do
  grep -q "^| $s | " "$out" || fail "no row for scenario $s in the table"
done
# Every broker run counted all of its messages at the sink, every webhook run stored every 2xx.
[ "$(grep -c 'distinct 500/500, dup 0, missing 0' "$out")" = 6 ] || fail "a live or drain run did not count 500/500: $(grep '^| [123] ' "$out")"
for s in 1 2; do
  grep -q "^| $s | .* | every drain counted 500 of 500 at the sink |" "$out" || fail "no valid interleaved drain pairs for scenario $s"
done
[ "$(grep -c '2xx 300/300, stored 300' "$out")" = 2 ] || fail "an http-pub run did not store 300/300: $(grep '^| [45] ' "$out")"
echo "bench-scenarios-smoke: ok ($(grep -c '^| [1-5] ' "$out") runs)"
