import Synchronization

// Shared state that several Switchyard replicas see alike (dedup keys, request correlation), kept in the
// broker rather than in a process: a JetStream KV bucket behind a NATS connection. Plugins see only these
// protocols, so they stay free of any connector module.

/// One stored value with the revision a compare-and-set needs.
public struct KeyValueEntry: Sendable, Equatable {
    public var value: [UInt8]
    public var revision: UInt64

    public init(value: [UInt8], revision: UInt64) {
        self.value = value
        self.revision = revision
    }
}

/// A bucket of keys that expire after the bucket's TTL. Keys are limited to `[A-Za-z0-9_=./-]` (JetStream's
/// rule): callers encode anything else (see `KeyValueKey.encode`).
public protocol KeyValueBucket: Sendable {
    /// Stores `value` only when the key is absent (or deleted, or expired), atomically across replicas.
    /// Returns the new revision, or nil when the key already holds a value.
    func create(_ key: String, value: [UInt8]) async throws -> UInt64?
    /// The current value, or nil when absent, deleted or expired.
    func get(_ key: String) async throws -> KeyValueEntry?
    /// Replaces the value only if the key is still at `revision`; nil when someone else wrote it first.
    func update(_ key: String, value: [UInt8], revision: UInt64) async throws -> UInt64?
    /// Stores `value` whatever was there; returns the new revision.
    @discardableResult
    func put(_ key: String, value: [UInt8]) async throws -> UInt64
    /// Removes the key (a later `create` succeeds).
    func delete(_ key: String) async throws
}

/// A connection that can open KV buckets (the NATS connection with JetStream).
public protocol KeyValueProvider: Connection {
    /// Opens the bucket, creating it with `ttl` as its max age when it does not exist yet.
    func bucket(named name: String, ttl: Duration) async throws -> any KeyValueBucket
}

public enum KeyValueKey {
    private static let upperHex: StaticString = "0123456789ABCDEF"

    /// Maps any string to a valid KV key, one to one: allowed characters stay (so keys remain readable),
    /// everything else, `=` included, becomes `=XX` per UTF-8 byte.
    public static func encode(_ raw: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        let hex = upperHex.utf8Start  // a static table: an Array literal here was an allocation per key
        for b in raw.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "/"):
                out.append(b)
            case UInt8(ascii: "."):
                // A leading, trailing or doubled dot makes an invalid subject token.
                if out.isEmpty || out.last == UInt8(ascii: ".") { fallthrough }
                out.append(b)
            default:
                out.append(UInt8(ascii: "="))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            }
        }
        if out.last == UInt8(ascii: ".") {
            out.removeLast()
            out.append(contentsOf: Array("=2E".utf8))
        }
        return out.isEmpty ? "=" : String(decoding: out, as: UTF8.self)
    }
}

extension PluginContext {
    /// The named connection as a KV provider; a config error naming `key` when it is missing or cannot
    /// hold KV buckets (only NATS connections can).
    public func keyValueProvider(_ name: String, key: String = "connection") throws(ConfigError) -> any KeyValueProvider {
        guard let any = connections.connection(named: name) else {
            let names = connections.connectionNames
            let hint = closestMatch(to: name, in: names).map { "did you mean '\($0)'?" }
                ?? (names.isEmpty ? "declare a nats connection under connections: in switchyard.yaml"
                    : "declared connections: \(names.sorted().joined(separator: ", "))")
            throw ConfigError("unknown connection '\(name)'", keyPath: [key], hint: hint)
        }
        guard let provider = any as? any KeyValueProvider else {
            throw ConfigError("connection '\(name)' cannot hold KV buckets", keyPath: [key], hint: "name a nats connection")
        }
        return provider
    }
}

/// A KV bucket in this process's memory, with the same semantics as a JetStream one (TTL from the last write,
/// create-if-absent, compare-and-set by revision): for one replica, and for unit tests of plugins that use KV.
/// Buckets are shared by name within the process, so two routes' steps (a command's sender and the route that
/// correlates its result) see the same keys.
public final class MemoryKeyValueBucket: KeyValueBucket {
    private struct Stored {
        var value: [UInt8]
        var revision: UInt64
        var expires: ContinuousClock.Instant
    }
    private struct State {
        var entries: [String: Stored] = [:]
        var revision: UInt64 = 0
        var writesSincePurge = 0
        /// The table's size after the last sweep (or skipped sweep): the next one comes after as many writes.
        var sizeAtLastSweep = 0
        /// No entry expires before this (a lower bound: every write expires later than the ones before it, the TTL
        /// being the bucket's); nil when the table was empty at the last sweep and nothing was written since.
        var earliestExpiry: ContinuousClock.Instant?
    }
    private let state = Mutex(State())
    public let ttl: Duration
    /// The time source: the continuous clock, or a test's hand-moved one (expiry tests on a loaded host must not
    /// depend on how long their writes take).
    private let now: @Sendable () -> ContinuousClock.Instant

    public convenience init(ttl: Duration) { self.init(ttl: ttl, now: { ContinuousClock.now }) }

    init(ttl: Duration, now: @escaping @Sendable () -> ContinuousClock.Instant) {
        self.ttl = ttl
        self.now = now
    }

    private static let named = Mutex<[String: MemoryKeyValueBucket]>([:])

    /// The process-wide bucket of that name (created with `ttl` on first use).
    public static func shared(named name: String, ttl: Duration) -> MemoryKeyValueBucket {
        named.withLock { buckets in
            if let b = buckets[name] { return b }
            let b = MemoryKeyValueBucket(ttl: ttl)
            buckets[name] = b
            return b
        }
    }

    private func live(_ s: inout State, _ key: String, now: ContinuousClock.Instant) -> Stored? {
        guard let e = s.entries[key] else { return nil }
        if e.expires <= now {
            s.entries[key] = nil
            return nil
        }
        return e
    }

    private func write(_ s: inout State, _ key: String, _ value: [UInt8], now: ContinuousClock.Instant) -> UInt64 {
        s.revision += 1
        s.entries[key] = Stored(value: value, revision: s.revision, expires: now + ttl)
        countWrite(&s, now: now)
        return s.revision
    }

    private func countWrite(_ s: inout State, now: ContinuousClock.Instant) {
        s.writesSincePurge += 1
        if s.earliestExpiry == nil { s.earliestExpiry = now + ttl }
        // Expired keys are removed lazily; sweep now and then so a bucket nobody reads back stays bounded. A sweep
        // copies the whole table, so it waits for as many writes as the table held after the last one: amortised
        // O(1) per write (every 4,096 writes cost 3% of a route's CPU at 50,000 live keys). Counted against the
        // size after the last sweep, not the current one: with new keys both grow alike and the sweep never came,
        // so keys nobody read back stayed for good. While nothing can have expired yet (the TTL is longer than the
        // table's age: an hour of correlations) nothing is copied.
        if s.writesSincePurge >= max(4096, s.sizeAtLastSweep) {
            s.writesSincePurge = 0
            if let earliest = s.earliestExpiry, earliest <= now {
                s.entries = s.entries.filter { $0.value.expires > now }
                s.earliestExpiry = s.entries.values.lazy.map(\.expires).min()
            }
            s.sizeAtLastSweep = s.entries.count
        }
    }

    /// For tests: how many entries the table holds, expired ones not yet swept included.
    var storedCount: Int { state.withLock { $0.entries.count } }

    public func create(_ key: String, value: [UInt8]) async throws -> UInt64? {
        let now = self.now()
        return state.withLock { s in
            // One hash lookup for the check and the insert (the per-message path of the correlation store).
            var created: UInt64?
            let revision = s.revision + 1
            let expires = now + ttl
            editInPlace(&s.entries[key]) { slot in
                if let e = slot, e.expires > now { return }
                slot = Stored(value: value, revision: revision, expires: expires)
                created = revision
            }
            guard let created else { return nil }
            s.revision = created
            countWrite(&s, now: now)
            return created
        }
    }

    public func get(_ key: String) async throws -> KeyValueEntry? {
        let now = self.now()
        return state.withLock { s in live(&s, key, now: now).map { KeyValueEntry(value: $0.value, revision: $0.revision) } }
    }

    public func update(_ key: String, value: [UInt8], revision: UInt64) async throws -> UInt64? {
        let now = self.now()
        return state.withLock { s in live(&s, key, now: now)?.revision == revision ? write(&s, key, value, now: now) : nil }
    }

    @discardableResult
    public func put(_ key: String, value: [UInt8]) async throws -> UInt64 {
        let now = self.now()
        return state.withLock { s in write(&s, key, value, now: now) }
    }

    public func delete(_ key: String) async throws {
        _ = state.withLock { s in s.entries.removeValue(forKey: key) }
    }
}

/// Runs `edit` on `value` in place: given `&dictionary[key]`, one hash lookup serves both the read and the
/// insert or removal that follows.
@inline(__always)
private func editInPlace<T>(_ value: inout T, _ edit: (inout T) -> Void) { edit(&value) }

/// A bucket that can list its live keys, for periodic sweeps (the WA-RS bridge reports commands that never got a
/// result). A scan, not for the per-message path. JetStream KV can list keys too (nats.c `kvStore_Keys`): a NATS
/// bucket conforms once its connector implements it.
public protocol KeyValueKeyListing: KeyValueBucket {
    /// The live keys starting with `prefix` (all keys for an empty prefix), in no particular order.
    func keys(withPrefix prefix: String) async throws -> [String]
}

extension MemoryKeyValueBucket: KeyValueKeyListing {
    public func keys(withPrefix prefix: String) async throws -> [String] {
        let now = self.now()
        return state.withLock { s in
            s.entries.compactMap { key, stored in stored.expires > now && key.hasPrefix(prefix) ? key : nil }
        }
    }
}
