import CNATS
import Glibc
import SwitchyardPluginAPI

/// Reads a nats.c message into a Switchyard message: body, headers, subject; JetStream metadata when
/// the message came from a stream.
func makeMessage(_ msg: OpaquePointer, source: String, jetStream: Bool) -> Message {
    let len = Int(natsMsg_GetDataLength(msg))
    var body = [UInt8](repeating: 0, count: len)
    if len > 0, let data = natsMsg_GetData(msg) {
        body.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(start: data, count: len)) }
    }
    var headers: [String: String] = [:]
    var keys: UnsafeMutablePointer<UnsafePointer<CChar>?>?
    var count: Int32 = 0
    if natsMsgHeader_Keys(msg, &keys, &count) == NATS_OK, let keys {
        for i in 0..<Int(count) {
            guard let k = keys[i] else { continue }
            var value: UnsafePointer<CChar>?
            if natsMsgHeader_Get(msg, k, &value) == NATS_OK, let value {
                headers[String(cString: k)] = String(cString: value)
            }
        }
        free(keys)
    }
    let subject = natsMsg_GetSubject(msg).map { String(cString: $0) } ?? ""
    var metadata = ["subject": subject]
    var deliveryCount = 1
    var id = headers["Nats-Msg-Id"]
    if jetStream {
        if let reply = natsMsg_GetReply(msg), let meta = AckSubject(String(cString: reply)) {
            metadata["stream"] = meta.stream
            metadata["consumer"] = meta.consumer
            metadata["stream_sequence"] = meta.streamSequence
            metadata["consumer_sequence"] = meta.consumerSequence
            metadata["delivery_count"] = String(meta.delivered)
            metadata["pending"] = meta.pending
            metadata["timestamp_ns"] = meta.timestamp
            deliveryCount = max(1, meta.delivered)
            // Stable across redeliveries, so a downstream duplicate window absorbs them.
            if id == nil { id = "\(meta.stream):\(meta.streamSequence)" }
        }
    }
    return Message(id: id ?? nextLocalID(), body: body, headers: headers, metadata: metadata,
                   source: source, deliveryCount: deliveryCount)
}

import Synchronization
private let localCounter = Atomic<UInt64>(0)
private let processTag = String(UInt64.random(in: 0..<UInt64.max), radix: 36)
/// An id for a core NATS message without Nats-Msg-Id.
func nextLocalID() -> String {
    let n = localCounter.add(1, ordering: .relaxed).newValue
    return "nats-\(processTag)-\(n)"
}

/// The facts JetStream puts in a delivery's reply subject:
/// `$JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>.<consumer seq>.<timestamp ns>.<pending>`, or the newer
/// form with `<domain>.<account hash>` after `$JS.ACK` (and a random token at the end).
struct AckSubject {
    var stream, consumer, streamSequence, consumerSequence, timestamp, pending: String
    var delivered: Int

    init?(_ subject: String) {
        let t = subject.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard t.count >= 9, t[0] == "$JS", t[1] == "ACK" else { return nil }
        let o = t.count == 9 ? 2 : 4
        guard t.count >= o + 7, let d = Int(t[o + 2]) else { return nil }
        stream = t[o]
        consumer = t[o + 1]
        delivered = d
        streamSequence = t[o + 3]
        consumerSequence = t[o + 4]
        timestamp = t[o + 5]
        pending = t[o + 6]
    }
}
