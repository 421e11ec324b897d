-- wrk script: POST a Meta Cloud API payload (529 bytes, \u escapes) signed with the example's dev app secret.
-- Signature computed with: openssl dgst -sha256 -hmac 'dev-app-secret' meta-body.json
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Hub-Signature-256"] = "sha256=2b1f7085e5130912aeb320276593153336d73bf25aad0a634f83c36e33dff138"
wrk.body = [[{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Jos\u00e9 Mu\u00f1oz"},"wa_id":"5511987654321"}],"messages":[{"from":"5511987654321","id":"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDMEQ4RjI3QTc3NkI5RjE0AA==","timestamp":"1717171717","text":{"body":"Ol\u00e1, caf\u00e9 \u00e0s 10h? \ud83d\ude00"},"type":"text"}]},"field":"messages"}]}]}]]
