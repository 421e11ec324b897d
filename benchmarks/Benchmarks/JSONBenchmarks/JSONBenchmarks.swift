// JSON value benchmarks on realistic WhatsApp payloads: parse, and parse + edit + write.
// Targets (issue 2): ≥ 200 MB/s parse; a 600-byte payload parsed, edited and written in ≤ 5 µs.
import Benchmark
import SwitchyardPluginAPI

/// A Meta Cloud API webhook POST with one text message (~650 bytes, non-ASCII escaped as Meta does).
let metaWebhook = Array(#"""
{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"255700000000","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Josh \u00e9"},"wa_id":"255712345678"}],"messages":[{"from":"255712345678","id":"wamid.HBgMMjU1NzEyMzQ1Njc4FQIAEhggQjVGNjFBRjQ0RTU5MzA3QzIyRDk0NkU3NzQ5MkI1MTcA","timestamp":"1712919600","text":{"body":"Nataka kuku na chips \ud83c\udf57 tafadhali, pamoja na soda moja baridi"},"type":"text"}]},"field":"messages"}]}]}
"""#.utf8)

/// A WABA outbound SEND_TEMPLATE (seed 001).
let wabaTemplate = Array(#"""
{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","to":"+255712345678","correlationId":"session-003","template":{"templateName":"PRODUCT_RESULTS_FOUND","languageCode":"en","params":{"1":"Josh","2":"2","3":"kuku","4":"Mode Bites","5":"Kuku Choma"}}}
"""#.utf8)

/// A WA-RS `message` event (seed 000 + field notes).
let warsMessage = Array(#"""
{"session_id":"shop-1","event":"message","timestamp":1712919600,"data":{"from":"255712345678@s.whatsapp.net","chat":"255712345678@s.whatsapp.net","message_id":"3EB0ABC123DEF4567890","timestamp":1712919599,"is_from_me":false,"push_name":"Josh","verified_name":null,"message_type":"text","text":"Habari, nataka kuku na chips mbili na soda","caption":null,"media_mimetype":null,"is_group":false,"participant":null}}
"""#.utf8)

let toPath = try! JSONPath(parsing: "data.to")
let chatPath = try! JSONPath(parsing: "data.chat")

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(2))

    for (name, payload) in [("meta webhook 650B", metaWebhook), ("waba template 330B", wabaTemplate), ("wa-rs message 470B", warsMessage)] {
        Benchmark("parse \(name)", configuration: .init(scalingFactor: .kilo)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try JSONParser.parse(payload))
            }
        }
        Benchmark("write \(name)", configuration: .init(scalingFactor: .kilo)) { benchmark in
            let value = try JSONParser.parse(payload)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(JSONWriter.bytes(value))
            }
        }
    }

    // The per-message work of a simple step: parse, change two fields, write.
    Benchmark("parse+edit+write wa-rs message 470B", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for _ in benchmark.scaledIterations {
            var m = Message(id: "1", body: warsMessage)
            try m.editJSON { body in
                body[path: chatPath] = .string("+255712345678")
                body[path: toPath] = .string("shop-1")
            }
            blackHole(m.body)
        }
    }
    Benchmark("parse+edit+write meta webhook 650B", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for _ in benchmark.scaledIterations {
            var m = Message(id: "1", body: metaWebhook)
            try m.editJSON { body in body["object"] = .string("edited") }
            blackHole(m.body)
        }
    }
}
