#!/usr/bin/env bash
# The drop-in plugin path, as a user follows examples/custom-plugin/README.md: copying the folder into
# plugins/ without the Package.swift line fails the build with the hint; with the line, the plugin is
# built, listed, usable from `apply` and its tests pass. The checkout is restored on exit.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH

[ ! -e plugins/MaskFields ] || { echo "plugins/MaskFields already exists; not touching it"; exit 1; }
backup=$(mktemp)
cp Package.swift "$backup"
cleanup() {
  cp "$backup" Package.swift
  rm -rf plugins/MaskFields "$backup"
}
trap cleanup EXIT

cp -r examples/custom-plugin plugins/MaskFields

echo "-- without the Package.swift line the build must fail with the hint"
if out=$(swift build --product switchyard 2>&1); then
  echo "FAIL: the build passed with an unlisted plugin folder"
  exit 1
fi
grep -F 'plugins/MaskFields is not registered: add "MaskFields", to the `plugins` list at the top of Package.swift' <<<"$out" \
  || { echo "FAIL: no hint in the build output:"; echo "$out" | tail -20; exit 1; }

echo "-- with the line it builds, is listed and works"
python3 - <<'PY'
import re
text = open("Package.swift").read()
text = text.replace("let plugins: [String] = [\n", "let plugins: [String] = [\n    \"MaskFields\",\n", 1)
open("Package.swift", "w").write(text)
PY
swift build --product switchyard
bin="$(swift build --show-bin-path)/switchyard"
"$bin" plugins | grep -F "mask_fields  [MaskFields]"
got=$(echo '{"from":"+255712345678"}' | "$bin" apply mask_fields --set 'fields=[from]' --set keep_first=4)
[ "$got" = '{"from":"+255••••••678"}' ] || { echo "FAIL: apply printed $got"; exit 1; }
"$bin" validate --config examples/custom-plugin/switchyard.yaml
swift test --filter MaskFieldsTests
echo "custom plugin drop-in: ok"
