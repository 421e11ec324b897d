import CNATS
import Foundation
import Testing
@testable import SwitchyardCore
@testable import SwitchyardNATS
@testable import SwitchyardPluginAPI

func natsConfig(url: String = NATSTestEnv.url, streams: [StreamConfig]? = nil, consumers: [ConsumerConfig]? = nil) -> NATSConnectionConfig {
    NATSConnectionConfig(url: url, streams: streams, consumers: consumers)
}

extension NATSIntegrationTests {
@Suite struct ProvisioningTests {
    @Test func createsThenLeavesAloneThenUpdatesAndNamesTheConflictingField() async throws {
        let raw = try RawNATS()
        let events = unique("EV")
        let send = unique("SEND")
        defer { raw.deleteStream(events); raw.deleteStream(send) }
        let streams = [
            StreamConfig(name: events, subjects: ["pe.\(events).>"], retention: .limits, max_age: try ConfigDuration(parsing: "7d"),
                         max_bytes: 1 << 30, storage: .file, duplicate_window: try ConfigDuration(parsing: "2m"), replicas: 1),
            StreamConfig(name: send, subjects: ["ps.\(send).>"], retention: .workqueue, max_age: try ConfigDuration(parsing: "1d"),
                         max_bytes: 512 << 20),
        ]
        let consumers = [ConsumerConfig(stream: send, name: "wa-send-worker", ack_wait: try ConfigDuration(parsing: "30s"), max_deliver: 3)]
        let first = NATSConnection(name: "nats", config: natsConfig(streams: streams, consumers: consumers))
        try await first.start()
        #expect(first.isConnected)
        let created = try await first.provision()
        #expect(created == ["stream \(events): unchanged", "stream \(send): unchanged", "consumer \(send)/wa-send-worker: unchanged"])
        await first.shutdown()

        var st = try raw.streamInfo(send)
        #expect(st.Msgs == 0)
        let js = raw.js
        var info: UnsafeMutablePointer<jsStreamInfo>?
        var code = jsErrCode(rawValue: 0)
        try check(js_GetStreamInfo(&info, js, send, nil, &code), "info")
        #expect(info!.pointee.Config!.pointee.Retention == js_WorkQueuePolicy)
        #expect(info!.pointee.Config!.pointee.MaxAge == 86_400 * 1_000_000_000)  // nanoseconds
        #expect(info!.pointee.Config!.pointee.MaxBytes == 512 << 20)
        jsStreamInfo_Destroy(info)

        // The same config again changes nothing; a changed max age is an update of that field only.
        var changed = streams
        changed[0].max_age = try ConfigDuration(parsing: "3d")
        let second = NATSConnection(name: "nats", config: natsConfig(streams: changed, consumers: consumers))
        try await second.start()
        let outcome = try await second.provision()
        #expect(outcome == ["stream \(events): unchanged", "stream \(send): unchanged", "consumer \(send)/wa-send-worker: unchanged"])
        await second.shutdown()
        st = try raw.streamInfo(events)
        _ = st

        // Retention cannot change: a config error naming the field.
        var conflicting = streams
        conflicting[1].retention = .limits
        let third = NATSConnection(name: "nats", config: natsConfig(streams: conflicting))
        let error = await #expect(throws: ConfigError.self) { try await third.start() }
        #expect(error?.keyPath == ["connections", "nats", "streams", "1", "retention"])
        #expect(error?.message.contains("retention workqueue, which cannot be changed to limits") == true, "\(String(describing: error))")
        await third.shutdown()
    }

    @Test func theUpdateIsReportedByField() async throws {
        let raw = try RawNATS()
        let name = unique("UPD")
        defer { raw.deleteStream(name) }
        let base = StreamConfig(name: name, subjects: ["pu.\(name).>"], max_age: try ConfigDuration(parsing: "1h"))
        let a = NATSConnection(name: "nats", config: natsConfig(streams: [base]))
        try await a.start()
        var more = base
        more.max_age = try ConfigDuration(parsing: "2h")
        more.subjects.append("pu2.\(name).>")
        let b = NATSConnection(name: "nats", config: natsConfig(streams: [more]))
        try await b.start()  // start provisions; provision() again reports what it did now
        let again = try await b.provision()
        #expect(again == ["stream \(name): unchanged"])
        var info: UnsafeMutablePointer<jsStreamInfo>?
        var code = jsErrCode(rawValue: 0)
        try check(js_GetStreamInfo(&info, raw.js, name, nil, &code), "info")
        #expect(info!.pointee.Config!.pointee.MaxAge == 7200 * 1_000_000_000)
        #expect(info!.pointee.Config!.pointee.SubjectsLen == 2)
        jsStreamInfo_Destroy(info)
        await a.shutdown()
        await b.shutdown()
    }

    @Test func aBadStreamConfigFailsValidationWithoutABroker() throws {
        var c = natsConfig(url: "nats://127.0.0.1:1", streams: [StreamConfig(name: "BAD.NAME", subjects: ["a.>"])])
        #expect(throws: ConfigError.self) { try c.validate() }
        c.streams = [StreamConfig(name: "OK", subjects: ["a.>.b"])]
        let e = #expect(throws: ConfigError.self) { try c.validate() }
        #expect(e?.keyPath == ["streams", "0", "subjects", "0"])
        c.streams = nil
        c.url = "http://127.0.0.1:4222"
        #expect(throws: ConfigError.self) { try c.validate() }
    }
}
}
extension NATSIntegrationTests {
@Suite struct ConnectionStartTests {
    @Test func natsDownAtStartDoesNotFailTheStart() async throws {
        // A port nothing listens on.
        let conn = NATSConnection(name: "nats", config: natsConfig(url: "nats://127.0.0.1:1"))
        let started = ContinuousClock.now
        try await conn.start()
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(!conn.isConnected)
        await conn.shutdown()
    }
}
}
extension NATSIntegrationTests {
@Suite struct KeyValueTests {
    /// The same script against JetStream KV and the in-memory bucket: the same answers.
    func script(_ b: any KeyValueBucket) async throws -> [String] {
        var log: [String] = []
        let r1 = try await b.create("k1", value: Array("v1".utf8))
        log.append("create \(r1 != nil)")
        log.append("create again \(try await b.create("k1", value: Array("v2".utf8)) != nil)")
        let e = try await b.get("k1")
        log.append("get \(e.map { String(decoding: $0.value, as: UTF8.self) } ?? "nil") rev-matches \(e?.revision == r1)")
        log.append("update stale \(try await b.update("k1", value: Array("x".utf8), revision: r1! + 1000) != nil)")
        let r2 = try await b.update("k1", value: Array("v3".utf8), revision: r1!)
        log.append("update \(r2 != nil) newer \(r2! > r1!)")
        log.append("update old rev \(try await b.update("k1", value: Array("y".utf8), revision: r1!) != nil)")
        let r3 = try await b.put("k1", value: Array("v4".utf8))
        log.append("put newer \(r3 > r2!) get \(String(decoding: try await b.get("k1")!.value, as: UTF8.self))")
        try await b.delete("k1")
        log.append("get deleted \(try await b.get("k1") == nil)")
        log.append("create after delete \(try await b.create("k1", value: Array("v5".utf8)) != nil)")
        log.append("get missing \(try await b.get("nope") == nil)")
        log.append("update missing \(try await b.update("nope", value: [], revision: 1) != nil)")
        _ = try await b.put("ttl", value: Array("t".utf8))
        try await Task.sleep(for: .milliseconds(2600))
        log.append("expired \(try await b.get("ttl") == nil)")
        log.append("create after expiry \(try await b.create("ttl", value: Array("t2".utf8)) != nil)")
        return log
    }

    @Test func jetStreamKVHasTheSemanticsOfTheMemoryBucket() async throws {
        _ = try RawNATS()
        let conn = NATSConnection(name: "nats", config: natsConfig())
        try await conn.start()
        let name = unique("kv")
        let bucket = try await conn.bucket(named: name, ttl: .seconds(2))
        async let natsLog = script(bucket)
        async let memoryLog = script(MemoryKeyValueBucket(ttl: .seconds(2)))
        let (n, m) = try await (natsLog, memoryLog)
        #expect(n == m)
        #expect(n.first == "create true" && n[1] == "create again false")
        // The bucket's max age is the TTL (nanoseconds in nats.c).
        let raw = try RawNATS()
        var info: UnsafeMutablePointer<jsStreamInfo>?
        var code = jsErrCode(rawValue: 0)
        try check(js_GetStreamInfo(&info, raw.js, "KV_\(name)", nil, &code), "kv stream")
        #expect(info!.pointee.Config!.pointee.MaxAge == 2_000_000_000)
        jsStreamInfo_Destroy(info)
        // Opening it again (another replica) finds the same keys.
        let again = try await conn.bucket(named: name, ttl: .seconds(2))
        #expect(try await again.get("ttl")?.value == Array("t2".utf8))
        js_DeleteKeyValue(raw.js, name)
        await conn.shutdown()
    }

    /// The key listing script, run against JetStream KV and the in-memory bucket alike.
    func listingScript(_ b: any KeyValueKeyListing) async throws -> [String] {
        var log: [String] = []
        log.append("empty \(try await b.keys(withPrefix: "").sorted())")
        log.append("empty prefixed \(try await b.keys(withPrefix: "req.").sorted())")
        for k in ["req.a", "req.b", "req.c=2E", "request", "other.req.x"] { _ = try await b.put(k, value: Array(k.utf8)) }
        try await b.delete("req.b")
        _ = try await b.create("req.d", value: [1])
        log.append("all \(try await b.keys(withPrefix: "").sorted())")
        log.append("req. \(try await b.keys(withPrefix: "req.").sorted())")
        log.append("req \(try await b.keys(withPrefix: "req").sorted())")
        log.append("none \(try await b.keys(withPrefix: "zzz").sorted())")
        // Re-created after a delete: listed again.
        _ = try await b.create("req.b", value: [2])
        log.append("recreated \(try await b.keys(withPrefix: "req.b").sorted())")
        // Everything expires with the TTL: nothing listed, and still not an error.
        try await Task.sleep(for: .milliseconds(2600))
        log.append("expired \(try await b.keys(withPrefix: "").sorted())")
        return log
    }

    @Test func jetStreamKVListsLiveKeysByPrefixLikeTheMemoryBucket() async throws {
        _ = try RawNATS()
        let conn = NATSConnection(name: "nats", config: natsConfig())
        try await conn.start()
        let name = unique("kvkeys")
        let opened = try await conn.bucket(named: name, ttl: .seconds(2))
        let bucket = try #require(opened as? any KeyValueKeyListing, "NATS buckets list their keys")
        async let natsLog = listingScript(bucket)
        async let memoryLog = listingScript(MemoryKeyValueBucket(ttl: .seconds(2)))
        let (n, m) = try await (natsLog, memoryLog)
        #expect(n == m)
        #expect(n == [
            "empty []", "empty prefixed []",
            #"all ["other.req.x", "req.a", "req.c=2E", "req.d", "request"]"#,
            #"req. ["req.a", "req.c=2E", "req.d"]"#,
            #"req ["req.a", "req.c=2E", "req.d", "request"]"#,
            "none []",
            #"recreated ["req.b"]"#,
            "expired []",
        ])
        let raw = try RawNATS()
        js_DeleteKeyValue(raw.js, name)
        await conn.shutdown()
    }

    @Test func keyListingOfALostBucketFailsWithAnError() async throws {
        let raw = try RawNATS()
        let conn = NATSConnection(name: "nats", config: natsConfig())
        try await conn.start()
        let name = unique("kvgone")
        let opened = try await conn.bucket(named: name, ttl: .seconds(60))
        let bucket = try #require(opened as? any KeyValueKeyListing)
        _ = try await bucket.put("req.1", value: [1])
        #expect(try await bucket.keys(withPrefix: "req.") == ["req.1"])
        // The bucket's stream deleted under it: an error, not an empty list a sweep would take for "nothing pending".
        js_DeleteKeyValue(raw.js, name)
        await #expect(throws: NATSError.self) { try await bucket.keys(withPrefix: "req.") }
        await conn.shutdown()
    }
}
}
extension NATSIntegrationTests {
@Suite struct AdminAPITests {
    func json(_ r: (status: Int, body: [UInt8])?) throws -> (Int, JSONValue) {
        let r = try #require(r)
        return (r.status, try JSONParser.parse(r.body))
    }

    @Test func statusPurgeAndConsumersHaveTheSeedShapes() async throws {
        let raw = try RawNATS()
        let events = unique("AEV")
        let send = unique("ASEND")
        try raw.addStream(events, subjects: ["ae.\(events).>"])
        try raw.addStream(send, subjects: ["as.\(send).>"], workqueue: true)
        defer { raw.deleteStream(events); raw.deleteStream(send) }
        try raw.publish("ae.\(events).s1.message", [#"{"a":1}"#, #"{"a":2}"#, #"{"a":3}"#])
        var cc = jsConsumerConfig()
        jsConsumerConfig_Init(&cc)
        let strings = CStrings()
        cc.Durable = strings("c1")
        cc.AckPolicy = js_AckExplicit
        var code = jsErrCode(rawValue: 0)
        try check(js_AddConsumer(nil, raw.js, events, &cc, nil, &code), "consumer", code)

        let conn = NATSConnection(name: "nats", config: natsConfig())
        try await conn.start()
        let api = NATSAdminAPI(connection: conn, eventsStream: events, sendStream: send)

        let (s1, status) = try json(await api.handle(method: "GET", path: "/api/v1/nats/status"))
        #expect(s1 == 200)
        #expect(status.objectValue?.keys == ["enabled", "connected", "url", "events_stream", "send_stream"])
        #expect(status["enabled"]?.boolValue == true)
        #expect(status["connected"]?.boolValue == true)
        #expect(status["url"]?.stringValue == NATSTestEnv.url)
        let ev = try #require(status["events_stream"])
        #expect(ev.objectValue?.keys == ["name", "messages", "bytes", "consumer_count", "first_seq", "last_seq"])
        #expect(ev["name"]?.stringValue == events)
        #expect(ev["messages"]?.intValue == 3)
        #expect((ev["bytes"]?.intValue ?? 0) > 0)
        #expect(ev["consumer_count"]?.intValue == 1)
        #expect(ev["first_seq"]?.intValue == 1)
        #expect(ev["last_seq"]?.intValue == 3)
        #expect(status["send_stream"]?["messages"]?.intValue == 0)
        #expect(status["send_stream"]?["consumer_count"]?.intValue == 0)

        let (s2, consumers) = try json(await api.handle(method: "GET", path: "/api/v1/nats/streams/\(events)/consumers"))
        #expect(s2 == 200)
        #expect(consumers == ["success": .bool(true), "stream": .string(events), "consumer_count": .int(1)])

        let (s3, purged) = try json(await api.handle(method: "POST", path: "/api/v1/nats/streams/\(events)/purge"))
        #expect(s3 == 200)
        #expect(purged == ["success": .bool(true), "message": .string("Stream '\(events)' purged")])
        #expect(try raw.messageCount(events) == 0)
        let (_, after) = try json(await api.handle(method: "GET", path: "/api/v1/nats/status"))
        #expect(after["events_stream"]?["messages"]?.intValue == 0)
        #expect(after["events_stream"]?["last_seq"]?.intValue == 3)

        let (s4, missing) = try json(await api.handle(method: "POST", path: "/api/v1/nats/streams/NOPE_\(events)/purge"))
        #expect(s4 == 404)
        #expect(missing["success"]?.boolValue == false)
        #expect(missing["error"]?.stringValue == "Stream 'NOPE_\(events)' not found")
        let (s5, _) = try json(await api.handle(method: "GET", path: "/api/v1/nats/streams/NOPE_\(events)/consumers"))
        #expect(s5 == 404)
        let (s6, _) = try json(await api.handle(method: "GET", path: "/api/v1/nats/streams/\(events)/purge"))
        #expect(s6 == 405)
        #expect(await api.handle(method: "GET", path: "/api/v1/other") == nil)
        #expect(await api.handle(method: "GET", path: "/api/v1/nats/streams/x/else") == nil)
        await conn.shutdown()
    }

    @Test func disabledAndDisconnected() async throws {
        let disabled = NATSAdminAPI(connection: nil)
        let (s, body) = try json(await disabled.handle(method: "GET", path: "/api/v1/nats/status"))
        #expect(s == 200)
        #expect(body == ["enabled": .bool(false), "connected": .bool(false), "url": .null, "events_stream": .null, "send_stream": .null])
        let (p, _) = try json(await disabled.handle(method: "POST", path: "/api/v1/nats/streams/WA_EVENTS/purge"))
        #expect(p == 503)

        let down = NATSConnection(name: "nats", config: natsConfig(url: "nats://user:secret@127.0.0.1:1"))
        try await down.start()
        let api = NATSAdminAPI(connection: down)
        let (s2, b2) = try json(await api.handle(method: "GET", path: "/api/v1/nats/status"))
        #expect(s2 == 200)
        #expect(b2 == ["enabled": .bool(true), "connected": .bool(false), "url": .string("nats://127.0.0.1:1"), "events_stream": .null, "send_stream": .null])
        await down.shutdown()
    }
}
}
