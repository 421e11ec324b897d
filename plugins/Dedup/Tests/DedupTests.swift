import SwitchyardPluginAPI
import Testing
@testable import Dedup

struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

func makeStep(key: String, window: String = "10m", extra: [(String, ConfigNode)] = []) throws -> DedupStep {
    let node = ConfigNode.map([("key", .string(key)), ("window", .plain(window))] + extra)
    let config = try ConfigDecoder.decode(DedupConfig.self, from: node)
    return try DedupStep(config, context: PluginContext(routeName: "r", componentPath: "steps.0.dedup", connections: NoConnections()))
}

func message(_ id: String, _ body: String) -> Message { Message(id: id, body: Array(body.utf8)) }

func outcome(_ r: TransformResult) -> String {
    switch r {
    case .message: return "pass"
    case .messages: return "split"
    case .dropped: return "dropped"
    case .rejected(let why): return "rejected: \(why)"
    case .retry: return "retry"
    }
}

@Suite struct DedupStepTests {
    @Test func aDeliveredKeyDropsLaterCopies() async throws {
        let step = try makeStep(key: "wa-rs")
        let first = await step.process(message("a", #"{"data":{"message_id":"M1"}}"#))
        guard case .message(let passed) = first else { Issue.record("first copy must pass"); return }
        await step.settled([passed], delivered: true)
        #expect(outcome(await step.process(message("b", #"{"data":{"message_id":"M1"}}"#))) == "dropped")
        #expect(outcome(await step.process(message("c", #"{"data":{"message_id":"M2"}}"#))) == "pass")
    }

    @Test func aFailedDeliveryReleasesTheKeySoTheRetryPasses() async throws {
        let step = try makeStep(key: "{id}")
        guard case .message(let m) = await step.process(message("a", #"{"id":"E1"}"#)) else { Issue.record("must pass"); return }
        await step.settled([m], delivered: false)
        // The redelivered copy (same message) and even another copy go through after a release.
        #expect(outcome(await step.process(message("a", #"{"id":"E1"}"#))) == "pass")
    }

    @Test func aCopyArrivingWhileTheFirstIsInFlightIsRetriedNotDropped() async throws {
        let step = try makeStep(key: "waha")
        #expect(outcome(await step.process(message("a", #"{"id":"E1"}"#))) == "pass")
        #expect(outcome(await step.process(message("b", #"{"id":"E1"}"#))) == "retry")
        // The first copy's own redelivery is not blocked by its own reservation.
        #expect(outcome(await step.process(message("a", #"{"id":"E1"}"#))) == "pass")
    }

    @Test func keysExpireAfterTheWindow() async throws {
        let step = try makeStep(key: "{id}", window: "50ms")
        guard case .message(let m) = await step.process(message("a", #"{"id":"E1"}"#)) else { Issue.record("must pass"); return }
        await step.settled([m], delivered: true)
        #expect(outcome(await step.process(message("b", #"{"id":"E1"}"#))) == "dropped")
        try await Task.sleep(for: .milliseconds(80))
        #expect(outcome(await step.process(message("c", #"{"id":"E1"}"#))) == "pass")
    }

    @Test func presetsBuildTheContractKeys() async throws {
        let waba = try makeStep(key: "waba")
        let status = message("s", #"{"type":"STATUS_WEBHOOK","messageId":"wamid.1","status":"read"}"#)
        #expect(try waba.key.render(status) == "wamid.1|read")
        let received = message("r", #"{"type":"MESSAGE_RECEIVED","messageId":"wamid.1"}"#)
        #expect(try waba.key.render(received) == "wamid.1|")
        let meta = try makeStep(key: "meta")
        let metaStatus = message("m", #"{"entry":[{"changes":[{"value":{"statuses":[{"id":"wamid.9","status":"delivered"}]}}]}]}"#)
        #expect(try meta.key.render(metaStatus) == "wamid.9|delivered")
    }

    @Test func oneMessageIdGetsSeveralStatusesThrough() async throws {
        let step = try makeStep(key: "waba")
        for (n, status) in ["sent", "delivered", "read"].enumerated() {
            let r = await step.process(message("m\(n)", #"{"messageId":"wamid.1","status":"\#(status)"}"#))
            guard case .message(let m) = r else { Issue.record("\(status) must pass"); return }
            await step.settled([m], delivered: true)
        }
        #expect(outcome(await step.process(message("again", #"{"messageId":"wamid.1","status":"read"}"#))) == "dropped")
    }

    @Test func aMissingKeyPassesOrRejectsAsConfigured() async throws {
        #expect(outcome(await (try makeStep(key: "{id}")).process(message("a", "{}"))) == "pass")
        let strict = try makeStep(key: "{id}", extra: [("on_missing_key", .plain("reject"))])
        #expect(outcome(await strict.process(message("a", "{}"))).hasPrefix("rejected: no dedup key"))
    }

    @Test func badConfigIsRefused() {
        #expect(throws: ConfigError.self) { try makeStep(key: "plain-text") }
        #expect(throws: ConfigError.self) { try makeStep(key: "{id}", window: "0s") }
        #expect(throws: (any Error).self) { try makeStep(key: "{id}", extra: [("store", .plain("redis"))]) }
    }
}

@Suite struct MemoryDedupStoreTests {
    func store(entries: Int = 1000, bytes: Int = 1 << 20) -> MemoryDedupStore {
        MemoryDedupStore(limits: .init(maxEntries: entries, maxBytes: bytes, reservationTimeout: .seconds(60)))
    }

    @Test func evictsTheLeastRecentlyUsedWhenFull() async throws {
        let s = store(entries: 3)
        for k in ["a", "b", "c"] {
            _ = try await s.reserve(k, token: k, window: .seconds(60))
            await s.commit(k, token: k, window: .seconds(60))
        }
        #expect(try await s.reserve("a", token: "x", window: .seconds(60)) == .duplicate)  // touches a
        _ = try await s.reserve("d", token: "d", window: .seconds(60))  // evicts b, the least recently used
        #expect(s.count == 3 && s.evictions == 1)
        #expect(try await s.reserve("b", token: "y", window: .seconds(60)) == .fresh)
        #expect(try await s.reserve("a", token: "z", window: .seconds(60)) == .duplicate)
    }

    @Test func staysWithinItsByteBound() async throws {
        let s = store(entries: 1_000_000, bytes: 10_000)
        for i in 0..<1000 { _ = try await s.reserve("key-\(i)-" + String(repeating: "x", count: 40), token: "t", window: .seconds(60)) }
        #expect(s.bytes <= 10_000)
        #expect(s.count > 10)
    }

    /// Reservations share one hash lookup with their insert: a released key's slot is taken by the next new key,
    /// and an expired key starts over in its own slot, with the LRU order and counts still right.
    @Test func freedAndExpiredSlotsAreReused() async throws {
        let s = MemoryDedupStore(limits: .init(maxEntries: 3, maxBytes: 1 << 20, reservationTimeout: .seconds(60)))
        let now = ContinuousClock.now
        #expect(s.reserveNow("a", token: "a", now: now) == .fresh)
        #expect(s.reserveNow("b", token: "b", now: now) == .fresh)
        s.releaseNow("a", token: "a")  // frees a's slot
        #expect(s.reserveNow("c", token: "c", now: now) == .fresh)  // takes it
        #expect(s.reserveNow("a", token: "a2", now: now) == .fresh)
        #expect(s.count == 3 && s.evictions == 0)
        for k in ["b", "c", "a"] { s.commitNow(k, token: k == "a" ? "a2" : k, window: .seconds(1), now: now) }
        #expect(s.reserveNow("c", token: "x", now: now) == .duplicate)
        #expect(s.reserveNow("b", token: "x", now: now) == .duplicate)
        // a and c expire; b is refreshed by a new commit. An expired key is fresh again, in the same slot.
        s.commitNow("b", token: "b", window: .seconds(60), now: now)
        let later = now + .seconds(2)
        #expect(s.reserveNow("a", token: "a3", now: later) == .fresh)
        #expect(s.reserveNow("a", token: "other", now: later) == .inFlight)
        #expect(s.reserveNow("b", token: "y", now: later) == .duplicate)
        #expect(s.count == 3 && s.evictions == 0)
        // Full: a new key evicts the least recently used (c: a and b were touched after it).
        #expect(s.reserveNow("d", token: "d", now: later) == .fresh)
        #expect(s.count == 3 && s.evictions == 1)
        #expect(s.reserveNow("c", token: "c2", now: later) == .fresh)  // c was gone; a, now the oldest, goes
        #expect(s.count == 3 && s.evictions == 2 && s.bytes == 3 * MemoryDedupStore.cost("c"))
        #expect(s.reserveNow("b", token: "z", now: later) == .duplicate)  // b stayed
    }

    @Test func anAbandonedReservationIsTakenOver() async throws {
        let s = MemoryDedupStore(limits: .init(maxEntries: 10, maxBytes: 1 << 20, reservationTimeout: .milliseconds(30)))
        #expect(try await s.reserve("k", token: "dead-holder", window: .seconds(60)) == .fresh)
        #expect(try await s.reserve("k", token: "other", window: .seconds(60)) == .inFlight)
        try await Task.sleep(for: .milliseconds(50))
        #expect(try await s.reserve("k", token: "other", window: .seconds(60)) == .fresh)
    }
}
