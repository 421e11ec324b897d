// WABA ↔ WA-RS translation per message, from input bytes to output bytes, through the registry as a route
// builds the steps (memory correlation store included). Target (issue 6): ≤ 10 µs per 600-byte message.
import Benchmark
import SwitchyardPluginAPI
import WABAToWARS
import WARSToWABA

struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

/// SEND_TEMPLATE PRODUCT_RESULTS_FOUND with longer params (~600 bytes).
let wabaTemplate = Array(#"""
{"type":"SEND_TEMPLATE","messageType":"TEMPLATE","wabaAccountId":"waba-001","wabaNumber":"+255700000000","phoneNumberId":null,"appId":null,"to":"+255712345678","correlationId":"session-003-7f3a9c2e-41b8-4d6a-9e0f-2b7c1d5a8e43","template":{"templateName":"PRODUCT_RESULTS_FOUND","languageCode":"en","params":{"1":"Josh Mwakalinga","2":"12","3":"kuku choma na chips","4":"Mode Bites Kariakoo","5":"Kuku Choma Nusu, Kuku Choma Mzima, Chips Mayai Special, Mishkaki ya Kuku, Kuku wa Kupaka, Pilau ya Kuku, Biriani ya Kuku na Kachumbari"}}}
"""#.utf8)

/// SEND_FREETEXT TEXT (~600 bytes).
let wabaText = Array(#"""
{"type":"SEND_FREETEXT","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","phoneNumberId":null,"appId":null,"to":"+255712345678","correlationId":"session-001-7f3a9c2e-41b8-4d6a-9e0f-2b7c1d5a8e43","text":"Habari! Tunayo kuku na chips. Bei ni 5,000 TZS. Pia tuna kuku choma nusu kwa 12,000 TZS, mishkaki kwa 3,000 TZS na soda baridi kwa 1,000 TZS. Tunafungua saa nne asubuhi hadi saa tano usiku kila siku. Agiza sasa na tutakuletea ndani ya dakika thelathini popote Kariakoo na Upanga. Asante kwa kuchagua Mode Bites!"}
"""#.utf8)

/// A WA-RS `message` event (~600 bytes).
let warsMessage = Array(#"""
{"session_id":"shop-1","event":"message","timestamp":1775991601,"data":{"from":"255712345678:3@s.whatsapp.net","chat":"255712345678@s.whatsapp.net","message_id":"3EB0ABC123DEF4567890AB12","timestamp":1775991600,"is_from_me":false,"push_name":"Josh Mwakalinga","verified_name":null,"message_type":"text","text":"Habari, nataka kuku na chips mbili na soda moja baridi. Naomba mniletee Kariakoo mtaa wa Congo karibu na soko, nyumba namba 17, ghorofa ya pili. Nitalipa kwa M-Pesa nikipokea. Asante sana!","caption":null,"media_mimetype":null,"media":null,"is_group":false,"participant":null}}
"""#.utf8)

let context = PluginContext(routeName: "bench", componentPath: "steps.0", connections: NoConnections())
let sessions = ConfigNode.map([("+255700000000", .string("shop-1"))])
let registry: PluginRegistry = {
    var r = PluginRegistry()
    WABAToWARS.registerPlugins(into: &r)
    WARSToWABA.registerPlugins(into: &r)
    return r
}()
let toWARS = try! registry.build(.transform, "waba_to_wars", config: .map([("sessions", sessions), ("bucket", .string("bench"))]),
                                 context: context, as: (any Transform).self)
/// Its own bucket whose TTL (2 s) lets entries of the last pass expire before the 65536 bodies come round again.
let toWARSFresh = try! registry.build(.transform, "waba_to_wars",
                                      config: .map([("sessions", sessions), ("bucket", .string("bench-fresh")), ("ttl", .plain("2s")), ("result_deadline", .plain("1s"))]),
                                      context: context, as: (any Transform).self)
let toWABA = try! registry.build(.transform, "wars_to_waba",
                                 config: .map([("sessions", sessions), ("accounts", .map([("+255700000000", .string("waba-001"))])), ("bucket", .string("bench"))]),
                                 context: context, as: (any Transform).self)

func bytesOut(_ r: TransformResult) -> [UInt8] {
    if case .message(let m) = r { return m.body }
    fatalError("translation failed: \(r)")
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(2))

    // The same body again and again: after the first, each is a redelivery (its correlation entry exists).
    for (name, payload) in [("waba_to_wars SEND_TEMPLATE \(wabaTemplate.count)B", wabaTemplate), ("waba_to_wars SEND_FREETEXT \(wabaText.count)B", wabaText)] {
        Benchmark(name + " (redelivered)", configuration: .init(scalingFactor: .kilo)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(bytesOut(await toWARS.process(Message(id: "1", body: payload))))
            }
        }
    }
    // New messages: distinct bodies (the correlationId's last digits vary), so every command writes a new entry.
    Benchmark("waba_to_wars SEND_FREETEXT \(wabaText.count)B (new)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let marker = Array("8e43".utf8)
        let at = wabaText.indices.first { wabaText[$0..<min($0 + 4, wabaText.count)].elementsEqual(marker) }!
        let hex = Array("0123456789abcdef".utf8)
        var bodies: [[UInt8]] = []
        bodies.reserveCapacity(65536)
        for n in 0..<65536 {
            var b = wabaText
            for k in 0..<4 { b[at + k] = hex[(n >> (4 * k)) & 0xF] }
            bodies.append(b)
        }
        var n = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(bytesOut(await toWARSFresh.process(Message(id: "1", body: bodies[n & 0xFFFF]))))
            n += 1
        }
    }
    Benchmark("wars_to_waba message \(warsMessage.count)B", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(bytesOut(await toWABA.process(Message(id: "1", body: warsMessage))))
        }
    }
    Benchmark("wars_to_waba send_result 110B (correlation lookup)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let command = await toWARS.process(Message(id: "1", body: wabaText))
        guard case .message(let c) = command, let requestId = c.metadata["request_id"] else { fatalError("no command") }
        let result = Array(#"{"request_id":"\#(requestId)","success":true,"message_id":"3EB0DEF4567890ABCDEF12","error":null,"timestamp":1775991605}"#.utf8)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(bytesOut(await toWABA.process(Message(id: "1", body: result, metadata: ["subject": "wa.events.shop-1.send_result"]))))
        }
    }
}
