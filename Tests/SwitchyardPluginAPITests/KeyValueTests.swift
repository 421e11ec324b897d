import Synchronization
import Testing
@testable import SwitchyardPluginAPI

/// A clock the test moves by hand, so expiry does not depend on how fast a loaded host runs the writes.
final class HandMovedClock: Sendable {
    private let instant = Mutex(ContinuousClock.now)
    var now: ContinuousClock.Instant { instant.withLock { $0 } }
    func advance(by d: Duration) { instant.withLock { $0 += d } }
}

@Suite struct KeyValueKeyTests {
    @Test(arguments: [
        ("wamid.HBgM", "wamid.HBgM"),
        ("abc|delivered", "abc=7Cdelivered"),
        ("a=b", "a=3Db"),
        (".lead", "=2Elead"),
        ("trail.", "trail=2E"),
        ("a..b", "a.=2Eb"),
        ("", "="),
        ("+255 700", "=2B255=20700"),
    ])
    func encodesToValidKeys(raw: String, encoded: String) {
        #expect(KeyValueKey.encode(raw) == encoded)
    }

    @Test func differentInputsNeverShareAKey() {
        let inputs = ["a.b", "a=2Eb", "a|b", "a=7Cb", "a b", "a_b", "a-b", "a/b", ".", "=", "=2E"]
        #expect(Set(inputs.map(KeyValueKey.encode)).count == inputs.count)
    }
}

@Suite struct MemoryKeyValueBucketTests {
    @Test func createIsIfAbsentAndUpdateIsCompareAndSet() async throws {
        let b = MemoryKeyValueBucket(ttl: .seconds(60))
        let r1 = try #require(try await b.create("k", value: [1]))
        #expect(try await b.create("k", value: [2]) == nil)
        #expect(try await b.get("k") == KeyValueEntry(value: [1], revision: r1))
        let r2 = try #require(try await b.update("k", value: [3], revision: r1))
        #expect(try await b.update("k", value: [4], revision: r1) == nil)  // stale revision loses
        #expect(try await b.get("k")?.value == [3] && r2 > r1)
        try await b.delete("k")
        #expect(try await b.get("k") == nil)
        #expect(try await b.create("k", value: [5]) != nil)
    }

    /// Keys nobody reads back (a correlation whose result never came) must not stay: a sweep after as many writes
    /// as the table held removes the expired ones. (Counted against the growing table, the sweep never came.)
    @Test func expiredKeysNobodyReadsAreSweptAway() async throws {
        let clock = HandMovedClock()
        let b = MemoryKeyValueBucket(ttl: .milliseconds(30), now: { clock.now })
        for i in 0..<4096 { _ = try await b.create("old-\(i)", value: [1]) }  // the sweep at 4,096 finds nothing expired
        #expect(b.storedCount == 4096)
        clock.advance(by: .milliseconds(60))
        for i in 0..<4095 { _ = try await b.create("new-\(i)", value: [1]) }
        #expect(b.storedCount == 8191)  // not yet: 4,095 writes since the last sweep
        _ = try await b.create("new-4095", value: [1])
        #expect(b.storedCount == 4096)  // the old ones are gone, the new ones stay
        #expect(try await b.get("new-0") != nil)
        #expect(try await b.get("old-0") == nil)
    }

    @Test func keysExpireAfterTheTTL() async throws {
        let clock = HandMovedClock()
        let b = MemoryKeyValueBucket(ttl: .milliseconds(20), now: { clock.now })
        _ = try await b.put("k", value: [1])
        clock.advance(by: .milliseconds(19))
        #expect(try await b.get("k") != nil)
        clock.advance(by: .milliseconds(1))
        #expect(try await b.get("k") == nil)
        #expect(try await b.create("k", value: [2]) != nil)
    }

    @Test func liveKeysAreListedByPrefix() async throws {
        let clock = HandMovedClock()
        let b = MemoryKeyValueBucket(ttl: .milliseconds(200), now: { clock.now })
        _ = try await b.put("req.a", value: [1])
        _ = try await b.put("req.b", value: [1])
        _ = try await b.put("other", value: [1])
        try await b.delete("req.b")
        #expect(Set(try await b.keys(withPrefix: "req.")) == ["req.a"])
        #expect(Set(try await b.keys(withPrefix: "")) == ["req.a", "other"])
        clock.advance(by: .milliseconds(200))
        #expect(try await b.keys(withPrefix: "").isEmpty)
    }

    @Test func bucketsAreSharedByName() {
        #expect(MemoryKeyValueBucket.shared(named: "t-shared", ttl: .seconds(1)) === MemoryKeyValueBucket.shared(named: "t-shared", ttl: .seconds(9)))
    }
}
