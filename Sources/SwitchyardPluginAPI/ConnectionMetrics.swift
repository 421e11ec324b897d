/// Optional for a `Connection`: how many times it reconnected since it started. `/metrics` reports it as
/// `switchyard_connection_reconnects_total`; connections without it are counted by the down→up transitions
/// the HTTP module observes (polled every second, so very short outages can be missed).
public protocol ReconnectCounting: Connection {
    var reconnectCount: Int { get }
}
