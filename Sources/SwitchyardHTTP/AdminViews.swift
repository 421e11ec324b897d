import Foundation
import SwitchyardCore
import SwitchyardPluginAPI

/// JSON documents of the admin API.
enum AdminViews {
    /// `GET /api/v1/routes`: each route with its source, sinks, status, counters; the last reload.
    static func routes(_ supervisor: RouteSupervisor, paths: WebhookPathTable) -> JSONValue {
        let topology = supervisor.topology
        let running = Dictionary(supervisor.runners.map { ($0.route.name, $0) }, uniquingKeysWith: { a, _ in a })
        let served = paths.paths
        var list: [JSONValue] = []
        for route in topology.routes {
            let spec = route.spec
            var o = JSONObject()
            o.append("name", .string(spec.name))
            o.append("file", .string(spec.file))
            o.append("source", .string(spec.from.plugin))
            if spec.from.plugin == "webhook", let path = spec.from.config["path"]?.scalar {
                o.append("path", .string(path))
                o.append("path_served", .bool(served[path]?.contains(spec.name) == true))
            }
            o.append("steps", .array(spec.steps.map { .string($0.plugin) }))
            o.append("sinks", .array(spec.to.map { .string($0.component.plugin) }))
            o.append("dead_letter", spec.deadLetter.map { .string($0.plugin) } ?? .null)
            o.append("max_in_flight", .number(JSONNumber(spec.maxInFlight)))
            var connections = JSONObject()
            for name in spec.connectionNames.sorted() {
                connections.append(name, .bool(topology.connections.byName[name]?.isConnected ?? false))
            }
            o.append("connections", .object(connections))
            let runner = running[spec.name]
            o.append("status", .string(runner == nil ? "starting" : "running"))
            var counters = JSONObject()
            for (k, v) in (runner?.stats.snapshot ?? [:]).sorted(by: { $0.key < $1.key }) {
                counters.append(k, .number(JSONNumber(v)))
            }
            o.append("counters", .object(counters))
            list.append(.object(o))
        }
        var doc = JSONObject()
        doc.append("routes", .array(list))
        doc.append("last_reload", supervisor.lastReload.map(reload) ?? .null)
        let stats = supervisor.reloadStats
        doc.append("reloads", .object([
            "succeeded": .number(JSONNumber(stats.succeeded.load(ordering: .relaxed))),
            "failed": .number(JSONNumber(stats.failed.load(ordering: .relaxed))),
        ]))
        return .object(doc)
    }

    /// A reload outcome, errors with their file:line:column.
    static func reload(_ outcome: ReloadOutcome) -> JSONValue {
        var o = JSONObject()
        o.append("success", .bool(outcome.success))
        o.append("started", .array(outcome.started.map { .string($0) }))
        o.append("stopped", .array(outcome.stopped.map { .string($0) }))
        o.append("unchanged", .array(outcome.unchanged.map { .string($0) }))
        o.append("duration_ms", .number(JSONNumber(outcome.duration.secondsDouble * 1000)))
        let ago = (ContinuousClock.now - outcome.finishedAt).secondsDouble
        o.append("finished_at", .string(Date(timeIntervalSinceNow: -ago).formatted(.iso8601)))
        o.append("errors", .array(outcome.errors.map(error)))
        return .object(o)
    }

    static func error(_ e: ConfigError) -> JSONValue {
        var o = JSONObject()
        o.append("message", .string(e.description))
        if let l = e.location {
            o.append("file", .string(l.file))
            o.append("line", .number(JSONNumber(l.line)))
            o.append("column", .number(JSONNumber(l.column)))
        }
        if !e.keyPath.isEmpty { o.append("key", .string(e.keyPath.joined(separator: "."))) }
        if let h = e.hint { o.append("hint", .string(h)) }
        o.append("warning", .bool(e.isWarning))
        return .object(o)
    }
}
