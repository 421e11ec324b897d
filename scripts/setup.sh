#!/usr/bin/env bash
# Gets a checkout ready to run or test: missing Debian packages, the private brokers (scripts/brokers.sh) and a
# debug build. Every step skips work already done, so it is cheap to re-run. It changes nothing outside the
# repository except installed packages: no shell profile, no exported variables survive it.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

# The toolchain lives in /opt/swift on our machines; a swift already on PATH wins.
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH

echo "== packages"
bash scripts/install-deps.sh

echo "== brokers"
bash scripts/brokers.sh start

# `scripts/test.sh` sets SWITCHYARD_BUILD_TESTS=1: the tests need modules built with testing enabled, and
# building them once here (rather than a plain build now and a second, testable one in `swift test`) halves CI's
# build time.
build_args=()
[ "${SWITCHYARD_BUILD_TESTS:-0}" = 1 ] && build_args=(--build-tests)
echo "== swift build ${build_args[*]}"
t0=$EPOCHREALTIME
swift build "${build_args[@]}"
bin_dir=$(swift build --show-bin-path)
echo "built in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')s: $bin_dir/switchyard"
