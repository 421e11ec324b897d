import SwitchyardPluginAPI
import Testing
@testable import WARSToWABA

@Suite struct SendResultTests {
    static let success = #"{"request_id":"uuid","success":true,"message_id":"3EB0DEF456...","error":null,"timestamp":1700000000}"#
    static let failure = #"{"request_id":"uuid","success":false,"message_id":null,"error":"Session error: Client not connected","timestamp":1700000000}"#

    @Test func theSeedResultBecomesASentStatusCompletedFromTheCorrelation() async throws {
        let bucket = uniqueBucket()
        try await storeEntry(bucket: bucket, requestId: "uuid")
        let step = try makeStep(bucket: bucket)
        let m = try await translated(step, Self.success, subject: "wa.events.shop-1.send_result")
        #expect(m.jsonBody == (try json(#"""
            {"type":"STATUS_WEBHOOK","messageType":"TEXT","wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"",
             "messageId":"3EB0DEF456...","from":"+255712345678","status":"sent","timestamp":"2023-11-14T22:13:20Z","correlationId":"session-001"}
            """#)))
        #expect(m.metadata["waba.routing_key"] == "whatsapp.inbound.status")
        #expect(m.id == "3EB0DEF456...:sent")
        // The entry is marked, and stays for a redelivered result.
        let stored = try #require(try await MemoryKeyValueBucket.shared(named: bucket, ttl: .seconds(3600)).get(CorrelationEntry.key("uuid")))
        let entry = try #require(CorrelationEntry(bytes: stored.value))
        #expect(entry.state == "sent")
        #expect(entry.messageId == "3EB0DEF456...")
        let again = try await translated(step, Self.success, subject: "wa.events.shop-1.send_result")
        #expect(again.jsonBody == m.jsonBody)
    }

    @Test func theDocumentedFailureShapeBecomesAFailedStatus() async throws {
        let bucket = uniqueBucket()
        try await storeEntry(bucket: bucket, requestId: "uuid")
        let m = try await translated(try makeStep(bucket: bucket), Self.failure)
        #expect(m.jsonBody["status"] == "failed")
        #expect(m.jsonBody["messageId"] == "uuid")
        #expect(m.jsonBody["error"] == "Session error: Client not connected")
    }

    @Test func aResultWithoutCorrelationFollowsThePolicy() async throws {
        let reason = await rejection(try makeStep(), Self.success, subject: "wa.events.shop-1.send_result")
        #expect(reason == "request_id: no correlation entry for request_id 'uuid' (expired, or not sent through waba_to_wars)")
        #expect(await dropReason(try makeStep([("unknown_request", .plain("drop"))]), Self.success) == "no correlation for request_id 'uuid'")
        let partial = try await translated(try makeStep([("unknown_request", .plain("partial"))]), Self.success, subject: "wa.events.shop-1.send_result")
        #expect(partial.jsonBody == (try json(#"""
            {"type":"STATUS_WEBHOOK","messageType":null,"wabaAccountId":"waba-001","wabaNumber":"+255700000000","wabaUserName":"",
             "messageId":"3EB0DEF456...","from":null,"status":"sent","timestamp":"2023-11-14T22:13:20Z","correlationId":null}
            """#)))
        let noSession = try await translated(try makeStep([("unknown_request", .plain("partial")), ("include_correlation_id", .plain("false"))]), Self.success)
        #expect(noSession.jsonBody["wabaNumber"] == .null)
        #expect(noSession.jsonBody["correlationId"] == nil)
        let noId = #"{"success":true,"message_id":"3EB0","timestamp":1700000000}"#
        #expect(await rejection(try makeStep(), noId).hasPrefix("request_id: no correlation entry for a send_result without request_id"))
        #expect(await rejection(try makeStep(), #"{"request_id":"x","success":true,"message_id":null,"timestamp":1}"#) == "message_id: missing in a successful send_result")
    }

    @Test func aSendResultInsideAnEnvelopeIsAcceptedToo() async throws {
        let bucket = uniqueBucket()
        try await storeEntry(bucket: bucket, requestId: "uuid")
        let m = try await translated(try makeStep(bucket: bucket), #"{"session_id":"shop-1","event":"send_result","timestamp":1700000000,"data":\#(Self.success)}"#)
        #expect(m.jsonBody["status"] == "sent")
    }

    @Test func subjectsYieldTheirSession() {
        #expect(WARSToWABAStep.session(fromSubject: "wa.events.shop-1.send_result", prefix: "wa.events.", suffix: ".send_result") == "shop-1")
        #expect(WARSToWABAStep.session(fromSubject: "wa.events.tenant.shop.send_result", prefix: "wa.events.", suffix: ".send_result") == "tenant.shop")
        #expect(WARSToWABAStep.session(fromSubject: "wa.send.tenant.shop", prefix: "wa.send.", suffix: nil) == "tenant.shop")
        #expect(WARSToWABAStep.session(fromSubject: "wa.send.", prefix: "wa.send.", suffix: nil) == nil)
        #expect(WARSToWABAStep.session(fromSubject: "other", prefix: "wa.send.", suffix: nil) == nil)
    }
}
