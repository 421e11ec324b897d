import Synchronization

/// An HTTP request as the webhook code sees it, independent of the server library.
public struct WebhookRequest: Sendable {
    public var method: String
    public var path: String
    /// Query parameters in order, percent-decoded.
    public var query: [(name: String, value: String)]
    /// Header fields in order (the server passes names lower-cased; lookups are case-insensitive anyway).
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// The socket peer's IP address.
    public var peer: String?

    public init(method: String, path: String, query: [(name: String, value: String)] = [],
                headers: [(name: String, value: String)] = [], body: [UInt8] = [], peer: String? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.peer = peer
    }

    /// The value of a header (case-insensitive name); several fields of that name joined with ", ".
    /// Compared byte-wise without lower-casing copies: it runs several times per request.
    public func header(_ name: String) -> String? {
        var first: String?
        var more: [String] = []
        for h in headers where headerNamesEqual(h.name, name) {
            if first == nil { first = h.value } else { more.append(h.value) }
        }
        guard let first else { return nil }
        return more.isEmpty ? first : ([first] + more).joined(separator: ", ")
    }

    public func queryValue(_ name: String) -> String? { query.last { $0.name == name }?.value }
}

/// An HTTP answer as the webhook code produces it.
public struct WebhookAnswer: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    public var contentType: String

    public init(status: Int, body: [UInt8], contentType: String = "application/json", headers: [(name: String, value: String)] = []) {
        self.status = status
        self.body = body
        self.contentType = contentType
        self.headers = headers
    }
}

/// What serves one webhook path: a running (or starting) webhook source.
protocol WebhookEndpoint: AnyObject, Sendable {
    var routeName: String { get }
    var state: WebhookEndpointState { get }
    /// Body limit of this path; nil: the listener's `http.max_body`.
    var maxBody: Int? { get }
    /// Whether the path answers this method (405 otherwise).
    func accepts(method: String) -> Bool
    /// Checks who is calling before the body is read (IP allow-list); nil to go on, else the answer.
    func screen(_ request: WebhookRequest) -> WebhookAnswer?
    func handle(_ request: WebhookRequest) async -> WebhookResult
    /// The answer for a body over the limit, counted like the others.
    func tooLarge(limit: Int) -> WebhookAnswer
}

enum WebhookEndpointState: Sendable, Equatable {
    /// Registered at `start()`, before its route runs: requests wait for it.
    case pending
    /// Its route takes messages.
    case live
    /// Its route stopped (reload, shutdown): it serves no new request.
    case stopped
}

enum WebhookResult: Sendable {
    case answer(WebhookAnswer)
    /// The route ended before it took the message: try the path's newer owner, if any.
    case handedBack(WebhookAnswer)
}

/// Which source serves which path, shared by every route and the one listener.
///
/// Reload starts a route's new version before it stops the old one, so a path can briefly have two
/// registrations. The newest live one serves; a newer one still starting is preferred over none. A
/// source removes only its own registration, so the old version stopping never unmaps the new one:
/// the switch is one lock-protected update, with no moment where the path is missing.
public final class WebhookPathTable: Sendable {
    public static let shared = WebhookPathTable()

    struct Registration: Sendable {
        let token: UInt64
        let endpoint: any WebhookEndpoint
    }
    private let table = Mutex<(next: UInt64, paths: [String: [Registration]])>((1, [:]))

    public init() {}

    /// Adds an endpoint as the newest owner of `path`; returns the token to unregister with.
    func register(_ path: String, _ endpoint: any WebhookEndpoint) -> UInt64 {
        table.withLock { t in
            let token = t.next
            t.next += 1
            t.paths[path, default: []].append(Registration(token: token, endpoint: endpoint))
            return token
        }
    }

    /// Removes that registration only (a newer owner of the path stays).
    func unregister(_ path: String, token: UInt64) {
        table.withLock { t in
            t.paths[path]?.removeAll { $0.token == token }
            if t.paths[path]?.isEmpty == true { t.paths[path] = nil }
        }
    }

    /// The endpoint that serves `path` now.
    func lookup(_ path: String) -> (any WebhookEndpoint)? {
        let registrations = table.withLock { $0.paths[path] ?? [] }
        // Each state read once: reading them again for the second choice let a new version that went live
        // between the two passes (pending on the first, live on the second) be missed by both, while the old
        // one was already stopping: a 503 "not running" in the middle of a reload.
        let states = registrations.map { ($0.endpoint, $0.endpoint.state) }
        if let live = states.last(where: { $0.1 == .live }) { return live.0 }
        return states.last(where: { $0.1 == .pending })?.0
    }

    /// Paths with the routes serving them (newest last), for the admin API.
    public var paths: [String: [String]] {
        table.withLock { t in t.paths.mapValues { $0.map(\.endpoint.routeName) } }
    }
}

/// ASCII case-insensitive equality of header names (HTTP field names are ASCII tokens).
func headerNamesEqual(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    for (x, y) in zip(a.utf8, b.utf8) where x != y {
        let lx = x | 0x20
        guard lx == y | 0x20, lx >= UInt8(ascii: "a"), lx <= UInt8(ascii: "z") else { return false }
    }
    return true
}

/// The lower-case form of a header name; the name itself (no copy) when it has no upper-case letter.
func lowercasedHeaderName(_ name: String) -> String {
    name.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ? name.lowercased() : name
}
