#!/usr/bin/env bash
# `switchyard apply meta_to_waba` with no settings translates a Meta webhook POST into WABA events (one JSON
# line each), refuses what is not a Meta webhook, and follows policy and bad-part settings given with --set.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH

swift build --product switchyard
bin="$(swift build --show-bin-path)/switchyard"
sample=plugins/MetaToWABA/Samples/meta-post.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "-- the sample POST: 2 entries × changes, messages and statuses"
"$bin" apply meta_to_waba --metadata "$sample" >"$work/out.jsonl"
python3 - "$work/out.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
bodies = [l["body"] for l in lines]
meta = [l["metadata"] for l in lines]
assert len(lines) == 5, f"expected 5 events (reaction and played dropped), got {len(lines)}: {bodies}"
assert bodies[0] == {"type": "MESSAGE_RECEIVED", "messageType": "TEXT", "wabaAccountId": "waba-001", "wabaNumber": "+255700000000",
                     "wabaUserName": "Josh", "messageId": "wamid.TEXT1", "from": "+255712345678",
                     "text": "Nataka kuku na chips \U0001F357", "media": None, "timestamp": "2026-04-12T11:00:00Z"}, bodies[0]
assert bodies[1]["messageType"] == "IMAGE" and bodies[1]["wabaUserName"] == "Asha", bodies[1]
assert bodies[1]["media"] == {"type": "IMAGE", "url": "1479537139650973", "mimeType": "image/jpeg", "filename": None,
                              "sha256": "abc123def456", "caption": "Hii ndiyo nataka"}, bodies[1]
assert bodies[2]["messageType"] == "TEXT" and bodies[2]["text"] == "Ndiyo", bodies[2]
assert bodies[3] == {"type": "STATUS_WEBHOOK", "messageType": "TEXT", "wabaAccountId": "waba-002", "wabaNumber": "+16505551111",
                     "wabaUserName": None, "messageId": "wamid.OUT1", "from": "+16505551234", "status": "delivered",
                     "timestamp": "2026-04-12T11:00:30Z"}, bodies[3]
assert bodies[4]["status"] == "failed" and bodies[4]["error"]["code"] == 131047, bodies[4]
assert bodies[4]["error"]["title"] == "Re-engagement message", bodies[4]
assert [m["waba.routing_key"] for m in meta] == ["whatsapp.inbound.message"] * 3 + ["whatsapp.inbound.status"] * 2, meta
assert [m["waba.kind"] for m in meta] == ["message"] * 3 + ["status"] * 2, meta
assert [m["waba.message_id"] for m in meta] == ["wamid.TEXT1", "wamid.IMG1", "wamid.BTN1", "wamid.OUT1", "wamid.OUT2"], meta
assert meta[4]["waba.status"] == "failed" and meta[4]["waba.event"] == "STATUS_WEBHOOK", meta[4]
print("sample: ok")
PY

echo "-- a policy set on the command line: reactions as text, played as read"
"$bin" apply meta_to_waba --set policies.reaction=text --set policies.played=read "$sample" >"$work/policy.jsonl"
python3 - "$work/policy.jsonl" <<'PY'
import json, sys
bodies = [json.loads(l) for l in open(sys.argv[1])]
assert len(bodies) == 7, bodies
assert bodies[3]["text"] == "\U0001F44D", bodies[3]
assert [b.get("status") for b in bodies[4:]] == ["delivered", "read", "failed"], bodies[4:]
print("policies: ok")
PY

echo "-- JSON lines: one POST per line"
python3 -c "import json; d=json.load(open('$sample')); print(json.dumps(d)); print(json.dumps(d))" >"$work/two.jsonl"
[ "$("$bin" apply meta_to_waba "$work/two.jsonl" | wc -l)" = 10 ] || { echo "FAIL: two POSTs did not give 10 events"; exit 1; }

echo "-- not a Meta webhook: rejected, exit status 1, the reason names what is missing"
if "$bin" apply meta_to_waba <<<'{"object":"whatsapp_business_account"}' >"$work/none.out" 2>"$work/none.err"; then
  echo "FAIL: a body without entry was accepted"; exit 1
fi
grep -F "rejected: not a Meta webhook: missing 'entry'" "$work/none.err" || { echo "FAIL: stderr was: $(cat "$work/none.err")"; exit 1; }
[ ! -s "$work/none.out" ] || { echo "FAIL: printed something for a rejected body"; exit 1; }
if "$bin" apply meta_to_waba <<<'not json' 2>"$work/notjson.err"; then echo "FAIL: not JSON was accepted"; exit 1; fi
grep -F "rejected: body is not JSON" "$work/notjson.err"

echo "-- a bad part: the whole POST is rejected by default, split emits good parts and the bad one marked"
order='{"object":"whatsapp_business_account","entry":[{"id":"w","changes":[{"field":"messages","value":{"metadata":{"display_phone_number":"255700000000"},"messages":[{"from":"255712345678","id":"wamid.OK","timestamp":"1775991600","type":"text","text":{"body":"hi"}},{"from":"255712345678","id":"wamid.ORDER","timestamp":"1775991600","type":"order","order":{"catalog_id":"c"}}]}}]}]}'
if "$bin" apply meta_to_waba <<<"$order" >"$work/order.out" 2>"$work/order.err"; then echo "FAIL: the order POST was accepted"; exit 1; fi
grep -F "entry[0].changes[0].value.messages[1]: type 'order' has no WABA form (policy order)" "$work/order.err"
"$bin" apply meta_to_waba --metadata --set on_bad_part=split <<<"$order" >"$work/split.jsonl"
python3 - "$work/split.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert [l["metadata"]["waba.kind"] for l in lines] == ["message", "rejected"], lines
assert lines[1]["body"]["path"] == "entry[0].changes[0].value.messages[1]", lines[1]
assert "waba.routing_key" not in lines[1]["metadata"], lines[1]
print("split: ok")
PY

echo "-- a config error is refused with exit status 2"
set +e
"$bin" apply meta_to_waba --set policies.locaton=drop "$sample" >/dev/null 2>"$work/config.err"
status=$?
set -e
[ "$status" = 2 ] || { echo "FAIL: exit status $status for a bad config"; exit 1; }
grep -F "did you mean 'location'?" "$work/config.err"
echo "meta-to-waba apply: ok"
