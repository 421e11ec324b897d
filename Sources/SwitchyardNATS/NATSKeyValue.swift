import CNATS
import SwitchyardPluginAPI

/// A JetStream KV bucket (history 1, max age = TTL) with the `KeyValueBucket` semantics of
/// `MemoryKeyValueBucket`. Every call is a request/reply, run on the connection's request threads.
final class NATSKeyValueBucket: KeyValueKeyListing, @unchecked Sendable {
    private let store: SendablePointer
    private let executor: BlockingExecutor
    let name: String
    /// How long a key listing may take to gather (milliseconds, nats.c's unit for watcher timeouts).
    let listTimeoutMs: Int64

    init(store: SendablePointer, executor: BlockingExecutor, name: String, listTimeoutMs: Int64 = 5000) {
        self.store = store
        self.executor = executor
        self.name = name
        self.listTimeoutMs = listTimeoutMs
    }

    deinit { kvStore_Destroy(store.raw) }

    /// Opens the bucket, creating it with `ttlNanos` (nanoseconds in nats.c) as max age when absent.
    static func open(_ js: OpaquePointer, name: String, ttlNanos: Int64) throws -> SendablePointer {
        var kv: OpaquePointer?
        let s = js_KeyValue(&kv, js, name)
        if s == NATS_OK, let kv { return SendablePointer(raw: kv) }
        guard s == NATS_NOT_FOUND else { throw NATSError(s, "open KV bucket '\(name)'") }
        var cfg = kvConfig()
        try check(kvConfig_Init(&cfg), "kv config")
        let strings = CStrings()
        cfg.Bucket = strings(name)
        cfg.History = 1
        cfg.TTL = ttlNanos
        let cs = js_CreateKeyValue(&kv, js, &cfg)
        if cs == NATS_OK, let kv { return SendablePointer(raw: kv) }
        // Another replica created it meanwhile.
        let again = js_KeyValue(&kv, js, name)
        if again == NATS_OK, let kv { return SendablePointer(raw: kv) }
        throw NATSError(cs, "create KV bucket '\(name)'")
    }

    /// Whether the key currently holds a value (a put or create, not a delete/purge marker).
    private static func current(_ kv: OpaquePointer, _ key: String) throws -> KeyValueEntry? {
        var entry: OpaquePointer?
        let s = kvStore_Get(&entry, kv, key)
        if s == NATS_NOT_FOUND { return nil }
        try check(s, "kv get '\(key)'")
        defer { kvEntry_Destroy(entry) }
        let len = Int(kvEntry_ValueLen(entry))
        var value = [UInt8](repeating: 0, count: len)
        if len > 0, let p = kvEntry_Value(entry) { value.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(start: p, count: len)) } }
        return KeyValueEntry(value: value, revision: kvEntry_Revision(entry))
    }

    func create(_ key: String, value: [UInt8]) async throws -> UInt64? {
        let kv = store
        return try await executor.run {
            var rev: UInt64 = 0
            let s = value.withUnsafeBytes { kvStore_Create(&rev, kv.raw, key, $0.baseAddress, Int32($0.count)) }
            if s == NATS_OK { return rev }
            // "Key exists" comes back as a generic error: tell it from a real failure by looking.
            if try Self.current(kv.raw, key) != nil { return nil }
            throw NATSError(s, "kv create '\(key)'")
        }
    }

    func get(_ key: String) async throws -> KeyValueEntry? {
        let kv = store
        return try await executor.run { try Self.current(kv.raw, key) }
    }

    func update(_ key: String, value: [UInt8], revision: UInt64) async throws -> UInt64? {
        let kv = store
        return try await executor.run {
            var rev: UInt64 = 0
            let s = value.withUnsafeBytes { kvStore_Update(&rev, kv.raw, key, $0.baseAddress, Int32($0.count), revision) }
            if s == NATS_OK { return rev }
            // A wrong revision (someone wrote first, or the key is gone) is not an error here.
            let now = try Self.current(kv.raw, key)
            if now?.revision != revision { return nil }
            throw NATSError(s, "kv update '\(key)'")
        }
    }

    @discardableResult
    func put(_ key: String, value: [UInt8]) async throws -> UInt64 {
        let kv = store
        return try await executor.run {
            var rev: UInt64 = 0
            try check(value.withUnsafeBytes { kvStore_Put(&rev, kv.raw, key, $0.baseAddress, Int32($0.count)) }, "kv put '\(key)'")
            return rev
        }
    }

    func delete(_ key: String) async throws {
        let kv = store
        try await executor.run { try check(kvStore_Delete(kv.raw, key), "kv delete '\(key)'") }
    }

    /// The live keys (deleted and expired ones are not listed) starting with `prefix`. libnats 3.4 has no
    /// `kvStore_KeysWithFilters`, and a subject filter only matches whole tokens anyway, so the prefix is applied
    /// here: a full scan, for periodic sweeps only.
    func keys(withPrefix prefix: String) async throws -> [String] {
        let (kv, timeout) = (store, listTimeoutMs)
        return try await executor.run {
            var opts = kvWatchOptions()
            try check(kvWatchOptions_Init(&opts), "kv watch options")
            opts.Timeout = timeout
            var list = kvKeysList()
            let s = kvStore_Keys(&list, kv.raw, &opts)
            // An empty bucket is a "no keys found" status, not a failure.
            if s == NATS_NOT_FOUND { return [] }
            try check(s, "kv keys")
            defer { kvKeysList_Destroy(&list) }
            var keys: [String] = []
            keys.reserveCapacity(Int(list.Count))
            for i in 0..<Int(list.Count) {
                guard let p = list.Keys[i] else { continue }
                let key = String(cString: p)
                if prefix.isEmpty || key.hasPrefix(prefix) { keys.append(key) }
            }
            return keys
        }
    }
}
