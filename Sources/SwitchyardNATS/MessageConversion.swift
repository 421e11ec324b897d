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
        var meta: UnsafeMutablePointer<jsMsgMetaData>?
        if natsMsg_GetMetaData(&meta, msg) == NATS_OK, let m = meta?.pointee {
            let stream = m.Stream.map { String(cString: $0) } ?? ""
            metadata["stream"] = stream
            metadata["consumer"] = m.Consumer.map { String(cString: $0) } ?? ""
            metadata["stream_sequence"] = String(m.Sequence.Stream)
            metadata["consumer_sequence"] = String(m.Sequence.Consumer)
            metadata["delivery_count"] = String(m.NumDelivered)
            metadata["pending"] = String(m.NumPending)
            metadata["timestamp_ns"] = String(m.Timestamp)
            deliveryCount = max(1, Int(m.NumDelivered))
            // Stable across redeliveries, so a downstream duplicate window absorbs them.
            if id == nil { id = "\(stream):\(m.Sequence.Stream)" }
            jsMsgMetaData_Destroy(meta)
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
