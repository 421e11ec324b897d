// meta_to_waba per POST: parse the Meta webhook, split it into WABA events, write each event's bytes
// (what a sink publishes). Target (issue 6): ≤ 10 µs for a 600-byte POST with one message.
import Benchmark
import MetaToWABA
import SwitchyardPluginAPI

/// One text message with its contact, non-ASCII escaped as Meta does (~600 bytes).
let textPost = Array(#"""
{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"255700000000","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Josh \u00e9"},"wa_id":"255712345678"}],"messages":[{"from":"255712345678","id":"wamid.HBgMMjU1NzEyMzQ1Njc4FQIAEhggQjVGNjFBRjQ0RTU5MzA3QzIyRDk0NkU3NzQ5MkI1MTcA","timestamp":"1712919600","text":{"body":"Nataka kuku na chips \ud83c\udf57 tafadhali, pamoja na soda moja baridi na maji mawili ya kunywa, asante sana"},"type":"text"}]},"field":"messages"}]}]}
"""#.utf8)

/// One image message (~640 bytes).
let imagePost = Array(#"""
{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"255700000000","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Josh"},"wa_id":"255712345678"}],"messages":[{"from":"255712345678","id":"wamid.HBgMMjU1NzEyMzQ1Njc4FQIAEhggQjVGNjFBRjQ0RTU5MzA3QzIyRDk0NkU3NzQ5MkI1MTcB","timestamp":"1712919660","type":"image","image":{"caption":"Hii ndiyo nataka","mime_type":"image/jpeg","sha256":"u3X9Jg0yq1q4nV0nqg0b1w3Kp2mWQ5x7YzR6vT8sLcA=","id":"1479537139650973"}}]},"field":"messages"}]}]}
"""#.utf8)

/// One delivered status with conversation and pricing (~600 bytes).
let statusPost = Array(#"""
{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"255700000000","phone_number_id":"106540352242922"},"statuses":[{"id":"wamid.HBgMMjU1NzEyMzQ1Njc4FQIAERgSQjVGNjFBRjQ0RTU5MzA3QzIyAA==","status":"delivered","timestamp":"1712919630","recipient_id":"255712345678","conversation":{"id":"c6f2a3b9e8d7c6b5a4","origin":{"type":"service"}},"pricing":{"billable":true,"pricing_model":"CBP","category":"service"}}]},"field":"messages"}]}]}
"""#.utf8)

/// Three text messages from three senders in one change (~1.1 KB).
let threeMessagePost = Array(#"""
{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"255700000000","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Asha"},"wa_id":"255711111111"},{"profile":{"name":"Baraka"},"wa_id":"255722222222"},{"profile":{"name":"Carol"},"wa_id":"255733333333"}],"messages":[{"from":"255711111111","id":"wamid.HBgMMjU1NzExMTExMTExFQIAEhggQjVGNjFBRjQ0RTU5MzA3QzIyRDk0NkU3NzQ5MkI1MTcA","timestamp":"1712919600","text":{"body":"Nataka kuku na chips"},"type":"text"},{"from":"255722222222","id":"wamid.HBgMMjU1NzIyMjIyMjIyFQIAEhggQjVGNjFBRjQ0RTU5MzA3QzIyRDk0NkU3NzQ5MkI1MTcA","timestamp":"1712919601","text":{"body":"Bei ya soda?"},"type":"text"},{"from":"255733333333","id":"wamid.HBgMMjU1NzMzMzMzMzMzFQIAEhggQjVGNjFBRjQ0RTU5MzA3QzIyRDk0NkU3NzQ5MkI1MTcA","timestamp":"1712919602","text":{"body":"Asante sana"},"type":"text"}]},"field":"messages"}]}]}
"""#.utf8)

struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

func makeStep() -> any Transform {
    var registry = PluginRegistry()
    registerPlugins(into: &registry)
    return try! registry.build(.transform, "meta_to_waba", config: .emptyMap,
                               context: PluginContext(routeName: "bench", componentPath: "steps.0.meta_to_waba", connections: NoConnections()),
                               as: (any Transform).self)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(2))
    let step = makeStep()

    for (name, payload) in [("text \(textPost.count)B", textPost), ("image \(imagePost.count)B", imagePost),
                            ("status \(statusPost.count)B", statusPost), ("3 messages \(threeMessagePost.count)B", threeMessagePost)] {
        // The floor: the parse every step pays anyway, to tell the translation's own cost.
        Benchmark("baseline \(name): parse only", configuration: .init(scalingFactor: .kilo)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try JSONParser.parse(payload))
            }
        }
        Benchmark("meta_to_waba \(name): parse+split+write", configuration: .init(scalingFactor: .kilo)) { benchmark in
            for _ in benchmark.scaledIterations {
                let result = await step.process(Message(id: "post", body: payload, source: "webhook"))
                guard case .messages(let outputs) = result else { fatalError("unexpected \(result)") }
                for m in outputs { blackHole(m.body) }
            }
        }
    }
}
