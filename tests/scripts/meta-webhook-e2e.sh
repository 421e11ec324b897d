#!/usr/bin/env bash
# examples/meta-webhook-to-waba end to end on the real RabbitMQ, with this script playing Meta:
#   - the subscription handshake: the right verify token gets 200 and the challenge, a wrong one 403;
#   - a POST signed like Meta (X-Hub-Signature-256 = HMAC-SHA256 of the raw bytes, computed with openssl) holding
#     2 messages and 1 status → 200, and exactly three complete WABA events on q.whatsapp.inbound with the
#     contract's routing keys (whatsapp.inbound.message ×2, whatsapp.inbound.status) and the wamids as message-id;
#   - a POST with a wrong signature → 403, one without a signature → 401, and nothing arrives.
source "$(dirname "${BASH_SOURCE[0]}")/lib/e2e.sh"

reset_queues() { "$py" -m brokerkit delete-queues q.whatsapp.inbound q.whatsapp.dead; }
reset_queues || fail "could not reset q.whatsapp.inbound"
cleanup_hooks+=(reset_queues)

export META_APP_SECRET="e2e-app-secret-$RANDOM$RANDOM" META_VERIFY_TOKEN="e2e-verify-token-$RANDOM"
config=examples/meta-webhook-to-waba/switchyard.yaml
"$bin" validate --config "$config" >"$work/validate.out" 2>&1 || fail "validate: $(cat "$work/validate.out")"
start_switchyard "$config"
url=$base/webhooks/meta

say "handshake"
got=$(curl -s -w ' %{http_code}' "$url?hub.mode=subscribe&hub.verify_token=$META_VERIFY_TOKEN&hub.challenge=1158201444")
[ "$got" = "1158201444 200" ] || fail "handshake with the right token answered '$got', expected '1158201444 200'"
code=$(curl -s -o /dev/null -w '%{http_code}' "$url?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1")
[ "$code" = 403 ] || fail "a wrong verify token got $code, expected 403"
echo "ok: challenge echoed for the right token, 403 for a wrong one"

# 2 messages (a text with an emoji Meta escapes as \ud83c\udf57, an image) and 1 status, in one POST.
run=$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')
cat >"$work/post.json" <<JSON
{"object":"whatsapp_business_account","entry":[{"id":"waba-001","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"255700000000","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Josh"},"wa_id":"255712345678"}],"messages":[{"from":"255712345678","id":"wamid.E2E$run.TEXT","timestamp":"1775991600","type":"text","text":{"body":"Nataka kuku na chips \ud83c\udf57"}},{"from":"255712345678","id":"wamid.E2E$run.IMG","timestamp":"1775991660","type":"image","image":{"caption":"Hii ndiyo nataka","mime_type":"image/jpeg","sha256":"abc123def456","id":"1479537139650973"}}],"statuses":[{"id":"wamid.E2E$run.OUT","status":"delivered","timestamp":"1775991630","recipient_id":"255712345678"}]}}]}]}
JSON
sign() { openssl dgst -sha256 -hmac "$1" -hex <"$work/post.json" | sed 's/^.* //'; }

say "a POST with a wrong signature, and one without a signature"
code=$(curl -s -o "$work/bad.out" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  -H "X-Hub-Signature-256: sha256=$(sign not-the-secret)" --data-binary "@$work/post.json" "$url")
[ "$code" = 403 ] || fail "a wrong signature got $code ($(cat "$work/bad.out")), expected 403"
code=$(curl -s -o "$work/bad.out" -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary "@$work/post.json" "$url")
[ "$code" = 401 ] || fail "a missing signature got $code ($(cat "$work/bad.out")), expected 401"
"$py" - <<'PY'
from brokerkit import *
connection, channel = amqp_channel()
got = collect(channel, "q.whatsapp.inbound", want=0, timeout=0, settle=2)
if got:
    print(f"FAIL: refused POSTs still published {got}"); raise SystemExit(1)
PY
echo "ok: wrong signature 403, missing signature 401, nothing published"

say "a signed POST with 2 messages and 1 status"
code=$(curl -s -o "$work/post.out" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
  -H "X-Hub-Signature-256: sha256=$(sign "$META_APP_SECRET")" --data-binary "@$work/post.json" "$url")
[ "$code" = 200 ] || fail "the signed POST got $code ($(cat "$work/post.out")), expected 200"
grep -q '"status":"ok"' "$work/post.out" || fail "the signed POST answered $(cat "$work/post.out")"
RUN=$run "$py" - <<'PY'
import os
from brokerkit import *
run = os.environ["RUN"]
connection, channel = amqp_channel()
# 200 came after RabbitMQ's confirms: the events are already queued.
got = collect(channel, "q.whatsapp.inbound", want=3, timeout=5, settle=1.5)
by_id = {p.message_id: (k, b) for k, p, b in got}
check(len(got) == 3 and len(by_id) == 3, f"{len(got)} events on q.whatsapp.inbound, expected 3: {got}")
base = {"wabaAccountId": "waba-001", "wabaNumber": "+255700000000", "wabaUserName": "Josh", "from": "+255712345678"}
want = {
    f"wamid.E2E{run}.TEXT": ("whatsapp.inbound.message", dict(base, type="MESSAGE_RECEIVED", messageType="TEXT",
        messageId=f"wamid.E2E{run}.TEXT", text="Nataka kuku na chips \U0001F357", media=None, timestamp="2026-04-12T11:00:00Z")),
    f"wamid.E2E{run}.IMG": ("whatsapp.inbound.message", dict(base, type="MESSAGE_RECEIVED", messageType="IMAGE",
        messageId=f"wamid.E2E{run}.IMG", text=None, timestamp="2026-04-12T11:01:00Z",
        media={"type": "IMAGE", "url": "1479537139650973", "mimeType": "image/jpeg", "filename": None,
               "sha256": "abc123def456", "caption": "Hii ndiyo nataka"})),
    f"wamid.E2E{run}.OUT:delivered": ("whatsapp.inbound.status", dict(base, type="STATUS_WEBHOOK", messageType="TEXT",
        messageId=f"wamid.E2E{run}.OUT", status="delivered", timestamp="2026-04-12T11:00:30Z")),
}
for mid, (key, body) in want.items():
    check(mid in by_id, f"no event with message-id {mid}: {list(by_id)}")
    k, b = by_id[mid]
    check(k == key, f"{mid}: routing key {k}, expected {key}")
    check(b == body, f"{mid}:\n  got  {b}\n  want {body}")
print("ok: 2 MESSAGE_RECEIVED on whatsapp.inbound.message and 1 STATUS_WEBHOOK on whatsapp.inbound.status, complete")
PY
echo "meta-webhook-e2e: ok"
