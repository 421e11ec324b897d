/// Finds the next byte a JSON string cannot hold as is (`"`, `\` or a control character), eight bytes at a
/// time: message texts run to hundreds of bytes, and a byte-by-byte loop was most of the parser's and the
/// writer's time on them.
@inline(__always)
func firstStringSpecial(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var i = start
    let n = buffer.count
    if let base = buffer.baseAddress {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= n {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // A byte of x is zero ⇔ its bit 7 is set in (x - ones) & ~x (the lowest flagged byte is exact; borrows
            // only reach bytes above it). Bytes ≥ 0x80 never flag: ~x clears their bit 7.
            let quote = w ^ (ones &* 0x22)
            let backslash = w ^ (ones &* 0x5C)
            let mask = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (w &- ones &* 0x20) & ~w) & highs
            if mask != 0 { return i + mask.trailingZeroBitCount >> 3 }  // lowest address = lowest byte
            i += 8
        }
    }
    while i < n {
        let b = buffer[i]
        if b == 0x22 || b == 0x5C || b < 0x20 { return i }
        i += 1
    }
    return n
}
