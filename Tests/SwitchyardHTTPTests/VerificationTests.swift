import Crypto
import Foundation
import Testing
@testable import SwitchyardCore
@testable import SwitchyardHTTP
@testable import SwitchyardPluginAPI
import SwitchyardPlugins

/// A Meta Cloud API payload as Meta sends it: non-ASCII escaped as \uXXXX (raw string: the backslashes are bytes).
let metaBody = #"{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Jos\u00e9 Mu\u00f1oz"},"wa_id":"5511987654321"}],"messages":[{"from":"5511987654321","id":"wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBDMEQ4RjI3QTc3NkI5RjE0AA==","timestamp":"1717171717","text":{"body":"Ol\u00e1, caf\u00e9 \u00e0s 10h? \ud83d\ude00"},"type":"text"}]},"field":"messages"}]}]}"#
let metaSecret = "b3f1c2d4e5a6978812345678abcdef90"
// Computed once with:
//   printf '%s' '<metaBody>' > meta-body.json && openssl dgst -sha256 -hmac 'b3f1c2d4e5a6978812345678abcdef90' meta-body.json
//   HMAC-SHA2-256(meta-body.json)= bbdf077b7e8dc9c790d4147a866cac3b87dd7db9972958430ebbd74cff6742ee   (529 bytes)
let metaVectorHex = "bbdf077b7e8dc9c790d4147a866cac3b87dd7db9972958430ebbd74cff6742ee"

@Suite struct SignatureUnitTests {
    /// The key prepared once per path serves every request alike: a request's hashing never leaks into the next.
    @Test func preparedKeyGivesTheSameCodeForEveryRequest() {
        let key = HMACKey(.sha256, key: Array(metaSecret.utf8))
        let body = Array(metaBody.utf8)
        #expect(hex(key.code(for: Array("other body".utf8))) != metaVectorHex)
        #expect(hex(key.code(for: body)) == metaVectorHex)
        #expect(hex(key.code(for: body)) == metaVectorHex)
        #expect(SignatureScheme.meta.verify("sha256=" + metaVectorHex, body: body, key: key) == nil)
        let sha512 = HMACKey(.sha512, key: Array(metaSecret.utf8))
        #expect(sha512.code(for: body) == Array(HMAC<SHA512>.authenticationCode(for: body, using: SymmetricKey(data: Array(metaSecret.utf8)))))
        #expect(sha512.code(for: body).count == 64)
    }

    @Test func metaVectorFromOpenSSL() {
        #expect(Array(metaBody.utf8).count == 529)
        #expect(SignatureScheme.meta.sign(Array(metaBody.utf8), key: HMACKey(.sha256, key: Array(metaSecret.utf8))) == "sha256=" + metaVectorHex)
        #expect(SignatureScheme.meta.verify("sha256=" + metaVectorHex, body: Array(metaBody.utf8), key: HMACKey(.sha256, key: Array(metaSecret.utf8))) == nil)
        // Upper-case hex is accepted too.
        #expect(SignatureScheme.meta.verify("sha256=" + metaVectorHex.uppercased(), body: Array(metaBody.utf8), key: HMACKey(.sha256, key: Array(metaSecret.utf8))) == nil)
    }

    @Test func headerValueIsTrimmedAndItsPrefixMatchedWithoutCase() {
        let body = Array(metaBody.utf8), key = HMACKey(.sha256, key: Array(metaSecret.utf8))
        #expect(SignatureScheme.meta.verify("  SHA256=" + metaVectorHex + "\t", body: body, key: key) == nil)
        #expect(SignatureScheme.meta.verify(metaVectorHex, body: body, key: key)?.contains("lacks the 'sha256=' prefix") == true)
        #expect(SignatureScheme.meta.verify("sha25", body: body, key: key)?.contains("prefix") == true)
        #expect(SignatureScheme.meta.verify("sha256=zz" + metaVectorHex.dropFirst(2), body: body, key: key)?.contains("is not hex") == true)
        #expect(SignatureScheme.meta.verify("sha256=" + metaVectorHex.dropLast(1), body: body, key: key)?.contains("is not hex") == true)
        #expect(SignatureScheme.meta.verify(nil, body: body, key: key) == "missing x-hub-signature-256 header")
    }

    @Test func reEncodedBodyFailsTheSignature() throws {
        // What a router that parsed and re-serialised the body would verify: the unescaped UTF-8 bytes.
        let value = try JSONParser.parse(Array(metaBody.utf8))
        let reencoded = JSONWriter.bytes(value)
        #expect(reencoded != Array(metaBody.utf8))
        #expect(SignatureScheme.meta.verify("sha256=" + metaVectorHex, body: reencoded, key: HMACKey(.sha256, key: Array(metaSecret.utf8))) != nil)
    }

    @Test func constantTimeCompare() {
        #expect(constantTimeEqual([1, 2, 3], [1, 2, 3]))
        #expect(!constantTimeEqual([1, 2, 3], [1, 2, 4]))
        #expect(!constantTimeEqual([1, 2, 3], [1, 2]))
        #expect(unhex(bytes: Array("zz".utf8)[...]) == nil)
        #expect(unhex(bytes: Array("0aFf".utf8)[...]) == [0x0A, 0xFF])
    }

    @Test func networksV4AndV6() throws {
        let v4 = try IPNetwork(parsing: "10.0.0.0/8")
        #expect(v4.contains(parseIP("10.200.1.2")!))
        #expect(!v4.contains(parseIP("11.0.0.1")!))
        #expect(v4.contains(parseIP("::ffff:10.1.1.1")!))  // v4-mapped
        let v6 = try IPNetwork(parsing: "2001:db8::/32")
        #expect(v6.contains(parseIP("2001:db8:1::5")!))
        #expect(!v6.contains(parseIP("2001:db9::1")!))
        let single = try IPNetwork(parsing: "203.0.113.7")
        #expect(single.contains(parseIP("203.0.113.7")!) && !single.contains(parseIP("203.0.113.8")!))
        let odd = try IPNetwork(parsing: "192.168.4.0/22")
        #expect(odd.contains(parseIP("192.168.7.255")!) && !odd.contains(parseIP("192.168.8.0")!))
        #expect(throws: ConfigError.self) { try IPNetwork(parsing: "10.0.0.0/33") }
        #expect(throws: ConfigError.self) { try IPNetwork(parsing: "not-an-ip") }
    }

    @Test func forwardedForOnlyFromTrustedProxies() throws {
        let proxies = [try IPNetwork(parsing: "127.0.0.1/32"), try IPNetwork(parsing: "10.9.0.0/16")]
        // Untrusted peer: its X-Forwarded-For is ignored.
        #expect(clientAddress(peer: "198.51.100.1", forwardedFor: "10.1.1.1", trustedProxies: proxies) == "198.51.100.1")
        // Trusted peer: the right-most address that is not a proxy (the left part is the client's claim).
        #expect(clientAddress(peer: "127.0.0.1", forwardedFor: "1.2.3.4, 203.0.113.5, 10.9.1.1", trustedProxies: proxies) == "203.0.113.5")
        #expect(clientAddress(peer: "127.0.0.1", forwardedFor: nil, trustedProxies: proxies) == "127.0.0.1")
        #expect(clientAddress(peer: "127.0.0.1", forwardedFor: "10.1.1.1", trustedProxies: []) == "127.0.0.1")
    }

    @Test func configErrorsNameTheKey() {
        func problems(_ verify: String) -> [String] {
            var errors: [ConfigError] = []
            guard let doc = try? YAMLDocument(path: "t.yaml", text: "path: /x\nverify: \(verify)\n", environment: [:], errors: &errors) else {
                return ["yaml"]
            }
            do {
                _ = try makeRegistry().build(.source, "webhook", config: doc.root, context: PluginContext(
                    routeName: "r", componentPath: "from.webhook", connections: ConnectionSet()), as: (any Source).self)
                return []
            } catch let e as ConfigErrors {
                return e.errors.map(\.description)
            } catch {
                return ["\(error)"]
            }
        }
        #expect(problems("{ preset: meta }").first?.contains("verify.preset: preset 'meta' needs 'secret' or 'secret_file'") == true,
                "\(problems("{ preset: meta }"))")
        #expect(problems("{ preset: token, secret: x }").first?.contains("needs 'header' or 'query'") == true)
        #expect(problems("{ preset: wa-rs, secret: x, header: X }").first?.contains("apply to preset 'token' only") == true)
        #expect(problems("{ preset: mtea, secret: x }").first?.contains("did you mean") == true, "\(problems("{ preset: mtea, secret: x }"))")
        #expect(problems("{ preset: waha, secret_file: /nonexistent/secret }").first?.contains("cannot read secret file") == true)
    }

    func makeRegistry() -> PluginRegistry {
        makePluginRegistry { r in
            registerBuiltins(into: &r)
            registerHTTP(into: &r, paths: WebhookPathTable())
        }
    }
}

@Suite struct VerificationHTTPTests {
    static let routes = """
        routes:
          - name: meta-{id}
            from:
              webhook:
                path: /meta
                verify: { preset: meta, secret: "\(metaSecret)", verify_token: "tok-123" }
            to: [ { memory: { connection: hub-{id}, queue: meta } } ]
          - name: wars-{id}
            from:
              webhook: { path: /wars, verify: { preset: wa-rs, secret: "${TEST_SECRET}" } }
            to: [ { memory: { connection: hub-{id}, queue: wars } } ]
          - name: waha-{id}
            from:
              webhook: { path: /waha, verify: { preset: waha, secret_file: "{secretfile}" } }
            to: [ { memory: { connection: hub-{id}, queue: waha } } ]
          - name: token-header-{id}
            from:
              webhook: { path: /gateway, verify: { preset: token, secret: "${TEST_SECRET}", header: X-Whatsapp-Token } }
            to: [ { memory: { connection: hub-{id}, queue: gateway } } ]
          - name: token-query-{id}
            from:
              webhook: { path: /wawp, verify: { preset: token, secret: "${TEST_SECRET}", query: secret } }
            to: [ { memory: { connection: hub-{id}, queue: wawp } } ]
          - name: ip-{id}
            from:
              webhook: { path: /ip-denied, allow_ips: [10.0.0.0/8, "2001:db8::/32"] }
            to: [ { memory: { connection: hub-{id}, queue: ip } } ]
          - name: ip-proxy-{id}
            from:
              webhook: { path: /ip-proxied, allow_ips: [10.0.0.0/8], trusted_proxies: [127.0.0.1/32, "::1/128"] }
            to: [ { memory: { connection: hub-{id}, queue: ip-proxied } } ]
          - name: ip-local-{id}
            from:
              webhook: { path: /ip-local, allow_ips: [127.0.0.0/8, "::1/128"] }
            to: [ { memory: { connection: hub-{id}, queue: ip-local } } ]
        """

    func harness() async throws -> Harness {
        let secretFile = FileManager.default.temporaryDirectory.appendingPathComponent("waha-secret-\(UUID().uuidString)").path
        try "waha-secret\n".write(toFile: secretFile, atomically: true, encoding: .utf8)
        return try await Harness(routes: Self.routes.replacingOccurrences(of: "{secretfile}", with: secretFile))
    }

    @Test func metaHandshake() async throws {
        let h = try await harness()
        defer { Task { await h.stop() } }
        let ok = try await send("GET", h.base + "/meta?hub.mode=subscribe&hub.verify_token=tok-123&hub.challenge=1158201444")
        #expect(ok.status == 200)
        #expect(ok.text == "1158201444")
        #expect(ok.header("content-type")?.hasPrefix("text/plain") == true)
        let wrongToken = try await send("GET", h.base + "/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1")
        #expect(wrongToken.status == 403)
        let wrongMode = try await send("GET", h.base + "/meta?hub.mode=unsubscribe&hub.verify_token=tok-123&hub.challenge=1")
        #expect(wrongMode.status == 403)
        let noQuery = try await send("GET", h.base + "/meta")
        #expect(noQuery.status == 403)
        #expect(h.hub.queue("meta").publishedCount == 0)
    }

    @Test func metaSignatures() async throws {
        let h = try await harness()
        defer { Task { await h.stop() } }
        let url = h.base + "/meta"
        let valid = try await post(url, metaBody, headers: [("X-Hub-Signature-256", "sha256=" + metaVectorHex)])
        #expect(valid.status == 200, "\(valid.text)")
        let tampered = try await post(url, metaBody.replacingOccurrences(of: "premium", with: "x").replacingOccurrences(of: "10h", with: "11h"),
                                      headers: [("X-Hub-Signature-256", "sha256=" + metaVectorHex)])
        #expect(tampered.status == 403)
        let wrongSecret = try await post(url, metaBody, headers: [("X-Hub-Signature-256", "sha256=" + hmacHex(metaBody, "other-secret"))])
        #expect(wrongSecret.status == 403)
        let missing = try await post(url, metaBody)
        #expect(missing.status == 401)
        #expect(missing.json?["error"]?.stringValue?.contains("x-hub-signature-256") == true)
        let noPrefix = try await post(url, metaBody, headers: [("X-Hub-Signature-256", metaVectorHex)])
        #expect(noPrefix.status == 403)
        #expect(noPrefix.json?["error"]?.stringValue?.contains("sha256=") == true)
        // Exactly the one valid request went through, byte for byte.
        let out = h.hub.queue("meta").drain()
        #expect(out.count == 1)
        #expect(out.first?.body == Array(metaBody.utf8))
        #expect(out.first?.metadata["verified"] == "meta")
    }

    @Test func waRSAndWAHASignatures() async throws {
        let h = try await harness()
        defer { Task { await h.stop() } }
        let body = #"{"session_id":"s1","event":"message","timestamp":1717171717,"data":{"text":"hi"}}"#
        let wars = try await post(h.base + "/wars", body, headers: [("X-Webhook-Signature", "sha256=" + hmacHex(body, "s3cret"))])
        #expect(wars.status == 200, "\(wars.text)")
        let warsBad = try await post(h.base + "/wars", body, headers: [("X-Webhook-Signature", "sha256=" + hmacHex(body + " ", "s3cret"))])
        #expect(warsBad.status == 403)
        let warsMissing = try await post(h.base + "/wars", body)
        #expect(warsMissing.status == 401)

        let waha = #"{"id":"evt_1","timestamp":1722170400000,"session":"default","event":"message","payload":{"body":"Hello!"}}"#
        let wahaOK = try await post(h.base + "/waha", waha, headers: [("X-Webhook-Hmac", hmacHex(waha, "waha-secret", sha512: true))])
        #expect(wahaOK.status == 200, "\(wahaOK.text)")
        let wahaSHA256 = try await post(h.base + "/waha", waha, headers: [("X-Webhook-Hmac", hmacHex(waha, "waha-secret"))])
        #expect(wahaSHA256.status == 403)
        #expect(h.hub.queue("wars").publishedCount == 1)
        #expect(h.hub.queue("waha").publishedCount == 1)
    }

    @Test func tokenInHeaderOrQuery() async throws {
        let h = try await harness()
        defer { Task { await h.stop() } }
        let body = #"{"event":"message","session":"session-name","data":{}}"#
        #expect(try await post(h.base + "/gateway", body, headers: [("X-Whatsapp-Token", "s3cret")]).status == 200)
        #expect(try await post(h.base + "/gateway", body, headers: [("X-Whatsapp-Token", "s3cre")]).status == 403)
        #expect(try await post(h.base + "/gateway", body).status == 401)
        #expect(try await post(h.base + "/wawp?secret=s3cret&instance=abc", body).status == 200)
        #expect(try await post(h.base + "/wawp?secret=wrong", body).status == 403)
        #expect(try await post(h.base + "/wawp", body).status == 401)
        // The token never reaches the message: not in metadata, not in headers.
        let gateway = h.hub.queue("gateway").drain()
        #expect(gateway.count == 1)
        #expect(gateway.first?.metadata["http.header.x-whatsapp-token"] == nil)
        #expect(gateway.first?.headers["x-whatsapp-token"] == nil)
        let wawp = h.hub.queue("wawp").drain()
        #expect(wawp.count == 1)
        #expect(wawp.first?.metadata["http.query.secret"] == nil)
        #expect(wawp.first?.metadata["http.query.instance"] == "abc")
    }

    @Test func ipAllowListWithAndWithoutTrustedProxy() async throws {
        let h = try await harness()
        defer { Task { await h.stop() } }
        let body = "{}"
        // The test client is 127.0.0.1: not in 10/8.
        #expect(try await post(h.base + "/ip-denied", body).status == 403)
        // X-Forwarded-For from an untrusted peer changes nothing.
        #expect(try await post(h.base + "/ip-denied", body, headers: [("X-Forwarded-For", "10.1.2.3")]).status == 403)
        // From a trusted proxy (127.0.0.1), X-Forwarded-For names the client.
        #expect(try await post(h.base + "/ip-proxied", body, headers: [("X-Forwarded-For", "10.1.2.3")]).status == 200)
        #expect(try await post(h.base + "/ip-proxied", body, headers: [("X-Forwarded-For", "192.0.2.1")]).status == 403)
        // A client claiming 10.x before a real outside hop is judged by the outside hop.
        #expect(try await post(h.base + "/ip-proxied", body, headers: [("X-Forwarded-For", "10.1.2.3, 192.0.2.1")]).status == 403)
        #expect(try await post(h.base + "/ip-local", body).status == 200)
        let proxied = h.hub.queue("ip-proxied").drain()
        #expect(proxied.count == 1)
        #expect(proxied.first?.metadata["client_ip"] == "10.1.2.3")
        #expect(proxied.first?.metadata["peer_ip"] == "127.0.0.1")
        #expect(h.hub.queue("ip").publishedCount == 0)
        // Failed checks are counted.
        let metrics = try await send("GET", h.base + "/metrics").text
        #expect(metrics.contains(#"switchyard_webhook_verification_failures_total{route="ip-\#(h.id)",check="ip"} 2"#), "\(metrics)")
    }
}

@Suite struct HeaderLookupTests {
    @Test func headerNamesMatchWithoutCaseAndRepeatsAreJoined() {
        let r = WebhookRequest(method: "POST", path: "/in", headers: [
            ("X-Hub-Signature-256", "sha256=ab"), ("accept", "a/b"), ("Accept", "c/d"), ("x-request-id", "r1"),
        ])
        #expect(r.header("x-hub-signature-256") == "sha256=ab")
        #expect(r.header("X-REQUEST-ID") == "r1")
        #expect(r.header("accept") == "a/b, c/d")
        #expect(r.header("x-hub-signature-25") == nil, "a prefix is not a match")
        #expect(r.header("x-hub_signature-256") == nil, "'-' and '_' differ only in bit 0x20 but are not letters")
        #expect(r.header("content-type") == nil)
    }

    @Test func headerNamesAreLowerCasedOnlyWhenNeeded() {
        #expect(lowercasedHeaderName("Content-Type") == "content-type")
        #expect(lowercasedHeaderName("x-webhook-signature") == "x-webhook-signature")
        #expect(headerNamesEqual("ETag", "etag") && !headerNamesEqual("etag", "etags") && !headerNamesEqual("a@", "a`"))
    }
}
