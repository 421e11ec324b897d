#!/usr/bin/env bash
# examples/gateway-webhooks-to-nats end to end on the real NATS JetStream, with this script playing three gateways:
#   - WAHA (X-Webhook-Hmac = HMAC-SHA512), Wawp (?secret= + IP allow-list), WA-RS (X-Webhook-Signature sha256=):
#     one correctly signed POST each → 200, and the event, byte for byte, on wa.events.<session>.<event> in
#     WA_EVENTS (Nats-Msg-Id = the event id, X-Gateway header);
#   - a wrong signature / secret → 403, a missing one → 401, a Wawp POST from an address outside the allow-list
#     (127.0.0.2) → 403, and none of them reaches the stream;
#   - the same event id POSTed twice → 200 both times, stored once (WAHA and Wawp by event id, WA-RS by message id);
#   - a WAHA event without `session` → its subject cannot be built → 200 dead_lettered, kept in WEBHOOKS_DEAD
#     with the reason;
#   - NATS stopped: a POST gets 503 with Retry-After; NATS started again: the same POST (the gateway's retry)
#     gets 200 and the event is stored once.
# Sessions are unique per run; the streams (fixed subjects) are deleted before and after.
source "$(dirname "${BASH_SOURCE[0]}")/lib/e2e.sh"

reset_streams() { "$py" -m brokerkit delete-streams-for wa.events.x.y webhooks.dead.x; }
reset_streams || fail "could not reset the streams"
cleanup_hooks+=(reset_streams)

export WAHA_HMAC_KEY="waha-key-$RANDOM$RANDOM" WAWP_SECRET="wawp-secret-$RANDOM$RANDOM" \
  WARS_WEBHOOK_SECRET="wars-secret-$RANDOM$RANDOM" WAWP_ALLOW_IP=127.0.0.1/32
config=examples/gateway-webhooks-to-nats/switchyard.yaml
"$bin" validate --config "$config" >"$work/validate.out" 2>&1 || fail "validate: $(cat "$work/validate.out")"
start_switchyard "$config"

run=$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')
waha='{"id":"evt_'$run'_waha","timestamp":1722170400000,"session":"waha-'$run'","engine":"WEBJS","event":"message","payload":{"id":"false_255712345678@c.us_3EB0A1","from":"255712345678@c.us","body":"Habari \u00e9","fromMe":false},"me":{"id":"255700000000@c.us","pushName":"Shop"}}'
waha_status='{"id":"evt_'$run'_waha_status","timestamp":1722170401000,"session":"waha-'$run'","engine":"WEBJS","event":"session.status","payload":{"status":"WORKING"}}'
waha_nosession='{"id":"evt_'$run'_nosession","timestamp":1722170402000,"engine":"WEBJS","event":"message","payload":{}}'
wawp='{"id":"evt_'$run'_wawp","timestamp":1722170400000,"session":"wawp-'$run'","engine":"WEBJS","event":"message","payload":{"id":"msg_abc123","from":"1234567890@c.us","body":"Hello!","type":"text"},"me":{"id":"your_number@c.us","pushName":"Your Bot"}}'
wars='{"session_id":"wars-'$run'","event":"message","timestamp":1775991601,"data":{"from":"255712345678@s.whatsapp.net","chat":"255712345678@s.whatsapp.net","message_id":"3EB0'$run'","timestamp":1775991600,"is_from_me":false,"push_name":"Josh","message_type":"text","text":"Habari"}}'

hmac() { printf '%s' "$3" | openssl dgst "-$1" -hmac "$2" -hex | sed 's/^.* //'; }
# post NAME EXPECTED-STATUS BODY URL [curl args...]: fails unless the answer has that status
post() {
  local name=$1 want=$2 body=$3 url=$4 code; shift 4
  code=$(printf '%s' "$body" | curl -s -o "$work/answer" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
    --data-binary @- "$@" "$url")
  [ "$code" = "$want" ] || fail "$name: got $code ($(cat "$work/answer")), expected $want"
  echo "ok: $name → $code $(cat "$work/answer")"
}

say "WAHA: X-Webhook-Hmac (HMAC-SHA512)"
post "WAHA signed" 200 "$waha" "$base/webhooks/waha" -H "X-Webhook-Hmac: $(hmac sha512 "$WAHA_HMAC_KEY" "$waha")"
post "WAHA same event again" 200 "$waha" "$base/webhooks/waha" -H "X-Webhook-Hmac: $(hmac sha512 "$WAHA_HMAC_KEY" "$waha")"
post "WAHA session.status" 200 "$waha_status" "$base/webhooks/waha" -H "X-Webhook-Hmac: $(hmac sha512 "$WAHA_HMAC_KEY" "$waha_status")"
post "WAHA wrong key" 403 "${waha/Habari/Hacked}" "$base/webhooks/waha" -H "X-Webhook-Hmac: $(hmac sha512 wrong-key "${waha/Habari/Hacked}")"
post "WAHA signature of another body" 403 "${waha/Habari/Hacked}" "$base/webhooks/waha" -H "X-Webhook-Hmac: $(hmac sha512 "$WAHA_HMAC_KEY" "$waha")"
post "WAHA unsigned" 401 "${waha/Habari/Hacked}" "$base/webhooks/waha"
post "WAHA without session" 200 "$waha_nosession" "$base/webhooks/waha" -H "X-Webhook-Hmac: $(hmac sha512 "$WAHA_HMAC_KEY" "$waha_nosession")"
grep -q '"status":"dead_lettered"' "$work/answer" || fail "WAHA without session was not dead-lettered: $(cat "$work/answer")"

say "Wawp: ?secret= and the IP allow-list"
post "Wawp with the secret" 200 "$wawp" "$base/webhooks/wawp?secret=$WAWP_SECRET"
post "Wawp same event again" 200 "$wawp" "$base/webhooks/wawp?secret=$WAWP_SECRET"
post "Wawp wrong secret" 403 "${wawp/Hello/Hacked}" "$base/webhooks/wawp?secret=wrong"
post "Wawp no secret" 401 "${wawp/Hello/Hacked}" "$base/webhooks/wawp"
post "Wawp from outside the allow-list" 403 "${wawp/Hello/Hacked}" "$base/webhooks/wawp?secret=$WAWP_SECRET" --interface 127.0.0.2

say "WA-RS: X-Webhook-Signature (sha256=HMAC-SHA256)"
post "WA-RS signed" 200 "$wars" "$base/webhooks/wa-rs" -H "X-Webhook-Signature: sha256=$(hmac sha256 "$WARS_WEBHOOK_SECRET" "$wars")"
post "WA-RS same message again" 200 "$wars" "$base/webhooks/wa-rs" -H "X-Webhook-Signature: sha256=$(hmac sha256 "$WARS_WEBHOOK_SECRET" "$wars")"
post "WA-RS wrong secret" 403 "${wars/Habari/Hacked}" "$base/webhooks/wa-rs" -H "X-Webhook-Signature: sha256=$(hmac sha256 wrong "${wars/Habari/Hacked}")"
post "WA-RS unsigned" 401 "${wars/Habari/Hacked}" "$base/webhooks/wa-rs"

say "NATS down: the gateway is told to retry (503 + Retry-After), and its retry after the restart is stored once"
outage='{"id":"evt_'$run'_outage","timestamp":1722170403000,"session":"waha-'$run'","engine":"WEBJS","event":"message.ack","payload":{"ack":3}}'
outage_sig=$(hmac sha512 "$WAHA_HMAC_KEY" "$outage")
brokers=${SWITCHYARD_BROKERS_SH:-$repo/scripts/brokers.sh}
bash "$brokers" stop nats >/dev/null || fail "could not stop NATS with $brokers"
cleanup_hooks=("bash '$brokers' start nats" "${cleanup_hooks[@]}")  # first: never leave NATS down
code=$(printf '%s' "$outage" | curl -s -o "$work/answer" -D "$work/headers" -w '%{http_code}' -X POST \
  -H "X-Webhook-Hmac: $outage_sig" --data-binary @- "$base/webhooks/waha")
[ "$code" = 503 ] || fail "with NATS down a WAHA POST got $code ($(cat "$work/answer")), expected 503"
grep -qi '^retry-after: [0-9]' "$work/headers" || fail "the 503 has no Retry-After: $(cat "$work/headers")"
echo "ok: NATS down → 503, $(grep -i '^retry-after' "$work/headers" | tr -d '\r')"
bash "$brokers" start nats >/dev/null || fail "could not start NATS again"
for i in $(seq 1 100); do # the gateway's retries, up to 20 s while Switchyard reconnects
  code=$(printf '%s' "$outage" | curl -s -o "$work/answer" -w '%{http_code}' -X POST -H "X-Webhook-Hmac: $outage_sig" \
    --data-binary @- "$base/webhooks/waha")
  [ "$code" = 200 ] && break
  sleep 0.2
done
[ "$code" = 200 ] || fail "the retried POST still got $code after NATS came back ($(cat "$work/answer"))"
echo "ok: retried after the restart → 200 $(cat "$work/answer")"

say "what JetStream stored"
RUN=$run OUTAGE=$outage WAHA=$waha WAHA_STATUS=$waha_status WAWP=$wawp WARS=$wars NOSESSION=$waha_nosession "$py" - <<'PY'
import json, os
from brokerkit import *

async def main():
    run = os.environ["RUN"]
    nc = await nats_connect()
    js = nc.jetstream()
    expected = [  # (session, subject, body, Nats-Msg-Id or None, X-Gateway)
        (f"waha-{run}", f"wa.events.waha-{run}.message", os.environ["WAHA"], f"evt_{run}_waha", "waha"),
        (f"waha-{run}", f"wa.events.waha-{run}.session.status", os.environ["WAHA_STATUS"], f"evt_{run}_waha_status", "waha"),
        (f"waha-{run}", f"wa.events.waha-{run}.message.ack", os.environ["OUTAGE"], f"evt_{run}_outage", "waha"),
        (f"wawp-{run}", f"wa.events.wawp-{run}.message", os.environ["WAWP"], f"evt_{run}_wawp", "wawp"),
        (f"wars-{run}", f"wa.events.wars-{run}.message", os.environ["WARS"], f"wa-rs:wars-{run}:message:3EB0{run}", "wa-rs"),
    ]
    for session in sorted({e[0] for e in expected}):
        want = [e for e in expected if e[0] == session]
        msgs = await fetch_all(js, "WA_EVENTS", f"wa.events.{session}.>", want=len(want), timeout=5, settle=1)
        check(len(msgs) == len(want), f"{session}: {len(msgs)} events stored, expected {len(want)} (duplicates or refused POSTs?): "
              f"{[(m.subject, m.data) for m in msgs]}")
        for (_, subject, body, msg_id, gateway), m in zip(want, msgs):
            check(m.subject == subject, f"stored on {m.subject}, expected {subject}")
            check(m.data == body.encode(), f"{subject}: body changed on the way:\n  got  {m.data!r}\n  sent {body!r}")
            headers = m.headers or {}
            check(headers.get("Nats-Msg-Id") == msg_id, f"{subject}: Nats-Msg-Id {headers.get('Nats-Msg-Id')!r}, expected {msg_id!r}")
            check(headers.get("X-Gateway") == gateway, f"{subject}: X-Gateway {headers.get('X-Gateway')!r}")
            for secret in (os.environ["WAHA_HMAC_KEY"], os.environ["WAWP_SECRET"], os.environ["WARS_WEBHOOK_SECRET"]):
                check(secret.encode() not in m.data and all(secret not in str(v) for v in headers.values()),
                      f"{subject}: a secret leaked into the stored message: {headers}")
        print(f"ok: {session}: {[m.subject for m in msgs]}, each once, bodies byte for byte")
    dead = await fetch_all(js, "WEBHOOKS_DEAD", "webhooks.dead.>", want=1, timeout=5, settle=1)
    check(len(dead) == 1, f"{len(dead)} dead letters, expected 1")
    m = dead[0]
    headers = m.headers or {}
    check(m.subject == "webhooks.dead.waha-webhooks", f"dead letter on {m.subject}")
    check(m.data == os.environ["NOSESSION"].encode(), f"dead letter body {m.data!r}")
    check("session" in headers.get("x-switchyard-error", ""), f"dead letter reason: {headers}")
    print(f"ok: the WAHA event without session is in WEBHOOKS_DEAD: {headers.get('x-switchyard-error')}")
    await nc.close()

run(main())
PY
echo "gateway-webhooks-e2e: ok"
