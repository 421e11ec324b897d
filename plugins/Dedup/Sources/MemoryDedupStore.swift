import Synchronization

/// Where dedup keeps its keys. A key is *reserved* when a message enters the route, *committed* once
/// the route delivered it (a later copy inside the window is a duplicate), and *released* when the
/// delivery failed (so the retry is not swallowed as a duplicate).
protocol DedupStore: Sendable {
    /// `.fresh` when this message may go on (its key is now reserved by `token`).
    func reserve(_ key: String, token: String, window: Duration) async throws -> ReserveOutcome
    func commit(_ key: String, token: String, window: Duration) async
    func release(_ key: String, token: String) async
}

public enum ReserveOutcome: Sendable, Equatable {
    case fresh
    /// Delivered before, inside the window.
    case duplicate
    /// Another copy is being delivered right now: try this one again later.
    case inFlight
}

/// Runs `edit` on `value` in place: given `&dictionary[key]`, one hash lookup serves the read and the insert.
@inline(__always)
private func editInPlace<T>(_ value: inout T, _ edit: (inout T) -> Void) { edit(&value) }

/// Dedup keys in memory: bounded by count and by bytes, entries expire after their window, and the
/// least recently used is evicted first when a bound is reached.
///
/// Public for the benchmarks package (it links the sources without `@testable`).
public final class MemoryDedupStore: DedupStore {
    public struct Limits: Sendable {
        public var maxEntries: Int
        public var maxBytes: Int
        /// A reservation older than this is considered abandoned (its holder crashed or hung).
        public var reservationTimeout: Duration

        public init(maxEntries: Int, maxBytes: Int, reservationTimeout: Duration) {
            self.maxEntries = maxEntries
            self.maxBytes = maxBytes
            self.reservationTimeout = reservationTimeout
        }
    }

    private struct Entry {
        var key: String
        var committed: Bool
        var token: String
        var expires: ContinuousClock.Instant
        var prev: Int
        var next: Int
    }

    /// An LRU list threaded through an array of entries (indices, -1 = none): no allocation per hit.
    private struct State {
        var index: [String: Int] = [:]
        var entries: [Entry] = []
        var free: [Int] = []
        var head = -1  // least recently used
        var tail = -1  // most recently used
        var bytes = 0
        var evicted = 0

        mutating func unlink(_ i: Int) {
            let p = entries[i].prev, n = entries[i].next
            if p >= 0 { entries[p].next = n } else { head = n }
            if n >= 0 { entries[n].prev = p } else { tail = p }
        }

        mutating func append(_ i: Int) {
            entries[i].prev = tail
            entries[i].next = -1
            if tail >= 0 { entries[tail].next = i } else { head = i }
            tail = i
        }

        mutating func remove(_ i: Int) {
            unlink(i)
            index[entries[i].key] = nil
            bytes -= MemoryDedupStore.cost(entries[i].key)
            entries[i].key = ""
            entries[i].token = ""
            free.append(i)
        }

        /// Puts an entry (its key already in `index`) at slot `i`: the last freed slot, or a new one at the end.
        mutating func place(_ entry: Entry, at i: Int) {
            if i < entries.count {
                free.removeLast()
                entries[i] = entry
            } else {
                entries.append(entry)
            }
            bytes += MemoryDedupStore.cost(entry.key)
            append(i)
        }
    }

    private let state = Mutex(State())
    public let limits: Limits

    public init(limits: Limits) { self.limits = limits }

    /// Approximate bytes an entry holds (key twice: dictionary and entry, plus bookkeeping).
    static func cost(_ key: String) -> Int { key.utf8.count * 2 + 96 }

    public var count: Int { state.withLock { $0.index.count } }
    public var bytes: Int { state.withLock { $0.bytes } }
    public var evictions: Int { state.withLock { $0.evicted } }

    public func reserve(_ key: String, token: String, window: Duration) async throws -> ReserveOutcome {
        reserveNow(key, token: token, now: .now)
    }

    public func reserveNow(_ key: String, token: String, now: ContinuousClock.Instant) -> ReserveOutcome {
        state.withLock { s in
            // One hash lookup for the check and the insert: an absent key is given the slot it will take.
            let newSlot = s.free.last ?? s.entries.count
            var found: Int?
            editInPlace(&s.index[key]) { slot in
                if let i = slot { found = i } else { slot = newSlot }
            }
            if let i = found {
                // Recently used (a duplicate hit too): the key moves away from eviction.
                s.unlink(i)
                s.append(i)
                if s.entries[i].expires > now {
                    return s.entries[i].committed ? .duplicate : (s.entries[i].token == token ? .fresh : .inFlight)
                }
                // Expired: the same slot starts over as this message's reservation.
                s.entries[i].committed = false
                s.entries[i].token = token
                s.entries[i].expires = now + limits.reservationTimeout
                return .fresh
            }
            s.place(Entry(key: key, committed: false, token: token, expires: now + limits.reservationTimeout, prev: -1, next: -1), at: newSlot)
            while s.index.count > limits.maxEntries || s.bytes > limits.maxBytes, s.head >= 0, s.head != s.tail {
                s.remove(s.head)
                s.evicted += 1
            }
            return .fresh
        }
    }

    public func commit(_ key: String, token: String, window: Duration) async {
        commitNow(key, token: token, window: window, now: .now)
    }

    public func commitNow(_ key: String, token: String, window: Duration, now: ContinuousClock.Instant) {
        state.withLock { s in
            guard let i = s.index[key], s.entries[i].token == token else { return }
            s.entries[i].committed = true
            s.entries[i].expires = now + window
        }
    }

    public func release(_ key: String, token: String) async {
        releaseNow(key, token: token)
    }

    public func releaseNow(_ key: String, token: String) {
        state.withLock { s in
            guard let i = s.index[key], s.entries[i].token == token, !s.entries[i].committed else { return }
            s.remove(i)
        }
    }
}
