import CNATS
import Glibc

/// A failed nats.c call: its status, the JetStream error code when the server sent one, and the text.
public struct NATSError: Error, Sendable, CustomStringConvertible {
    public let status: UInt32
    public let jsErrorCode: Int
    public let text: String

    init(_ status: natsStatus, _ what: String, jsErrorCode: jsErrCode = jsErrCode(rawValue: 0)) {
        self.status = status.rawValue
        self.jsErrorCode = Int(jsErrorCode.rawValue)
        var detail = String(cString: natsStatus_GetText(status))
        var s = natsStatus(rawValue: 0)
        if let last = nats_GetLastError(&s), s == status {
            let lastText = String(cString: last)
            if !lastText.isEmpty, lastText != detail { detail = lastText }
        }
        self.text = "\(what): \(detail)" + (jsErrorCode.rawValue != 0 ? " (JetStream error \(jsErrorCode.rawValue))" : "")
    }

    init(message: String) {
        status = NATS_ERR.rawValue
        jsErrorCode = 0
        text = message
    }

    public var description: String { text }
    var isTimeout: Bool { status == NATS_TIMEOUT.rawValue }
    var isNotFound: Bool { status == NATS_NOT_FOUND.rawValue }
}

/// Throws a NATSError unless `status` is NATS_OK.
@inline(__always)
func check(_ status: natsStatus, _ what: @autoclosure () -> String, _ code: jsErrCode = jsErrCode(rawValue: 0)) throws(NATSError) {
    if status != NATS_OK { throw NATSError(status, what(), jsErrorCode: code) }
}

/// C strings that must outlive a nats.c call taking a config struct of `const char *` fields (a Swift
/// String passed implicitly dies at the end of the expression).
final class CStrings {
    private var owned: [UnsafeMutablePointer<CChar>] = []
    func callAsFunction(_ s: String?) -> UnsafePointer<CChar>? {
        guard let s else { return nil }
        let p = strdup(s)!
        owned.append(p)
        return UnsafePointer(p)
    }
    /// An array of C strings (for `Subjects`), owned too.
    func array(_ list: [String]) -> UnsafeMutablePointer<UnsafePointer<CChar>?> {
        let a = UnsafeMutablePointer<UnsafePointer<CChar>?>.allocate(capacity: max(1, list.count))
        for (i, s) in list.enumerated() { a[i] = self(s) }
        arrays.append(a)
        return a
    }
    private var arrays: [UnsafeMutablePointer<UnsafePointer<CChar>?>] = []
    deinit {
        for p in owned { free(p) }
        for a in arrays { a.deallocate() }
    }
}

/// An OpaquePointer handed between threads: nats.c connections, contexts and stores are thread-safe.
struct SendablePointer: @unchecked Sendable {
    let raw: OpaquePointer
}
