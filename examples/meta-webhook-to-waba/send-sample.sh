#!/usr/bin/env bash
# Plays Meta's part by hand against a running `switchyard run --config switchyard.yaml`: the subscription handshake,
# a signed POST (the sample of plugins/MetaToWABA/Samples), and a POST with a wrong signature (refused).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
url="http://${SWITCHYARD_LISTEN:-127.0.0.1:8080}/webhooks/meta"
: "${META_APP_SECRET:?set META_APP_SECRET}" "${META_VERIFY_TOKEN:?set META_VERIFY_TOKEN}"
sample="${1:-$here/../../plugins/MetaToWABA/Samples/meta-post.json}"

echo "-- handshake"
got=$(curl -fsS "$url?hub.mode=subscribe&hub.verify_token=$META_VERIFY_TOKEN&hub.challenge=1158201444")
[ "$got" = 1158201444 ] || { echo "FAIL: challenge answered with '$got'"; exit 1; }
code=$(curl -s -o /dev/null -w '%{http_code}' "$url?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1")
[ "$code" = 403 ] || { echo "FAIL: a wrong verify token got $code"; exit 1; }

echo "-- signed POST"
# The signature is over the exact bytes sent: --data-binary keeps them.
signature=$(openssl dgst -sha256 -hmac "$META_APP_SECRET" -hex <"$sample" | sed 's/^.* //')
curl -fsS -X POST -H 'Content-Type: application/json' -H "X-Hub-Signature-256: sha256=$signature" \
  --data-binary "@$sample" "$url" >/dev/null

echo "-- wrong signature"
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  -H "X-Hub-Signature-256: sha256=$(printf '0%.0s' {1..64})" --data-binary "@$sample" "$url")
[ "$code" = 403 ] || { echo "FAIL: a bad signature got $code"; exit 1; }
echo "ok: 5 events should now be on whatsapp.exchange (3 whatsapp.inbound.message, 2 whatsapp.inbound.status)"
