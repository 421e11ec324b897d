#!/usr/bin/env bash
# waba_to_wars and wars_to_waba through the built binary (`switchyard apply`) on the seed samples: outbound
# commands and rendered templates, inbound events, rejections naming their field, and the policies.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
swift build --product switchyard >/dev/null
bin="$(swift build --show-bin-path)/switchyard"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL: $*"; exit 1; }
to_wars=("$bin" apply waba_to_wars --set sessions.+255700000000=shop-1 --set sessions.+255700000001=nexgate-otp)
to_waba=("$bin" apply wars_to_waba --set sessions.+255700000000=shop-1 --set accounts.+255700000000=waba-001)

echo "-- seed SEND_FREETEXT text → WA-RS text command for wa.send.shop-1"
echo '{"type":"SEND_FREETEXT","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-001","text":"Habari! Tunayo kuku na chips. Bei ni 5,000 TZS."}' \
  | "${to_wars[@]}" --metadata >"$tmp/text.json"
python3 - "$tmp/text.json" <<'PY'
import json, sys
out = json.loads(open(sys.argv[1]).read())
body, meta = out["body"], out["metadata"]
rid = body.pop("request_id")
assert body == {"type": "text", "to": "255712345678", "text": "Habari! Tunayo kuku na chips. Bei ni 5,000 TZS."}, body
assert rid.startswith("waba-") and len(rid) == 37, rid
assert meta["session"] == "shop-1" and meta["request_id"] == rid and meta["wars.subject"] == "wa.send.shop-1", meta
PY

echo "-- the same input twice gives the same request_id"
a=$(echo '{"type":"SEND_FREETEXT","messageType":"TEXT","wabaNumber":"+255700000000","to":"+255712345678","text":"x"}' | "${to_wars[@]}")
b=$(echo '{"type":"SEND_FREETEXT","messageType":"TEXT","wabaNumber":"+255700000000","to":"+255712345678","text":"x"}' | "${to_wars[@]}")
[ "$a" = "$b" ] || fail "request ids differ: $a / $b"

echo "-- seed image, and the five seed templates (JSON lines) rendered to text"
cat >"$tmp/outbound.jsonl" <<'JSONL'
{"type":"SEND_FREETEXT","messageType":"IMAGE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-006","media":{"url":"https://cdn.nexgate.co.tz/menu.jpg","mimeType":"image/jpeg","filename":"menu.jpg","caption":"Menu ya leo"}}
{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-002","template":{"templateName":"SHOP_DETAILS","languageCode":"en","params":{"1":"Josh","2":"Mode Bites"}}}
{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-003","template":{"templateName":"PRODUCT_RESULTS_FOUND","languageCode":"en","params":{"1":"Josh","2":"2","3":"kuku","4":"Mode Bites","5":"Kuku Choma"}}}
{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-004","template":{"templateName":"PRODUCTS_NOT_FOUND","languageCode":"en","params":{"1":"Josh","2":"cake","3":"Mode Bites","4":"Kuku Choma"}}}
{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-005","template":{"templateName":"FALLBACK_TEXT","languageCode":"en","params":{"1":"Josh","2":"sawa asante"}}}
{"type":"SEND_AUTH_OTP","messageType":"TEMPLATE","wabaAccountId":"nexgate-waba-account-id","wabaNumber":"+255700000001","phoneNumberId":"nexgate-phone-number-id","appId":"nexgate-app-id","to":"+255712345678","correlationId":"+255712345678","template":{"templateName":"NEXGATE_OTP","languageCode":"en","params":{"1":"847291"}}}
JSONL
"${to_wars[@]}" --metadata "$tmp/outbound.jsonl" >"$tmp/outbound.out"
python3 - "$tmp/outbound.out" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
assert len(lines) == 6, len(lines)
image = lines[0]["body"]
assert image["type"] == "image" and image["image"] == {"url": "https://cdn.nexgate.co.tz/menu.jpg"} and image["caption"] == "Menu ya leo", image
texts = [l["body"]["text"] for l in lines[1:]]
assert texts == [
    "Hello Josh! Welcome to *Mode Bites*, browse our products and find what suits you.",
    "Hello Josh! 🎉 We found 2 products matching *\"kuku\"* in Mode Bites. Here are a few matches: *Kuku Choma*. Tap below to see all results!",
    "Hello Josh, We couldn't find *\"cake\"* in *Mode Bites* right now. You might be interested in: *Kuku Choma*",
    "Hi Josh, thanks for your message: \"sawa asante\". We're not sure how to help with that — feel free to ask about our products or shop.",
    "847291 is your verification code. For your security, do not share this code. Expires in 10 minutes.",
], texts
assert [l["metadata"]["session"] for l in lines] == ["shop-1"] * 5 + ["nexgate-otp"]
assert len({l["body"]["request_id"] for l in lines}) == 6
PY

echo "-- a route's own template, from a config file"
cat >"$tmp/templates.yaml" <<'YAML'
sessions: { "+255700000000": shop-1 }
templates:
  ORDER_READY:
    sw: "Habari {{1}}, oda {{2}} iko tayari"
YAML
got=$(echo '{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaNumber":"+255700000000","to":"+255712345678","template":{"templateName":"ORDER_READY","languageCode":"sw","params":{"1":"Josh","2":"A-17"}}}' \
  | "$bin" apply waba_to_wars --config "$tmp/templates.yaml" | python3 -c 'import json,sys; print(json.load(sys.stdin)["text"])')
[ "$got" = "Habari Josh, oda A-17 iko tayari" ] || fail "custom template rendered '$got'"

echo "-- rejections name what they could not translate (exit 1, reason on stderr)"
expect_rejected() {  # expected-reason-prefix, then the command
  local want=$1; shift
  if "$@" >"$tmp/out" 2>"$tmp/err" <"$tmp/in"; then fail "accepted: $(cat "$tmp/in")"; fi
  grep -qF "rejected: $want" "$tmp/err" || fail "expected 'rejected: $want', got: $(cat "$tmp/err")"
}
echo '{"type":"SEND_FREETEXT","messageType":"TEXT","wabaNumber":"+255799999999","to":"+255712345678","text":"x"}' >"$tmp/in"
expect_rejected "wabaNumber: no WA-RS session for +255799999999" "${to_wars[@]}"
echo '{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaNumber":"+255700000000","to":"+255712345678","template":{"templateName":"SHOP_DETAILS","languageCode":"en","params":{"1":"Josh"}}}' >"$tmp/in"
expect_rejected "template.params.2: missing param {{2}} (shopName) for template 'SHOP_DETAILS'" "${to_wars[@]}"
echo '{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaNumber":"+255700000000","to":"+255712345678","template":{"templateName":"ORDER_SHIPPED","params":{}}}' >"$tmp/in"
expect_rejected "template.templateName: unknown template 'ORDER_SHIPPED'" "${to_wars[@]}"

echo "-- seed MESSAGE_RECEIVED → WA-RS message event for wa.events.shop-1.message"
echo '{"type":"MESSAGE_RECEIVED","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"Josh","messageId":"msg-123","from":"+255712345678","text":"Nataka kuku na chips","media":null,"timestamp":"2026-04-12T11:00:00Z"}' \
  | "${to_wars[@]}" --metadata >"$tmp/event.json"
python3 - "$tmp/event.json" <<'PY'
import json, sys
out = json.loads(open(sys.argv[1]).read())
body, meta = out["body"], out["metadata"]
assert body["session_id"] == "shop-1" and body["event"] == "message" and body["timestamp"] == 1775991600, body
d = body["data"]
assert d["from"] == d["chat"] == "255712345678@s.whatsapp.net" and d["message_type"] == "text" and d["text"] == "Nataka kuku na chips", d
assert d["push_name"] == "Josh" and d["is_from_me"] is False and d["is_group"] is False, d
assert meta["wars.subject"] == "wa.events.shop-1.message", meta
PY

echo "-- WA-RS message event → MESSAGE_RECEIVED (device suffix stripped, group participant)"
cat >"$tmp/events.jsonl" <<'JSONL'
{"session_id":"shop-1","event":"message","timestamp":1775991601,"data":{"from":"255712345678:3@s.whatsapp.net","chat":"255712345678@s.whatsapp.net","message_id":"3EB0A1","timestamp":1775991600,"is_from_me":false,"push_name":"Josh","verified_name":null,"message_type":"text","text":"Habari","caption":null,"media_mimetype":null,"media":null,"is_group":false,"participant":null}}
{"session_id":"shop-1","event":"message","timestamp":1775991601,"data":{"from":"120363025246125486@g.us","chat":"120363025246125486@g.us","message_id":"3EB0A2","timestamp":1775991600,"is_from_me":false,"push_name":"Asha","message_type":"image","text":null,"caption":"Hii","media_mimetype":"image/jpeg","media":{"url":"https://mmg.whatsapp.net/x"},"is_group":true,"participant":"255713000000@c.us"}}
JSONL
"${to_waba[@]}" --metadata "$tmp/events.jsonl" >"$tmp/received.out"
python3 - "$tmp/received.out" <<'PY'
import json, sys
a, b = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
assert a["body"] == {"type": "MESSAGE_RECEIVED", "messageType": "TEXT", "wabaAccountId": "waba-001", "wabaNumber": "+255700000000",
    "wabaUserName": "Josh", "messageId": "3EB0A1", "from": "+255712345678", "text": "Habari", "media": None,
    "timestamp": "2026-04-12T11:00:00Z"}, a["body"]
assert a["metadata"]["waba.routing_key"] == "whatsapp.inbound.message", a["metadata"]
assert b["body"]["from"] == "+255713000000" and b["body"]["messageType"] == "IMAGE", b["body"]
assert b["body"]["media"]["caption"] == "Hii" and b["body"]["media"]["mimeType"] == "image/jpeg", b["body"]
PY

echo "-- @lid senders: dead letter by default, dropped on request; own messages dropped"
echo '{"session_id":"shop-1","event":"message","timestamp":1,"data":{"from":"123456789@lid","chat":"123456789@lid","message_id":"L1","timestamp":1,"message_type":"text","text":"x"}}' >"$tmp/in"
expect_rejected "data.from: sender 123456789@lid is an @lid id without a phone number" "${to_waba[@]}"
"${to_waba[@]}" --set lid_senders=drop <"$tmp/in" >"$tmp/out" 2>"$tmp/err" || fail "drop policy failed: $(cat "$tmp/err")"
[ ! -s "$tmp/out" ] && grep -q "^dropped: sender 123456789@lid" "$tmp/err" || fail "lid not dropped: $(cat "$tmp/out" "$tmp/err")"
echo '{"session_id":"shop-1","event":"message","timestamp":1,"data":{"from":"255700000000@s.whatsapp.net","chat":"255712345678@s.whatsapp.net","message_id":"M1","timestamp":1,"is_from_me":true,"message_type":"text","text":"x"}}' \
  | "${to_waba[@]}" >"$tmp/out" 2>"$tmp/err"
[ ! -s "$tmp/out" ] && grep -q "^dropped: own message" "$tmp/err" || fail "own message not dropped"

echo "-- send_result: no correlation in a fresh process → dead letter naming the request_id, or a partial status"
echo '{"request_id":"uuid","success":true,"message_id":"3EB0DEF456...","error":null,"timestamp":1700000000}' >"$tmp/in"
expect_rejected "request_id: no correlation entry for request_id 'uuid'" "${to_waba[@]}" --meta subject=wa.events.shop-1.send_result
got=$("${to_waba[@]}" --set unknown_request=partial --meta subject=wa.events.shop-1.send_result <"$tmp/in")
python3 -c 'import json,sys; b=json.loads(sys.argv[1]); assert (b["type"], b["status"], b["messageId"], b["wabaNumber"]) == ("STATUS_WEBHOOK", "sent", "3EB0DEF456...", "+255700000000"), b' "$got"

echo "-- WA-RS command seen on wa.send.shop-1 → SEND_FREETEXT"
got=$(echo '{"type":"image","to":"255712345678","image":{"url":"https://example.com/photo.jpg"},"caption":"Check this out","request_id":"uuid"}' \
  | "${to_waba[@]}" --meta subject=wa.send.shop-1)
python3 -c '
import json, sys
b = json.loads(sys.argv[1])
assert b == {"type": "SEND_FREETEXT", "messageType": "IMAGE", "wabaAccountId": "waba-001", "wabaNumber": "+255700000000",
    "to": "+255712345678", "correlationId": "uuid", "media": {"url": "https://example.com/photo.jpg", "caption": "Check this out"}}, b' "$got"
echo '{"type":"poll","to":"628123456789","name":"Favorite color?","options":["Red"],"selectable_count":1}' >"$tmp/in"
expect_rejected "type: WA-RS command 'poll' has no SEND_FREETEXT form" "${to_waba[@]}" --meta subject=wa.send.shop-1

echo "-- the bridge example's routes pass their route tests (switchyard test starts no source or sink: no broker needed)"
"$bin" test --config examples/waba-wars-bridge/switchyard.yaml examples/waba-wars-bridge/tests/bridge.yaml | tee "$tmp/bridge.out"
grep -q "^5 passed, 0 failed" "$tmp/bridge.out" || fail "bridge route tests"

echo "waba/wars apply: ok"
