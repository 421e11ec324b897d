import Testing
@testable import SwitchyardAMQP

@Suite struct DeliveryTagsTests {
    func tags(_ range: ClosedRange<UInt64>) -> DeliveryTags {
        var t = DeliveryTags()
        for n in range { t.delivered(n) }
        return t
    }

    @Test func inOrderAcksCollapseIntoOneMultipleAck() {
        var t = tags(1...5)
        #expect(t.plan((1...5).map { ($0, .ack) }) == [.ack(5, multiple: true)])
        #expect(t.open.isEmpty)
    }

    @Test func acksNewerThanAnOpenTagWaitForItAndGoAsOneMultipleAck() {
        var t = tags(1...5)
        #expect(t.plan([(3, .ack), (2, .ack), (5, .ack)]).isEmpty, "tag 1 is open: nothing can be collapsed yet")
        #expect(t.deferred == [2, 3, 5])
        // Tag 1 settles: the run is 1...3 (4 is open), one multiple ack covers 1, 2 and 3.
        #expect(t.plan([(1, .ack)]) == [.ack(3, multiple: true)])
        #expect(t.open == [4] && t.deferred == [5])
        #expect(t.plan([(4, .ack)]) == [.ack(5, multiple: true)])
        #expect(t.open.isEmpty && t.deferred.isEmpty)
    }

    @Test func pastTheDeferralBoundOrAtAFlushDeferredAcksGoOneByOne() {
        var t = DeliveryTags(maxDeferred: 2)
        for n in UInt64(1)...6 { t.delivered(n) }
        #expect(t.plan([(2, .ack), (3, .ack)]).isEmpty)
        #expect(t.plan([(4, .ack)]) == [.ack(2, multiple: false), .ack(3, multiple: false), .ack(4, multiple: false)],
                "three deferred acks hold three prefetch slots behind tag 1: over the bound")
        #expect(t.plan([(6, .ack)], flush: true) == [.ack(6, multiple: false)])
        #expect(t.deferred.isEmpty && t.open == [1, 5])
    }

    @Test func aMultipleAckNeverNamesATagAlreadyAcked() {
        var t = tags(1...4)
        #expect(t.plan([(4, .ack)], flush: true) == [.ack(4, multiple: false)])
        let ops = t.plan([(1, .ack), (2, .ack), (3, .ack)])
        #expect(ops == [.ack(3, multiple: true)], "tag 4 was acked before: naming it would close the channel")
    }

    @Test func aMultipleAckNamesTheNewestDeferredTagNotARejectedOne() {
        var t = tags(1...3)
        #expect(t.plan([(2, .ack)]).isEmpty)
        // 3 is requeued on the wire (first), then the multiple ack names 2: naming 3 would close the channel.
        #expect(t.plan([(3, .requeue), (1, .ack)]) == [.requeue(3), .ack(2, multiple: true)])
        #expect(t.open.isEmpty && t.deferred.isEmpty)
    }

    @Test func rejectsAndRequeuesGoFirstAndOneByOne() {
        var t = tags(1...4)
        let ops = t.plan([(2, .ack), (1, .reject), (3, .requeue), (4, .ack)])
        #expect(ops == [.reject(1), .requeue(3), .ack(4, multiple: true)])
        #expect(t.open.isEmpty)
    }

    @Test func unknownAndRepeatedSettlementsAreIgnored() {
        var t = tags(1...2)
        #expect(t.plan([(9, .ack)]).isEmpty)
        #expect(t.plan([(1, .ack), (1, .ack)]) == [.ack(1, multiple: true)])
        #expect(t.plan([(1, .reject)]).isEmpty)
        #expect(t.open == [2])
    }

    @Test func longRunsStayCorrectAcrossCompaction() {
        var t = tags(1...10_000)
        var sent: [DeliveryTags.Operation] = []
        // Settle in two interleaved halves: evens first, then odds.
        sent += t.plan(stride(from: 2, through: 10_000, by: 2).map { (UInt64($0), .ack) })
        sent += t.plan(stride(from: 1, through: 9_999, by: 2).map { (UInt64($0), .ack) })
        #expect(t.open.isEmpty)
        #expect(sent.last == .ack(9_999, multiple: true))
        #expect(sent.filter { if case .ack(_, true) = $0 { true } else { false } }.count == 1)
        t.delivered(10_001)
        #expect(t.plan([(10_001, .ack)]) == [.ack(10_001, multiple: true)])
    }
}
