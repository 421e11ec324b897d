import CNATS
import Foundation
import Testing
@testable import SwitchyardCore
@testable import SwitchyardNATS
@testable import SwitchyardPluginAPI

func connectionYAML(extra: String = "") -> String {
    """
    connections:
      nats:
        type: nats
        url: "${NATS_URL:-nats://127.0.0.1:4222}"
    \(extra)
    settings: { drain_timeout: 5s }
    """
}

extension NATSIntegrationTests {
@Suite struct JetStreamSourceTests {
    @Test func deliversEveryMessageWithItsMetadataAndAcksIt() async throws {
        let raw = try RawNATS()
        let stream = unique("SRC")
        let subject = "t.\(stream).events"
        try raw.addStream(stream, subjects: ["t.\(stream).>"])
        defer { raw.deleteStream(stream) }
        let queue = unique("out")
        try raw.publish((0..<1000).map { i in (subject, Array(#"{"seq":\#(i)}"#.utf8), "id-\(i)", ["X-Trace": "t\(i)"]) })

        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: js-to-memory
                from:
                  jetstream: { connection: nats, stream: \(stream), durable: worker, batch: 100 }
                to:
                  - memory: { queue: \(queue) }
            """)
        let out = MemoryBroker.named("memory").queue(queue)
        try await eventually("1000 messages") { out.publishedCount >= 1000 }
        try await eventually("all acked") { try raw.consumerInfo(stream, "worker").ackPending == 0 }
        await topo.stop()
        let messages = out.drain()
        #expect(messages.count == 1000)
        #expect(Set(messages.map(\.id)) == Set((0..<1000).map { "id-\($0)" }))
        let first = try #require(messages.first { $0.id == "id-0" })
        #expect(first.metadata["subject"] == subject)
        #expect(first.metadata["stream"] == stream)
        #expect(first.metadata["stream_sequence"] == "1")
        #expect(first.metadata["consumer_sequence"] != nil)
        #expect(first.metadata["delivery_count"] == "1")
        #expect(first.deliveryCount == 1)
        #expect(first.headers["X-Trace"] == "t0")
        #expect(first.source == "jetstream")
        let info = try raw.consumerInfo(stream, "worker")
        #expect(info.pending == 0 && info.redelivered == 0 && info.ackFloor == 1000)
    }

    /// The fetch hands over what came after a 1 ms linger instead of waiting for a full batch or fetch_wait: with
    /// batch 500 and fetch_wait 20 s, a lone message (and a later burst of 50) must arrive long before 20 s; and a
    /// stop does not wait for the long pull to expire.
    @Test func aLoneMessageIsHandedOverWithoutWaitingForAFullBatch() async throws {
        let raw = try RawNATS()
        let stream = unique("LINGER")
        let subject = "t.\(stream).events"
        try raw.addStream(stream, subjects: ["t.\(stream).>"])
        defer { raw.deleteStream(stream) }
        let queue = unique("out")
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: js-linger
                from:
                  jetstream: { connection: nats, stream: \(stream), durable: worker, batch: 500, fetch_wait: 20s }
                to:
                  - memory: { queue: \(queue) }
            """)
        let out = MemoryBroker.named("memory").queue(queue)
        // Parked on the long pull request (nothing was there for the no_wait one).
        try await eventually("a pull request waiting") { try raw.waitingPulls(stream, "worker") > 0 }
        try raw.publish(subject, [#"{"n":0}"#], ids: ["lone"])
        try await eventually(timeout: .seconds(5), "the lone message, well before fetch_wait") { out.publishedCount == 1 }
        try raw.publish(subject, (1...50).map { #"{"n":\#($0)}"# }, ids: (1...50).map { "burst-\($0)" })
        try await eventually(timeout: .seconds(5), "the burst, without a full batch") { out.publishedCount == 51 }
        try await eventually("all acked") { try raw.consumerInfo(stream, "worker").ackPending == 0 }
        // Parked on a long pull again: stopping must not wait out the 20 s fetch_wait.
        try await eventually("a pull request waiting") { try raw.waitingPulls(stream, "worker") > 0 }
        let stopping = ContinuousClock.now
        await topo.stop()
        let stopTook = ContinuousClock.now - stopping
        #expect(stopTook < .seconds(5), "stop took \(stopTook)")
        #expect(Set(out.drain().map(\.id)) == Set(["lone"] + (1...50).map { "burst-\($0)" }))
    }

    @Test func aSinkFailingTwiceIsNakedWithTheDelayAndDeliveredOnce() async throws {
        let raw = try RawNATS()
        let stream = unique("NAK")
        try raw.addStream(stream, subjects: ["n.\(stream).>"])
        defer { raw.deleteStream(stream) }
        let sinkName = unique("flaky")
        let sink = ScriptedSink.named(sinkName)
        sink.state.withLock { $0.failFirst = 2 }
        try raw.publish("n.\(stream).a", [#"{"n":1}"#], ids: ["m1"])
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: flaky
                from:
                  jetstream: { connection: nats, stream: \(stream), durable: w, nak_delay: 400ms, max_deliver: 5 }
                to:
                  - scripted: { name: \(sinkName) }
            """)
        try await eventually("delivered") { sink.confirmed.count == 1 }
        try await eventually("acked") { try raw.consumerInfo(stream, "w").ackPending == 0 }
        try await Task.sleep(for: .milliseconds(600))
        await topo.stop()
        #expect(sink.confirmed.count == 1)
        #expect(sink.confirmed[0].deliveryCount == 3)
        let times = sink.state.withLock { $0.attemptTimes["m1"] ?? [] }
        #expect(times.count == 3)
        if times.count == 3 {
            #expect(times[1] - times[0] >= .milliseconds(350), "NAK delay honoured: \(times[1] - times[0])")
            #expect(times[2] - times[1] >= .milliseconds(350))
        }
        #expect(try raw.consumerInfo(stream, "w").redelivered == 0)
    }

    @Test func aPoisonMessageIsDeadLetteredTerminatedAndTheRouteGoesOn() async throws {
        let raw = try RawNATS()
        let stream = unique("POISON")
        try raw.addStream(stream, subjects: ["p.\(stream).>"])
        defer { raw.deleteStream(stream) }
        let sinkName = unique("sink")
        let dlq = unique("dlq")
        try raw.publish("p.\(stream).x", [#"{"n":1}"#, #"{"poison":true}"#, #"{"n":3}"#], ids: ["a", "b", "c"])
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: poison
                from:
                  jetstream: { connection: nats, stream: \(stream), durable: w, ack_wait: 2s }
                to:
                  - scripted: { name: \(sinkName) }
                on_error:
                  dead_letter:
                    memory: { queue: \(dlq) }
            """)
        let sink = ScriptedSink.named(sinkName)
        let dead = MemoryBroker.named("memory").queue(dlq)
        try await eventually("two delivered, one dead") { sink.confirmed.count == 2 && dead.publishedCount == 1 }
        try await eventually("all settled") { try raw.consumerInfo(stream, "w").ackPending == 0 }
        // Terminated, not redelivered after ack_wait.
        try await Task.sleep(for: .milliseconds(2500))
        await topo.stop()
        let letters = dead.drain()
        #expect(letters.count == 1)
        #expect(letters.first?.id == "b")
        #expect(letters.first?.headers["x-switchyard-error"]?.contains("poison body") == true)
        #expect(letters.first?.headers["x-switchyard-source-position"] == "2")
        #expect(sink.state.withLock { $0.attempts["b"] } == 1)
        #expect(try raw.consumerInfo(stream, "w").redelivered == 0)
    }

    @Test func longWorkIsKeptAliveWithInProgressAndNotRedelivered() async throws {
        let raw = try RawNATS()
        let stream = unique("WPI")
        try raw.addStream(stream, subjects: ["w.\(stream).>"])
        defer { raw.deleteStream(stream) }
        let sinkName = unique("slow")
        let sink = ScriptedSink.named(sinkName)
        sink.state.withLock { $0.delay = .milliseconds(3500) }  // well past ack_wait
        try raw.publish("w.\(stream).x", [#"{"n":1}"#], ids: ["slow1"])
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: slow
                from:
                  jetstream: { connection: nats, stream: \(stream), durable: w, ack_wait: 1s }
                to:
                  - scripted: { name: \(sinkName) }
            """)
        try await eventually("delivered") { sink.confirmed.count == 1 }
        try await eventually("acked") { try raw.consumerInfo(stream, "w").ackPending == 0 }
        await topo.stop()
        #expect(sink.state.withLock { $0.attempts["slow1"] } == 1, "+WPI kept the server from redelivering")
        #expect(try raw.consumerInfo(stream, "w").redelivered == 0)
    }

    @Test func bindsToAConsumerDeclaredOnTheConnectionAndUsesNakBackoff() async throws {
        let raw = try RawNATS()
        let stream = unique("BIND")
        defer { raw.deleteStream(stream) }
        let sinkName = unique("flaky")
        let sink = ScriptedSink.named(sinkName)
        sink.state.withLock { $0.failFirst = 2 }
        let topo = try await RunningTopology(yaml: """
            connections:
              nats:
                type: nats
                url: "${NATS_URL:-nats://127.0.0.1:4222}"
                streams:
                  - { name: \(stream), subjects: ["bd.\(stream).>"], retention: workqueue, max_age: 1d }
                consumers:
                  - { stream: \(stream), name: worker, ack_wait: 30s, max_deliver: 5 }
            routes:
              - name: bound
                from:
                  jetstream: { connection: nats, stream: \(stream), durable: worker, bind: true, nak_backoff: [200ms, 600ms], fetch_wait: 100ms }
                to:
                  - scripted: { name: \(sinkName) }
            """)
        try raw.publish("bd.\(stream).x", [#"{"n":1}"#], ids: ["b1"])
        try await eventually("delivered") { sink.confirmed.count == 1 }
        try await eventually("removed from the work queue") { try raw.messageCount(stream) == 0 }
        await topo.stop()
        let times = sink.state.withLock { $0.attemptTimes["b1"] ?? [] }
        #expect(times.count == 3)
        if times.count == 3 {
            #expect(times[1] - times[0] >= .milliseconds(180) && times[1] - times[0] < .milliseconds(550), "first NAK delay \(times[1] - times[0])")
            #expect(times[2] - times[1] >= .milliseconds(550), "second NAK delay \(times[2] - times[1])")
        }
        #expect(sink.confirmed.first?.metadata["max_deliver"] == "5")
    }

    @Test func aMessagePastMaxDeliverGoesToTheDeadLetterNotNowhere() async throws {
        let raw = try RawNATS()
        let stream = unique("MAXD")
        try raw.addStream(stream, subjects: ["md.\(stream).>"])
        defer { raw.deleteStream(stream) }
        let sinkName = unique("down")
        let sink = ScriptedSink.named(sinkName)
        sink.state.withLock { $0.failFirst = 1000 }
        let dlq = unique("dlq")
        try raw.publish("md.\(stream).x", [#"{"n":1}"#], ids: ["only"])
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: maxdeliver
                from:
                  jetstream: { connection: nats, stream: \(stream), durable: w, max_deliver: 3, nak_delay: 100ms }
                to:
                  - scripted: { name: \(sinkName) }
                on_error:
                  dead_letter:
                    memory: { queue: \(dlq) }
            """)
        let dead = MemoryBroker.named("memory").queue(dlq)
        try await eventually("dead-lettered") { dead.publishedCount == 1 }
        try await eventually("settled") { try raw.consumerInfo(stream, "w").ackPending == 0 }
        await topo.stop()
        let letter = try #require(dead.drain().first)
        #expect(letter.headers["x-switchyard-attempts"] == "3")
        #expect(letter.headers["x-switchyard-error"]?.contains("max_deliver") == true)
        #expect(sink.state.withLock { $0.attempts["only"] } == 3)
    }
}
}
extension NATSIntegrationTests {
@Suite struct NATSSinkTests {
    @Test func publishesToJetStreamWithSubjectTemplatesHeadersAndMsgIdDedup() async throws {
        let raw = try RawNATS()
        let stream = unique("SINK")
        try raw.addStream(stream, subjects: ["s.\(stream).>"])
        defer { raw.deleteStream(stream) }
        let queue = unique("in")
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: memory-to-js
                from:
                  memory: { queue: \(queue) }
                to:
                  - nats: { connection: nats, jetstream: true, subject: "s.\(stream).{session_id}.{event}", headers: { X-Route: "r-{event}" } }
            """)
        let input = MemoryBroker.named("memory").queue(queue)
        let messages = (0..<500).map { i in
            Message(id: "evt-\(i % 250)", body: Array(#"{"session_id":"sess\#(i % 3)","event":"message","i":\#(i)}"#.utf8),
                    headers: ["X-Trace": "t\(i)"])
        }
        input.publish(messages)  // each id twice: the duplicate window keeps one
        try await eventually("all confirmed") { topo.runner.stats.delivered.load(ordering: .relaxed) == 500 }
        await topo.stop()
        #expect(try raw.messageCount(stream) == 250)
        let stored = try raw.readAll(stream)
        #expect(stored.count == 250)
        #expect(stored.allSatisfy { $0.subject.hasPrefix("s.\(stream).sess") && $0.subject.hasSuffix(".message") })
        #expect(stored.allSatisfy { $0.headers["X-Route"] == "r-message" && $0.headers["X-Trace"] != nil })
        #expect(Set(stored.compactMap { $0.headers["Nats-Msg-Id"] }).count == 250)
    }

    /// A batch larger than the publish window cannot go out inline: the publish thread sends each message as a
    /// PubAck frees a slot. max_in_flight 1 with batches of 40 takes that path for every batch.
    @Test func aBatchLargerThanTheWindowWaitsForSlotsAndLosesNothing() async throws {
        let raw = try RawNATS()
        let stream = unique("WIN")
        try raw.addStream(stream, subjects: ["w.\(stream).>"])
        defer { raw.deleteStream(stream) }
        let queue = unique("in")
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: memory-to-js-window-1
                from:
                  memory: { queue: \(queue), batch_size: 40 }
                to:
                  - nats: { connection: nats, jetstream: true, subject: "w.\(stream).x", max_in_flight: 1 }
            """)
        let input = MemoryBroker.named("memory").queue(queue)
        input.publish((0..<200).map { Message(id: "w-\($0)", body: Array(#"{"i":\#($0)}"#.utf8)) })
        try await eventually("all confirmed") { topo.runner.stats.delivered.load(ordering: .relaxed) == 200 }
        await topo.stop()
        #expect(topo.runner.stats.retried.load(ordering: .relaxed) == 0)
        let stored = try raw.readAll(stream)
        #expect(stored.count == 200)
        #expect(Set(stored.compactMap { $0.headers["Nats-Msg-Id"] }) == Set((0..<200).map { "w-\($0)" }))
    }

    @Test func noStreamOnTheSubjectIsARetryableFailure() async throws {
        _ = try RawNATS()
        let queue = unique("in")
        let dlq = unique("dlq")
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: nowhere
                from:
                  memory: { queue: \(queue) }
                to:
                  - nats: { connection: nats, jetstream: true, subject: "nostream.\(unique("x"))", ack_timeout: 1s }
                on_error:
                  retry: { attempts: 2, delay: 100ms }
                  dead_letter:
                    memory: { queue: \(dlq) }
            """)
        MemoryBroker.named("memory").queue(queue).publish(Message(id: "x1", body: Array("{}".utf8)))
        let dead = MemoryBroker.named("memory").queue(dlq)
        try await eventually("dead-lettered after retries") { dead.publishedCount == 1 }
        await topo.stop()
        let letter = try #require(dead.drain().first)
        #expect(letter.headers["x-switchyard-error"]?.contains("no responders") == true || letter.headers["x-switchyard-error"]?.contains("no stream") == true,
                "\(letter.headers)")
        #expect(letter.headers["x-switchyard-attempts"] == "2")
    }

    @Test func aSubjectTemplateWithoutItsFieldIsAPermanentFailure() async throws {
        _ = try RawNATS()
        let queue = unique("in")
        let dlq = unique("dlq")
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: template
                from:
                  memory: { queue: \(queue) }
                to:
                  - nats: { connection: nats, jetstream: true, subject: "t.{session_id}" }
                on_error:
                  retry: { attempts: 5, delay: 100ms }
                  dead_letter:
                    memory: { queue: \(dlq) }
            """)
        MemoryBroker.named("memory").queue(queue).publish(Message(id: "nosession", body: Array(#"{"event":"x"}"#.utf8)))
        let dead = MemoryBroker.named("memory").queue(dlq)
        try await eventually("dead-lettered at once") { dead.publishedCount == 1 }
        await topo.stop()
        let letter = try #require(dead.drain().first)
        #expect(letter.headers["x-switchyard-error"]?.contains("no value for {session_id}") == true, "\(letter.headers)")
        #expect(letter.headers["x-switchyard-attempts"] == "1")
    }

    @Test func coreNATSRoundTripWithQueueGroup() async throws {
        _ = try RawNATS()
        let subject = unique("core")
        let inQueue = unique("in")
        let outQueue = unique("out")
        let topo = try await RunningTopology(yaml: connectionYAML() + """

            routes:
              - name: core-in
                from:
                  nats: { connection: nats, subject: "\(subject).*", queue: workers }
                to:
                  - memory: { queue: \(outQueue) }
              - name: core-out
                from:
                  memory: { queue: \(inQueue) }
                to:
                  - nats: { connection: nats, subject: "\(subject).{kind}" }
            """)
        // Core NATS keeps nothing for a subscription not yet in place: probe until one comes through.
        let input = MemoryBroker.named("memory").queue(inQueue)
        let out = MemoryBroker.named("memory").queue(outQueue)
        var probe = 0
        try await eventually("the subscription in place") {
            probe += 1
            input.publish(Message(id: "probe-\(probe)", body: Array(#"{"kind":"probe"}"#.utf8)))
            return out.publishedCount > 0
        }
        input.publish((0..<200).map { Message(id: "c\($0)", body: Array(#"{"kind":"k\#($0 % 2)"}"#.utf8)) })
        // Ids do not travel over core NATS (no headers here): the probes are told apart by their subject.
        try await eventually("200 through core NATS") { out.peek().count { $0.subject?.hasSuffix(".probe") == false } == 200 }
        await topo.stop()
        let got = out.drain().filter { $0.subject?.hasSuffix(".probe") == false }
        #expect(got.count == 200)
        #expect(got.allSatisfy { $0.subject?.hasPrefix(subject + ".k") == true && $0.source == "nats" })
    }
}
}
