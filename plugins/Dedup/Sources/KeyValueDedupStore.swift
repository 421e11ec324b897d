#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import SwitchyardPluginAPI

/// Dedup keys in a shared KV bucket (JetStream KV behind a NATS connection), so every replica of a route
/// sees the same keys. The bucket's TTL is the window: a committed key counts for `window` after its commit.
///
/// Values: `delivered` (committed), `reserved|<token>|<unix ms>` (a replica is delivering it), `released`
/// (the delivery failed; the next copy takes it). Every state change is a create-if-absent or a
/// compare-and-set on the revision, so two replicas never both win the same key.
final class KeyValueDedupStore: DedupStore {
    typealias WallClock = @Sendable () -> Int64

    let provider: any KeyValueProvider
    let bucketName: String
    let window: Duration
    let reservationTimeout: Duration
    let now: WallClock
    /// The bucket being opened (or open); reset after a failed open so the next message tries again.
    private let opening = Mutex<Task<any KeyValueBucket, any Error>?>(nil)

    init(provider: any KeyValueProvider, bucket: String, window: Duration, reservationTimeout: Duration,
         now: @escaping WallClock = KeyValueDedupStore.unixMilliseconds) {
        self.provider = provider
        self.bucketName = bucket
        self.window = window
        self.reservationTimeout = reservationTimeout
        self.now = now
    }

    static let delivered: [UInt8] = Array("delivered".utf8)
    static let released: [UInt8] = Array("released".utf8)

    enum Held: Equatable {
        case delivered
        case released
        case reserved(token: String, at: Int64)
        /// Not written by this store: treated as an abandoned reservation.
        case unknown
    }

    static func reservation(_ token: String, at ms: Int64) -> [UInt8] { Array("reserved|\(token)|\(ms)".utf8) }

    static func parse(_ value: [UInt8]) -> Held {
        if value == delivered { return .delivered }
        if value == released { return .released }
        let text = String(decoding: value, as: UTF8.self)
        guard text.hasPrefix("reserved|"), let bar = text.lastIndex(of: "|"), bar > text.index(text.startIndex, offsetBy: 8),
            let at = Int64(text[text.index(after: bar)...])
        else { return .unknown }
        return .reserved(token: String(text[text.index(text.startIndex, offsetBy: 9)..<bar]), at: at)
    }

    static func unixMilliseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }

    /// Starts opening the bucket without waiting: the connection may still be connecting at route start.
    func open() {
        _ = openingTask()
    }

    private func openingTask() -> Task<any KeyValueBucket, any Error> {
        opening.withLock { current in
            if let current { return current }
            let (provider, name, ttl) = (self.provider, bucketName, window)
            let task = Task { try await provider.bucket(named: name, ttl: ttl) }
            current = task
            return task
        }
    }

    func bucket() async throws -> any KeyValueBucket {
        let task = openingTask()
        do { return try await task.value } catch {
            opening.withLock { if $0 == task { $0 = nil } }
            throw error
        }
    }

    private var timeoutMilliseconds: Int64 {
        let c = reservationTimeout.components
        return c.seconds * 1000 + c.attoseconds / 1_000_000_000_000_000
    }

    func reserve(_ key: String, token: String, window: Duration) async throws -> ReserveOutcome {
        let b = try await bucket()
        let k = KeyValueKey.encode(key)
        let stamp = now()
        let mine = Self.reservation(token, at: stamp)
        if try await b.create(k, value: mine) != nil { return .fresh }
        guard let entry = try await b.get(k) else {
            // Deleted or expired since the create: one more try, a loser is in flight.
            return try await b.create(k, value: mine) != nil ? .fresh : .inFlight
        }
        switch Self.parse(entry.value) {
        case .delivered:
            return .duplicate
        case .reserved(let holder, _) where holder == token:
            return .fresh  // this message's own redelivery
        case .reserved(_, let at) where stamp - at < timeoutMilliseconds:
            return .inFlight
        case .reserved, .released, .unknown:
            // Abandoned or released: take it over, unless another replica just did.
            return try await b.update(k, value: mine, revision: entry.revision) != nil ? .fresh : .inFlight
        }
    }

    func commit(_ key: String, token: String, window: Duration) async {
        // Delivered is delivered, whoever holds the reservation now. A failed put leaves the reservation to
        // time out: a later copy may then be delivered again (at-least-once), never lost.
        guard let b = try? await bucket() else { return }
        let k = KeyValueKey.encode(key)
        if (try? await b.put(k, value: Self.delivered)) == nil {
            _ = try? await b.put(k, value: Self.delivered)
        }
    }

    func release(_ key: String, token: String) async {
        // Compare-and-set rather than delete: between our read and a delete another replica could have
        // taken the key over, and a blind delete would free its reservation.
        guard let b = try? await bucket() else { return }
        let k = KeyValueKey.encode(key)
        guard let entry = try? await b.get(k), case .reserved(let holder, _) = Self.parse(entry.value), holder == token else {
            return
        }
        _ = try? await b.update(k, value: Self.released, revision: entry.revision)
    }
}
