#!/usr/bin/env bash
# jid_normalise and e164_validate from the shell, through the apply contract (README): each result is one
# JSON line on stdout; a rejected input prints `rejected: <reason>` on stderr and exits 1; a config error
# exits non-zero with the key named.
# Then the examples/identity route (both transforms and dedup) through `switchyard validate` and `switchyard test`.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
swift build --product switchyard >/dev/null
bin="$(swift build --show-bin-path)/switchyard"
failures=0
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

# expect NAME STDIN WANT_STATUS WANT_STDOUT WANT_STDERR_SUBSTRING -- ARGS...
expect() {
  local name=$1 input=$2 want_status=$3 want_out=$4 want_err=$5
  shift 6
  local status=0
  printf '%s\n' "$input" | "$bin" apply "$@" >"$out" 2>"$err" || status=$?
  if [ "$status" != "$want_status" ] || [ "$(cat "$out")" != "$want_out" ] \
    || { [ -n "$want_err" ] && ! grep -qF -- "$want_err" "$err"; } || { [ -z "$want_err" ] && [ -s "$err" ]; }; then
    echo "FAIL: $name"
    echo "  apply $*"
    echo "  status $status (want $want_status)"
    echo "  stdout: $(cat "$out")"
    echo "  want:   $want_out"
    echo "  stderr: $(cat "$err")"
    echo "  want:   $want_err"
    failures=$((failures + 1))
  else
    echo "ok: $name"
  fi
}

echo "-- jid_normalise"
expect "device suffix stripped, to e164" '{"from":"447911123456:3@s.whatsapp.net"}' 0 '{"from":"+447911123456"}' "" \
  -- jid_normalise --set 'fields=[from]' --set to=e164
expect "c.us to jid (default)" '{"from":"255712345678@c.us"}' 0 '{"from":"255712345678@s.whatsapp.net"}' "" \
  -- jid_normalise --set 'fields=[from]'
expect "+E.164 with spaces to c.us" '{"data":{"from":"+1 (415) 555-2671"}}' 0 '{"data":{"from":"14155552671@c.us"}}' "" \
  -- jid_normalise --set 'fields=[data.from]' --set to=c.us
expect "group keeps its server" '{"chat":"120363025246125486@g.us"}' 0 '{"chat":"120363025246125486@g.us"}' "" \
  -- jid_normalise --set 'fields=[chat]' --set to=e164
expect "kind in metadata" '{"from":"123456789012345:2@lid"}' 0 \
  '{"body":{"from":"123456789012345@lid"},"metadata":{"jid.kind":"lid","jid.kind.from":"lid"}}' "" \
  -- jid_normalise --set 'fields=[from]' --set to=digits --metadata
expect "JSON lines: one result a line" $'{"from":"447911123456@c.us"}\n{"from":"status@broadcast"}' 0 \
  $'{"from":"447911123456"}\n{"from":"status@broadcast"}' "" \
  -- jid_normalise --set 'fields=[from]' --set to=digits
expect "a@b@c rejected" '{"from":"a@b@c"}' 1 '' "rejected: jid_normalise: field 'from' ('a@b@c'): more than one '@'" \
  -- jid_normalise --set 'fields=[from]' --set to=e164
expect "out-of-range device rejected" '{"from":"447911123456:70000@s.whatsapp.net"}' 1 '' "device 70000 out of range 0...255" \
  -- jid_normalise --set 'fields=[from]'
expect "on_invalid pass" '{"from":"@lid"}' 0 '{"from":"@lid"}' "" \
  -- jid_normalise --set 'fields=[from]' --set on_invalid=pass
expect "bad to" '{}' 2 '' "to: 'cus' is not one of jid, c.us, e164, digits" \
  -- jid_normalise --set 'fields=[from]' --set to=cus

echo "-- e164_validate"
expect "strict, normalised" '{"to":"+255 712 345 678"}' 0 '{"to":"+255712345678"}' "" \
  -- e164_validate --set 'fields=[to]' --set mode=strict
expect "bare WhatsApp digits get +" '{"to":"919876543210"}' 0 '{"to":"+919876543210"}' "" \
  -- e164_validate --set 'fields=[to]' --set mode=strict
expect "region in metadata" '{"to":"+49 30 12345678"}' 0 '{"body":{"to":"+493012345678"},"metadata":{"e164.region":"DE","e164.region.to":"DE"}}' "" \
  -- e164_validate --set 'fields=[to]' --set mode=strict --metadata
expect "invalid for the country" '{"to":"+255 512 345 678"}' 1 '' \
  "rejected: e164_validate: field 'to' value '+255 512 345 678': not a valid number for Tanzania (TZ, +255)" \
  -- e164_validate --set 'fields=[to]' --set mode=strict
expect "structural accepts the shape" '{"to":"+255 512 345 678"}' 0 '{"to":"+255512345678"}' "" \
  -- e164_validate --set 'fields=[to]' --set mode=structural
expect "unknown country code" '{"to":"+999 1234 5678"}' 1 '' "unknown country calling code" \
  -- e164_validate --set 'fields=[to]' --set mode=structural
expect "trunk 0" '{"to":"+255 0712 345 678"}' 1 '' "trunk prefix '0' after the country code +255" \
  -- e164_validate --set 'fields=[to]' --set mode=strict
expect "too long" '{"to":"+1234567890123456"}' 1 '' "too long: 16 digits, at most 15 allowed" \
  -- e164_validate --set 'fields=[to]' --set mode=structural
expect "bad mode" '{}' 2 '' "mode: 'loose' is not one of structural, strict" \
  -- e164_validate --set 'fields=[to]' --set mode=loose

echo "-- the example route (jid_normalise, e164_validate, dedup) through switchyard test"
"$bin" validate --config examples/identity/switchyard.yaml || { echo "FAIL: examples/identity does not validate"; failures=$((failures + 1)); }
"$bin" test --config examples/identity/switchyard.yaml || { echo "FAIL: examples/identity route tests"; failures=$((failures + 1)); }

if [ "$failures" -gt 0 ]; then
  echo "identity apply: $failures failed"
  exit 1
fi
echo "identity apply: ok"
