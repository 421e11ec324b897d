#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Random version-4 UUIDs in lower case (`3f2c…-4…-[89ab]…`), the id of a webhook message that carries none.
/// Foundation's `UUID()` opens, reads and closes /dev/urandom for every id: about 4% of a webhook request's CPU
/// (perf, scenario 5). The same kernel randomness is read here 4 KiB at a time from a descriptor kept open: one
/// `read` per 256 ids.
enum RandomMessageID {
    private struct Pool {
        var bytes = [UInt8](repeating: 0, count: 4096)
        var used = 4096
    }
    private static let pool = Mutex(Pool())

    static func next() -> String {
        var raw: (UInt64, UInt64) = pool.withLock { p in
            if p.used == p.bytes.count {
                p.bytes.withUnsafeMutableBytes { fill($0) }
                p.used = 0
            }
            defer { p.used += 16 }
            return p.bytes.withUnsafeBytes { b in
                (b.loadUnaligned(fromByteOffset: p.used, as: UInt64.self),
                 b.loadUnaligned(fromByteOffset: p.used + 8, as: UInt64.self))
            }
        }
        return withUnsafeMutableBytes(of: &raw) { uuid in
            uuid[6] = uuid[6] & 0x0F | 0x40  // version 4
            uuid[8] = uuid[8] & 0x3F | 0x80  // RFC 4122 variant
            return String(unsafeUninitializedCapacity: 36) { out in
                var o = 0
                for i in 0..<16 {
                    if i == 4 || i == 6 || i == 8 || i == 10 {
                        out[o] = UInt8(ascii: "-")
                        o += 1
                    }
                    out[o] = hexDigits[Int(uuid[i] >> 4)]
                    out[o + 1] = hexDigits[Int(uuid[i] & 0x0F)]
                    o += 2
                }
                return o
            }
        }
    }

    /// /dev/urandom, opened once for the process (-1: not available).
    private static let urandom: Int32 = open("/dev/urandom", O_RDONLY | O_CLOEXEC)

    /// Kernel randomness into `buffer`; the system generator (one call per 8 bytes) where /dev/urandom cannot
    /// be read.
    private static func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        var done = 0
        while urandom >= 0, done < buffer.count {
            let n = read(urandom, buffer.baseAddress! + done, buffer.count - done)
            if n > 0 { done += n } else if n == 0 || errno != EINTR { break }
        }
        var generator = SystemRandomNumberGenerator()
        while done < buffer.count {
            buffer[done] = UInt8.random(in: .min ... .max, using: &generator)
            done += 1
        }
    }
}
