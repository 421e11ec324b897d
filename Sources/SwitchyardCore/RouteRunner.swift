import Logging
import SwitchyardPluginAPI
import Synchronization

/// Runs one built route: takes batches from its source, passes each message through the steps, writes
/// the results to the sinks, and settles every delivery at its source exactly once: ack when every
/// matching sink confirmed; retry later on a retryable failure (until the policy's attempts run out);
/// dead letter on a rejection, a permanent failure or exhausted retries; reject at the source when no
/// dead letter is configured or the dead letter itself refused.
public final class RouteRunner: Sendable, SourceOutput {
    public let route: BuiltRoute
    public let stats: RouteStats
    let logger: Logger
    let drainTimeout: Duration
    private let slots: AsyncSemaphore
    let pipeline: StepPipeline
    private let stopping = Latch()
    /// A source batch and when the route took it (end-to-end latency runs from there to each settlement).
    private struct TakenBatch: Sendable {
        let deliveries: [Delivery]
        let taken: ContinuousClock.Instant
    }
    private let batches: AsyncStream<TakenBatch>
    private let batchInput: AsyncStream<TakenBatch>.Continuation

    public init(route: BuiltRoute, logger: Logger, drainTimeout: Duration) {
        self.route = route
        self.stats = RouteStats(route: route.name)
        var logger = logger
        logger[metadataKey: "route"] = .string(route.name)
        self.logger = logger
        self.drainTimeout = drainTimeout
        self.slots = AsyncSemaphore(permits: route.spec.maxInFlight)
        self.pipeline = StepPipeline(steps: route.steps, names: route.stepNames)
        (batches, batchInput) = AsyncStream.makeStream(of: TakenBatch.self)
    }

    // MARK: SourceOutput

    public var isStopping: Bool { stopping.isOpen }
    public func waitUntilStopping() async { await stopping.wait() }

    public func deliver(_ batch: [Delivery]) async {
        guard !batch.isEmpty else { return }
        // Not wrapped per delivery to time it (a closure allocated per message): the batch carries when it was taken.
        let taken = ContinuousClock.now
        await slots.acquire()
        stats.received.add(batch.count, ordering: .relaxed)
        stats.inFlight.add(batch.count, ordering: .relaxed)
        if case .terminated = batchInput.yield(TakenBatch(deliveries: batch, taken: taken)) {
            // The route has already finished: hand the messages back rather than lose them.
            slots.release()
            for d in batch { settle(d, .retry(after: .zero), taken: taken) }
        }
    }

    /// Starts the components that hold resources (`LifecycleComponent`): a failure here fails a reload
    /// before the route takes any message.
    public func prepare() async throws {
        let components: [Any] = [route.source] + route.steps + route.sinks.map(\.sink) + (route.deadLetter.map { [$0.sink] } ?? [])
        for case let c as any LifecycleComponent in components { try await c.start() }
    }

    /// Asks the source to stop taking messages; `run` returns once in-flight ones are settled.
    public func stop() { stopping.open() }

    // MARK: running

    /// Runs until `stop()` and the drain that follows. In-flight messages that do not finish within the
    /// drain timeout are given back to their source (retry) so the broker redelivers them.
    public func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { [self] in
                await runSource()
                batchInput.finish()
            }
            for await batch in batches {
                batchStarted()
                group.addTask { [self] in
                    await process(batch.deliveries, taken: batch.taken)
                    slots.release()
                    batchEnded()
                }
            }
            // The source has returned: wait for in-flight batches, bounded by the drain timeout.
            sourceEnded()
            let drained = await withTaskGroup(of: Bool.self) { race in
                race.addTask { [self] in
                    await drainedLatch.wait()
                    return true
                }
                race.addTask { [drainTimeout] in
                    try? await Task.sleep(for: drainTimeout)
                    return false
                }
                let first = await race.next() ?? true
                race.cancelAll()
                if !first {
                    logger.warning("drain timeout: giving in-flight messages back to the source",
                                   metadata: ["in_flight": "\(stats.inFlight.load(ordering: .relaxed))"])
                    group.cancelAll()
                }
                return first
            }
            _ = drained
        }
        await releaseComponents()
    }

    /// Shuts down what `prepare` started (also for a prepared runner a failed reload never ran).
    func releaseComponents() async {
        let components: [Any] = [route.source] + route.steps + route.sinks.map(\.sink) + (route.deadLetter.map { [$0.sink] } ?? [])
        for case let c as any LifecycleComponent in components { await c.shutdown() }
    }

    private let activeBatches = Mutex<(count: Int, sourceEnded: Bool)>((0, false))
    private let drainedLatch = Latch()

    private func batchStarted() { activeBatches.withLock { $0.count += 1 } }
    private func batchEnded() {
        let done = activeBatches.withLock { s -> Bool in
            s.count -= 1
            return s.sourceEnded && s.count == 0
        }
        if done { drainedLatch.open() }
    }
    private func sourceEnded() {
        let done = activeBatches.withLock { s -> Bool in
            s.sourceEnded = true
            return s.count == 0
        }
        if done { drainedLatch.open() }
    }

    private func runSource() async {
        var backoff = Duration.milliseconds(100)
        while !isStopping {
            do {
                try await route.source.run(output: self)
                if !isStopping {
                    logger.warning("source returned before the route was stopped; restarting it")
                }
            } catch {
                logger.error("source failed: \(error); restarting in \(backoff)")
            }
            if isStopping { break }
            try? await Task.sleep(for: backoff)
            backoff = min(backoff * 2, .seconds(30))
        }
    }

    // MARK: per batch

    /// What happened to one delivery so far.
    private enum Outcome {
        case pending
        case dropped
        case rejected(String)
        case retry(String, Duration?)
    }

    private struct Work {
        var delivery: Delivery
        let taken: ContinuousClock.Instant
        var outputs: [Message] = []
        var emitted: [[Message]] = []  // per step, for `settled`
        var outcome: Outcome = .pending
        var failure: DeliveryFailure?
    }

    func process(_ batch: [Delivery], taken: ContinuousClock.Instant) async {
        var work = batch.map { Work(delivery: $0, taken: taken) }
        for i in work.indices { await runSteps(&work[i]) }

        if Task.isCancelled {
            for w in work { await finish(w, .retry(after: .zero), delivered: false) }
            return
        }
        await writeToSinks(&work)

        var deadLetters: [(index: Int, reason: String)] = []
        for i in work.indices {
            let w = work[i]
            let attempt = w.delivery.message.deliveryCount
            switch w.outcome {
            case .dropped:
                await finish(w, .ack, delivered: true)
            case .rejected(let reason):
                deadLetters.append((i, reason))
            case .retry(let reason, let after):
                await retryOrGiveUp(i, w, reason: reason, after: after, attempt: attempt, deadLetters: &deadLetters)
            case .pending:
                if let failure = w.failure {
                    if failure.retryable {
                        await retryOrGiveUp(i, w, reason: failure.reason, after: failure.retryAfter, attempt: attempt, deadLetters: &deadLetters)
                    } else {
                        deadLetters.append((i, failure.reason))
                    }
                } else {
                    stats.delivered.add(1, ordering: .relaxed)
                    await finish(w, .ack, delivered: true)
                }
            }
        }
        if !deadLetters.isEmpty { await deadLetter(deadLetters, work) }
    }

    private func retryOrGiveUp(
        _ i: Int, _ w: Work, reason: String, after: Duration?, attempt: Int, deadLetters: inout [(index: Int, reason: String)]
    ) async {
        let policy = route.spec.retry
        if Task.isCancelled {
            // Drain timeout: hand it straight back; this was not a real attempt.
            await finish(w, .retry(after: .zero), delivered: false)
            return
        }
        if policy.exhausted(afterAttempt: attempt) {
            deadLetters.append((i, "gave up after \(attempt) attempts: \(reason)"))
            return
        }
        // The source's own delivery limit (JetStream max_deliver): it would not redeliver, so a retry would vanish.
        if let limit = w.delivery.message.metadata["max_deliver"].flatMap(Int.init), limit > 0, attempt >= limit {
            deadLetters.append((i, "gave up after \(attempt) attempts (the source's max_deliver): \(reason)"))
            return
        }
        let delay = after ?? policy.delay(after: attempt)
        stats.retried.add(1, ordering: .relaxed)
        logger.debug("retrying", metadata: ["id": "\(w.delivery.message.id)", "attempt": "\(attempt)", "reason": "\(reason)"])
        await finish(w, .retry(after: delay), delivered: false)
    }

    private func runSteps(_ w: inout Work) async {
        let result = await pipeline.run(w.delivery.message)
        w.emitted = result.emitted
        if !result.drops.isEmpty {
            stats.dropped.add(result.drops.count, ordering: .relaxed)
            // Dedup's drop reason is "duplicate of key ..." (prefixed with the step name).
            let duplicates = result.drops.count { $0.contains(": duplicate") }
            if duplicates > 0 { stats.deduplicated.add(duplicates, ordering: .relaxed) }
            logger.debug("dropped", metadata: ["id": "\(w.delivery.message.id)", "reasons": "\(result.drops)"])
        }
        switch result.outcome {
        case .messages(let ms): w.outputs = ms
        case .dropped: w.outcome = .dropped
        case .rejected(let reason): w.outcome = .rejected(reason)
        case .retry(let reason, let after): w.outcome = .retry(reason, after)
        }
    }

    private func writeToSinks(_ work: inout [Work]) async {
        // For each sink, the (work, output) pairs it should receive.
        var plans: [[(Int, Int)]] = Array(repeating: [], count: route.sinks.count)
        for (wi, w) in work.enumerated() {
            guard case .pending = w.outcome else { continue }
            for (oi, message) in w.outputs.enumerated() {
                var routed = false
                for (si, sink) in route.sinks.enumerated() where sink.when?.evaluate(message) ?? true {
                    plans[si].append((wi, oi))
                    routed = true
                }
                if !routed { stats.unrouted.add(1, ordering: .relaxed) }
            }
        }
        let results: [(Int, SinkWriteResult)] = await withTaskGroup(of: (Int, SinkWriteResult).self) { group in
            for (si, plan) in plans.enumerated() where !plan.isEmpty {
                let messages = plan.map { work[$0.0].outputs[$0.1] }
                let sink = route.sinks[si].sink
                group.addTask { (si, await sink.write(messages)) }
            }
            var all: [(Int, SinkWriteResult)] = []
            for await r in group { all.append(r) }
            return all
        }
        for (si, result) in results {
            for (index, failure) in result.failures {
                let (wi, _) = plans[si][index]
                let named = DeliveryFailure("\(route.sinks[si].name): \(failure.reason)", retryable: failure.retryable, retryAfter: failure.retryAfter)
                // A permanent failure wins over a retryable one: retrying cannot fix it.
                if let existing = work[wi].failure, existing.retryable == false { continue }
                work[wi].failure = named
                logger.debug("sink failed", metadata: ["id": "\(work[wi].delivery.message.id)", "reason": "\(named.reason)"])
            }
        }
    }

    private func deadLetter(_ items: [(index: Int, reason: String)], _ work: [Work]) async {
        guard let dl = route.deadLetter else {
            for (i, reason) in items {
                stats.rejected.add(1, ordering: .relaxed)
                logger.warning("rejected at the source (no dead letter configured)",
                               metadata: ["id": "\(work[i].delivery.message.id)", "reason": "\(reason)"])
                await finish(work[i], .rejected(reason: reason), delivered: true)
            }
            return
        }
        let letters = items.map { deadLetterMessage(work[$0.index].delivery.message, reason: $0.reason) }
        let result = await dl.sink.write(letters)
        for (n, (i, reason)) in items.enumerated() {
            if let failure = result.failures[n] {
                // The dead letter is down too: keep the message at its source, never lose it.
                logger.error("dead letter failed; message left at its source",
                             metadata: ["id": "\(work[i].delivery.message.id)", "reason": "\(reason)", "dead_letter_error": "\(failure.reason)"])
                stats.retried.add(1, ordering: .relaxed)
                await finish(work[i], .retry(after: route.spec.retry.delay(after: work[i].delivery.message.deliveryCount)), delivered: false)
            } else {
                stats.deadLettered.add(1, ordering: .relaxed)
                logger.warning("dead-lettered", metadata: ["id": "\(work[i].delivery.message.id)", "reason": "\(reason)"])
                await finish(work[i], .deadLettered(reason: reason), delivered: true)
            }
        }
    }

    /// The original message (body and headers as received) plus why it failed and where it came from.
    func deadLetterMessage(_ original: Message, reason: String) -> Message {
        var m = original
        let position = original.metadata["stream_sequence"] ?? original.metadata["delivery_tag"] ?? original.metadata["position"]
        var extra: [String: String] = [
            "x-switchyard-route": route.name,
            "x-switchyard-error": reason,
            "x-switchyard-attempts": String(original.deliveryCount),
            "x-switchyard-source": original.source,
        ]
        if let position { extra["x-switchyard-source-position"] = position }
        if let s = original.subject { extra["x-switchyard-subject"] = s }
        if let r = original.routingKey { extra["x-switchyard-routing-key"] = r }
        for (k, v) in extra {
            m.headers[k] = v
            m.metadata[String(k.dropFirst("x-switchyard-".count)).replacingOccurrences(of: "-", with: "_")] = v
        }
        m.metadata["route"] = route.name
        return m
    }

    private func finish(_ w: Work, _ settlement: Settlement, delivered: Bool) async {
        settle(w.delivery, settlement, taken: w.taken)
        if !route.steps.isEmpty {
            let emitted = w.emitted
            // Steps learn the outcome (dedup commits or releases its reservation).
            await pipeline.settled(emitted, delivered: delivered)
        }
    }

    /// Settles at the source; the end-to-end latency is from the route taking the delivery to here.
    private func settle(_ delivery: Delivery, _ settlement: Settlement, taken: ContinuousClock.Instant) {
        stats.recordLatency(since: taken)
        delivery.settle(settlement)
        stats.inFlight.subtract(1, ordering: .relaxed)
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
