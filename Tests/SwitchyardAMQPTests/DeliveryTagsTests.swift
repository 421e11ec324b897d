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

    @Test func anOpenOlderTagKeepsNewerAcksSingle() {
        var t = tags(1...5)
        #expect(t.plan([(3, .ack), (2, .ack), (5, .ack)]) == [.ack(2, multiple: false), .ack(3, multiple: false), .ack(5, multiple: false)])
        // Tag 1 settles last: the run 1...5 is complete, but only tag 1 is still unknown-to-be-acked by the broker.
        #expect(t.plan([(1, .ack)]) == [.ack(1, multiple: true)])
        #expect(t.open == [4])
    }

    @Test func aMultipleAckNeverNamesATagAlreadyAcked() {
        var t = tags(1...4)
        _ = t.plan([(4, .ack)])
        let ops = t.plan([(1, .ack), (2, .ack), (3, .ack)])
        #expect(ops == [.ack(3, multiple: true)], "tag 4 was acked before: naming it would close the channel")
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
