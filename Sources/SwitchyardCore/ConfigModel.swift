import SwitchyardPluginAPI

/// One component of a route as written: a plugin name with its config node.
public struct ComponentSpec: Sendable {
    public var plugin: String
    public var config: ConfigNode
    /// Where the plugin name stands.
    public var location: ConfigLocation?
    /// Key path in the route, e.g. `to.1.nats`.
    public var path: String
}

public struct SinkSpec: Sendable {
    public var component: ComponentSpec
    public var when: Condition?
}

/// Retries for messages whose delivery failed for a reason that may pass (a sink down).
public struct RetryPolicy: Sendable, Equatable {
    /// Deliveries in all, first included; 0 means retry without limit.
    public var attempts: Int
    /// Delay before the n-th retry: `backoff[n-1]`, else `delay * multiplier^(n-1)`, capped at `maxDelay`.
    public var delay: Duration
    public var backoff: [Duration]
    public var multiplier: Double
    public var maxDelay: Duration

    public static let `default` = RetryPolicy(attempts: 0, delay: .seconds(1), backoff: [], multiplier: 2, maxDelay: .seconds(30))

    public init(attempts: Int, delay: Duration, backoff: [Duration], multiplier: Double, maxDelay: Duration) {
        self.attempts = attempts
        self.delay = delay
        self.backoff = backoff
        self.multiplier = multiplier
        self.maxDelay = maxDelay
    }

    /// The delay after the `failedAttempt`-th delivery failed (1-based).
    public func delay(after failedAttempt: Int) -> Duration {
        let n = max(1, failedAttempt)
        if !backoff.isEmpty { return backoff[min(n, backoff.count) - 1] }
        let seconds = delay.seconds * pow(multiplier, Double(n - 1))
        return min(.milliseconds(Int64(min(seconds, 1e9) * 1000)), maxDelay)
    }

    public func exhausted(afterAttempt attempt: Int) -> Bool { attempts > 0 && attempt >= attempts }
}

func pow(_ base: Double, _ exponent: Double) -> Double {
    var r = 1.0
    for _ in 0..<Int(exponent) { r *= base }
    return r
}

extension Duration {
    var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}

public struct RouteSpec: Sendable {
    public var name: String
    public var file: String
    public var location: ConfigLocation?
    public var from: ComponentSpec
    public var steps: [ComponentSpec]
    public var to: [SinkSpec]
    public var retry: RetryPolicy
    public var deadLetter: ComponentSpec?
    /// Batches a route works on at once; 1 keeps strict source order even across sinks.
    public var maxInFlight: Int
    /// The route's YAML as written (after env substitution): reload compares it to spot changes.
    public var fingerprint: String
}

public struct ConnectionSpec: Sendable {
    public var name: String
    public var kind: String
    public var config: ConfigNode
    public var location: ConfigLocation?
    public var fingerprint: String
}

public struct HTTPSettings: Sendable, Equatable {
    public var listen: String = "127.0.0.1:8080"
    /// Bearer token for /api/v1; without one the admin API answers loopback clients only.
    public var adminToken: String?
    public var maxBodyBytes: Int = 1 << 20
}

public struct RuntimeSettings: Sendable, Equatable {
    public var drainTimeout: Duration = .seconds(10)
    public var logFormat: String = "logfmt"
    public var logLevel: String = "info"
}

/// A whole configuration: the main file and the route files it includes.
public struct SwitchyardConfig: Sendable {
    public var mainFile: String
    public var routeFiles: [String] = []
    public var connections: [ConnectionSpec] = []
    public var http = HTTPSettings()
    public var settings = RuntimeSettings()
    public var routes: [RouteSpec] = []
}
