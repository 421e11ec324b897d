#!/usr/bin/env bash
# examples/waba-wars-bridge end to end on the real brokers, with this script playing Nexgate (RabbitMQ) and WA-RS
# (the wa-send-worker consumer of WA_SEND, and the publisher of WA_EVENTS):
#   - every seed-001 outbound sample published on whatsapp.exchange with its routing key → the WA-RS command of
#     seed 000 on wa.send.<session>, checked field by field; the OTP exactly once, through the auth route only;
#   - a SEND_FREETEXT from an unknown wabaNumber → q.whatsapp.dead with the reason in x-switchyard-error;
#   - a WA-RS `message` event and a `send_result` for one command → a complete MESSAGE_RECEIVED and a complete,
#     correlated STATUS_WEBHOOK `sent` on q.whatsapp.inbound with their routing keys;
#   - the commands that never get a send_result → one STATUS_WEBHOOK `failed` each after the result deadline;
#   - kill -9 of switchyard, commands published while it is dead → delivered once each after the restart.
# The topology names are the contract's, so the script deletes the queues and streams before and after.
source "$(dirname "${BASH_SOURCE[0]}")/lib/e2e.sh"

queues="q.whatsapp.inbound q.whatsapp.outbound q.whatsapp.auth q.whatsapp.dead"
reset_brokers() {
  # shellcheck disable=SC2086
  "$py" -m brokerkit delete-queues $queues
  "$py" -m brokerkit delete-streams-for wa.events.x.y wa.send.x
}
reset_brokers || fail "could not reset the bridge's queues and streams"
cleanup_hooks+=(reset_brokers)

config=examples/waba-wars-bridge/switchyard.yaml
"$bin" validate --config "$config" >"$work/validate.out" 2>&1 || fail "validate: $(cat "$work/validate.out")"
# A short result deadline so the failure statuses arrive inside the test (the example's default is 5m).
start_switchyard "$config" WARS_RESULT_DEADLINE=8s WARS_FAILURE_SWEEP=1s

say "Nexgate publishes the seed-001 outbound samples; WA-RS reads wa.send.>"
export BASE=$base
"$py" - <<'PY'
import asyncio, json, re, urllib.request
from brokerkit import *
from nats.js.api import AckPolicy, ConsumerConfig

SHOP, OTP = "+255700000000", "+255700000001"
samples = [  # (routing key, seed 001 sample, expected WA-RS command without request_id, session)
    ("whatsapp.outbound.message",
     {"type": "SEND_FREETEXT", "messageType": "TEXT", "wabaAccountId": "waba-001", "wabaNumber": SHOP, "to": "+255712345678",
      "correlationId": "session-001", "text": "Habari! Tunayo kuku na chips. Bei ni 5,000 TZS."},
     {"type": "text", "to": "255712345678", "text": "Habari! Tunayo kuku na chips. Bei ni 5,000 TZS."}, "shop-1"),
    ("whatsapp.outbound.message",
     {"type": "SEND_TEMPLATE", "messageType": "TEMPLATE", "wabaAccountId": "waba-001", "wabaNumber": SHOP, "to": "+255712345678",
      "correlationId": "session-002", "template": {"templateName": "SHOP_DETAILS", "languageCode": "en", "params": {"1": "Josh", "2": "Mode Bites"}}},
     {"type": "text", "to": "255712345678", "text": "Hello Josh! Welcome to *Mode Bites*, browse our products and find what suits you."}, "shop-1"),
    ("whatsapp.outbound.message",
     {"type": "SEND_TEMPLATE", "messageType": "TEMPLATE", "wabaAccountId": "waba-001", "wabaNumber": SHOP, "to": "+255712345678",
      "correlationId": "session-003", "template": {"templateName": "PRODUCT_RESULTS_FOUND", "languageCode": "en",
                                                   "params": {"1": "Josh", "2": "2", "3": "kuku", "4": "Mode Bites", "5": "Kuku Choma"}}},
     {"type": "text", "to": "255712345678", "text": "Hello Josh! 🎉 We found 2 products matching *\"kuku\"* in Mode Bites. Here are a few matches: *Kuku Choma*. Tap below to see all results!"}, "shop-1"),
    ("whatsapp.outbound.message",
     {"type": "SEND_TEMPLATE", "messageType": "TEMPLATE", "wabaAccountId": "waba-001", "wabaNumber": SHOP, "to": "+255712345678",
      "correlationId": "session-004", "template": {"templateName": "PRODUCTS_NOT_FOUND", "languageCode": "en",
                                                   "params": {"1": "Josh", "2": "cake", "3": "Mode Bites", "4": "Kuku Choma"}}},
     {"type": "text", "to": "255712345678", "text": "Hello Josh, We couldn't find *\"cake\"* in *Mode Bites* right now. You might be interested in: *Kuku Choma*"}, "shop-1"),
    ("whatsapp.outbound.message",
     {"type": "SEND_TEMPLATE", "messageType": "TEMPLATE", "wabaAccountId": "waba-001", "wabaNumber": SHOP, "to": "+255712345678",
      "correlationId": "session-005", "template": {"templateName": "FALLBACK_TEXT", "languageCode": "en", "params": {"1": "Josh", "2": "sawa asante"}}},
     {"type": "text", "to": "255712345678", "text": "Hi Josh, thanks for your message: \"sawa asante\". We're not sure how to help with that — feel free to ask about our products or shop."}, "shop-1"),
    ("whatsapp.outbound.auth",
     {"type": "SEND_AUTH_OTP", "messageType": "TEMPLATE", "wabaAccountId": "nexgate-waba-account-id", "wabaNumber": OTP,
      "phoneNumberId": "nexgate-phone-number-id", "appId": "nexgate-app-id", "to": "+255712345678", "correlationId": "+255712345678",
      "template": {"templateName": "NEXGATE_OTP", "languageCode": "en", "params": {"1": "847291"}}},
     {"type": "text", "to": "255712345678", "text": "847291 is your verification code. For your security, do not share this code. Expires in 10 minutes."}, "nexgate-otp"),
    ("whatsapp.outbound.message",
     {"type": "SEND_FREETEXT", "messageType": "IMAGE", "wabaAccountId": "waba-001", "wabaNumber": SHOP, "to": "+255712345678",
      "correlationId": "session-006", "media": {"url": "https://cdn.nexgate.co.tz/menu.jpg", "mimeType": "image/jpeg", "filename": "menu.jpg", "caption": "Menu ya leo"}},
     {"type": "image", "to": "255712345678", "image": {"url": "https://cdn.nexgate.co.tz/menu.jpg"}, "caption": "Menu ya leo"}, "shop-1"),
]
unknown = {"type": "SEND_FREETEXT", "messageType": "TEXT", "wabaAccountId": "waba-009", "wabaNumber": "+255799999999",
           "to": "+255712345678", "correlationId": "session-999", "text": "from a shop the bridge does not know"}

def counter(route, name):
    text = urllib.request.urlopen(f"{os.environ['BASE']}/metrics", timeout=5).read().decode()
    m = re.search(r'^switchyard_route_%s_total\{[^}]*route="%s"[^}]*\} (\d+)' % (name, re.escape(route)), text, re.M)
    return int(m.group(1)) if m else 0

async def main():
    connection, channel = amqp_channel()
    for key, body, _, _ in samples:
        publish(channel, "whatsapp.exchange", key, body)
    publish(channel, "whatsapp.exchange", "whatsapp.outbound.message", unknown)

    nc = await nats_connect()
    js = nc.jetstream()
    # WA-RS's own consumer (seed 000): explicit ack, 30 s ack wait, 3 deliveries.
    worker = ConsumerConfig(ack_policy=AckPolicy.EXPLICIT, ack_wait=30, max_deliver=3)
    msgs = await fetch_all(js, "WA_SEND", "wa.send.>", want=len(samples), timeout=20, settle=2, durable="wa-send-worker", config=worker)
    check(len(msgs) == len(samples), f"{len(msgs)} commands on wa.send.>, expected {len(samples)}: {[m.data for m in msgs]}")
    commands = [(m.subject, json.loads(m.data), m.headers or {}) for m in msgs]
    request_ids = {}
    for key, body, want, session in samples:
        matching = [(s, c, h) for s, c, h in commands if {k: v for k, v in c.items() if k != "request_id"} == want]
        check(len(matching) == 1, f"{body['correlationId']}: expected exactly one command {want}, got {len(matching)} among {commands}")
        subject, command, headers = matching[0]
        check(subject == f"wa.send.{session}", f"{body['correlationId']}: on {subject}, expected wa.send.{session}")
        rid = command.get("request_id", "")
        check(re.fullmatch(r"waba-[0-9a-f]{32}", rid), f"request_id {rid!r} is not waba-<32 hex>")
        check(headers.get("Nats-Msg-Id") == rid, f"Nats-Msg-Id {headers.get('Nats-Msg-Id')!r} != request_id {rid}")
        request_ids[body["correlationId"]] = rid
    check(len(set(request_ids.values())) == len(samples), f"request ids not distinct: {request_ids}")
    print(f"ok: {len(samples)} WA-RS commands, each as seed 000 shapes it, on its session's subject")

    # The OTP went through the auth queue only: the binding is whatsapp.outbound.message, not whatsapp.outbound.#.
    # (JetStream's duplicate window would hide a second copy with the same request_id, so count at the routes.)
    check(counter("waba-auth-to-wars", "received") == 1, f"auth route received {counter('waba-auth-to-wars', 'received')}, expected 1")
    check(counter("waba-outbound-to-wars", "received") == 7, f"outbound route received {counter('waba-outbound-to-wars', 'received')}, expected 6 samples + 1 unknown")
    print("ok: the OTP was taken once, from q.whatsapp.auth only")

    dead = collect(channel, "q.whatsapp.dead", want=1, timeout=10)
    check(len(dead) == 1, f"{len(dead)} dead letters, expected 1: {dead}")
    _, props, body = dead[0]
    headers = props.headers or {}
    check(body == unknown, f"dead letter body {body} is not the unknown command")
    check("no WA-RS session for +255799999999" in str(headers.get("x-switchyard-error")), f"dead letter reason: {headers}")
    check(headers.get("x-switchyard-route") == "waba-outbound-to-wars", f"dead letter route: {headers}")
    check(counter("waba-outbound-to-wars", "dead_lettered") == 1, "dead_lettered counter of the outbound route is not 1")
    print(f"ok: unknown wabaNumber dead-lettered: {headers.get('x-switchyard-error')}")

    # WA-RS: a customer's message, and the result of the SHOP_DETAILS command (bare, as its code publishes it).
    event = {"session_id": "shop-1", "event": "message", "timestamp": 1775991601,
             "data": {"from": "255712345678:3@s.whatsapp.net", "chat": "255712345678@s.whatsapp.net", "message_id": "3EB0A1B2C3D4",
                      "timestamp": 1775991600, "is_from_me": False, "push_name": "Josh", "verified_name": None,
                      "message_type": "text", "text": "Nataka kuku na chips", "caption": None, "media_mimetype": None,
                      "media": None, "is_group": False, "participant": None}}
    shop_details = request_ids["session-002"]
    result = {"request_id": shop_details, "success": True, "message_id": "3EB0DEF456", "error": None, "timestamp": 1775991605}
    await js.publish("wa.events.shop-1.message", json.dumps(event).encode())
    await js.publish("wa.events.shop-1.send_result", json.dumps(result).encode())
    await nc.close()

    # 1 MESSAGE_RECEIVED + 1 STATUS_WEBHOOK sent + a failed status for each of the 6 unanswered commands.
    inbound = collect(channel, "q.whatsapp.inbound", want=8, timeout=40, settle=3)
    received = [(k, b) for k, _, b in inbound if b.get("type") == "MESSAGE_RECEIVED"]
    sent = [(k, p, b) for k, p, b in inbound if b.get("type") == "STATUS_WEBHOOK" and b.get("status") == "sent"]
    failed = [(k, b) for k, _, b in inbound if b.get("type") == "STATUS_WEBHOOK" and b.get("status") == "failed"]
    check(len(inbound) == 8 and len(received) == 1 and len(sent) == 1 and len(failed) == 6,
          f"q.whatsapp.inbound got {len(inbound)}: {len(received)} received, {len(sent)} sent, {len(failed)} failed: {inbound}")
    key, body = received[0]
    check(key == "whatsapp.inbound.message", f"MESSAGE_RECEIVED routing key {key}")
    want = {"type": "MESSAGE_RECEIVED", "messageType": "TEXT", "wabaAccountId": "waba-001", "wabaNumber": SHOP, "wabaUserName": "Josh",
            "messageId": "3EB0A1B2C3D4", "from": "+255712345678", "text": "Nataka kuku na chips", "media": None,
            "timestamp": "2026-04-12T11:00:00Z"}
    check(body == want, f"MESSAGE_RECEIVED\n  got  {body}\n  want {want}")
    print("ok: WA-RS message → complete MESSAGE_RECEIVED on whatsapp.inbound.message")
    key, props, body = sent[0]
    check(key == "whatsapp.inbound.status", f"STATUS_WEBHOOK routing key {key}")
    want = {"type": "STATUS_WEBHOOK", "messageType": "TEMPLATE", "wabaAccountId": "waba-001", "wabaNumber": SHOP, "wabaUserName": "",
            "messageId": "3EB0DEF456", "from": "+255712345678", "status": "sent", "timestamp": "2026-04-12T11:00:05Z",
            "correlationId": "session-002"}
    check(body == want, f"STATUS_WEBHOOK sent\n  got  {body}\n  want {want}")
    check(props.correlation_id == "session-002", f"AMQP correlation_id {props.correlation_id!r}")
    print("ok: WA-RS send_result → complete STATUS_WEBHOOK sent, correlated to the SHOP_DETAILS command")
    by_rid = {b["messageId"]: (k, b) for k, b in failed}
    for key, sample, _, _ in samples:
        cid = sample["correlationId"]
        if cid == "session-002":
            continue
        rid = request_ids[cid]
        check(rid in by_rid, f"no failed status for {cid} ({rid}): {failed}")
        k, b = by_rid[rid]
        check(k == "whatsapp.inbound.status", f"failed status routing key {k}")
        for field in ("wabaAccountId", "wabaNumber", "messageType", "correlationId"):
            check(b.get(field) == sample[field], f"{cid}: failed status {field} = {b.get(field)!r}, expected {sample[field]!r}: {b}")
        check(b.get("from") == sample["to"], f"{cid}: failed status from = {b.get('from')!r}")
        check("no send_result" in json.dumps(b.get("error")), f"{cid}: failed status error {b.get('error')!r}")
    print("ok: the 6 unanswered commands → STATUS_WEBHOOK failed after the result deadline, correlated")
    connection.close()

run(main())
PY
say "kill -9 of switchyard: commands queued while it is dead are delivered after the restart, each once"
kill -KILL "$switchyard_pid"; wait "$switchyard_pid" 2>/dev/null || true; switchyard_pid=""
run=$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')
RUN=$run "$py" - <<'PY'
import os
from brokerkit import *
connection, channel = amqp_channel()
for i in (1, 2):
    publish(channel, "whatsapp.exchange", "whatsapp.outbound.message",
            {"type": "SEND_FREETEXT", "messageType": "TEXT", "wabaAccountId": "waba-001", "wabaNumber": "+255700000000",
             "to": "+255712345678", "correlationId": f"after-crash-{i}", "text": f"after the crash {os.environ['RUN']} #{i}"})
connection.close()
PY
start_switchyard "$config" WARS_RESULT_DEADLINE=8s WARS_FAILURE_SWEEP=1s
RUN=$run "$py" - <<'PY'
import json, os
from brokerkit import *
from nats.js.api import AckPolicy, ConsumerConfig

async def main():
    nc = await nats_connect()
    js = nc.jetstream()
    msgs = await fetch_all(js, "WA_SEND", "wa.send.>", want=2, timeout=20, settle=2, durable="wa-send-worker",
                           config=ConsumerConfig(ack_policy=AckPolicy.EXPLICIT, ack_wait=30, max_deliver=3))
    texts = sorted(json.loads(m.data)["text"] for m in msgs)
    want = [f"after the crash {os.environ['RUN']} #1", f"after the crash {os.environ['RUN']} #2"]
    check(texts == want, f"after the restart wa.send.> got {texts}, expected {want}")
    check(all(m.subject == "wa.send.shop-1" for m in msgs), f"subjects {[m.subject for m in msgs]}")
    print("ok: both commands published while switchyard was dead arrived once each after the restart")
    await nc.close()

run(main())
PY
echo "waba-wars-bridge-e2e: ok"
