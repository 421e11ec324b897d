// Identity and dedup benchmarks (issue 7). Targets: JID parse + write ≤ 1 µs, E.164 strict validation ≤ 2 µs,
// memory dedup check ≤ 1 µs. Each inner iteration handles one input of a realistic mix.
import Benchmark
import Dedup
import E164Validate
import JIDNormalise

/// The forms gateways send: WA-RS/whatsmeow JIDs with devices, WAHA @c.us, bare Meta wa_ids, +E.164 as typed,
/// groups, LIDs, status, newsletters.
let jidInputs = [
    "255712345678@s.whatsapp.net", "447911123456:12@s.whatsapp.net", "447911123456.1:5@s.whatsapp.net",
    "14155552671@c.us", "5511987654321", "+44 7911 123456", "+1 (415) 555-2671",
    "120363025246125486@g.us", "123456789012345:3@lid", "status@broadcast", "120363300000000000@newsletter",
    "6281234567890@s.whatsapp.net",
]

/// Valid and invalid numbers from 10 countries, formatted and not.
let phoneInputs = [
    "+255712345678", "+255 754 123 456", "+6281234567890", "+5511987654321", "+919876543210",
    "+14155552671", "+447911123456", "+493012345678", "+254712345678", "+2348031234567",
    "255712345678", "+255 0712 345 678", "+255512345678", "+551187654321",
]

let dedupKeys = (0..<100_000).map { "wamid.HBgMMjU1NzEyMzQ1Njc4FQIAEhgg\($0)|read" }
let dedupNow = ContinuousClock.now
/// The first 50k keys committed, the next 50k unseen.
let dedupStore: MemoryDedupStore = {
    let store = MemoryDedupStore(limits: .init(maxEntries: 1_000_000, maxBytes: 128 << 20, reservationTimeout: .seconds(60)))
    for k in dedupKeys.prefix(50_000) {
        _ = store.reserveNow(k, token: "t", now: dedupNow)
        store.commitNow(k, token: "t", window: .seconds(600), now: dedupNow)
    }
    return store
}()
/// Where the next sample starts, so samples walk the whole key set (benchmarks run one at a time).
final class Cursor: @unchecked Sendable { var value = 0 }
let dedupCursor = Cursor()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(2))

    Benchmark("jid parse+write (12 mixed forms, to jid)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        var i = 0
        for _ in benchmark.scaledIterations {
            blackHole(JID.normalise(jidInputs[i], to: .jid))
            i = i == jidInputs.count - 1 ? 0 : i + 1
        }
    }
    Benchmark("jid parse+write (12 mixed forms, to e164)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        var i = 0
        for _ in benchmark.scaledIterations {
            blackHole(JID.normalise(jidInputs[i], to: .e164))
            i = i == jidInputs.count - 1 ? 0 : i + 1
        }
    }
    Benchmark("e164 strict (14 mixed, normalise)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        _ = E164.validate("+255712345678", mode: .strict, normalise: true)  // decode the table before measuring
        benchmark.startMeasurement()
        var i = 0
        for _ in benchmark.scaledIterations {
            blackHole(E164.validate(phoneInputs[i], mode: .strict, normalise: true))
            i = i == phoneInputs.count - 1 ? 0 : i + 1
        }
    }
    Benchmark("e164 structural (14 mixed, normalise)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        var i = 0
        for _ in benchmark.scaledIterations {
            blackHole(E164.validate(phoneInputs[i], mode: .structural, normalise: true))
            i = i == phoneInputs.count - 1 ? 0 : i + 1
        }
    }

    // A dedup check on a warm store of 100k keys, alternating a committed key (duplicate) and a new one (reserved,
    // then released so the store stays the same size). The store is built once, outside the measured closure:
    // freeing 100k keys at the end of each sample would otherwise be measured too.
    Benchmark("memory dedup check (100k keys, 50% duplicates)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let store = dedupStore
        let now = dedupNow
        var j = dedupCursor.value
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let k = dedupKeys[(j & 1) * 50_000 + (j >> 1) % 50_000]
            if store.reserveNow(k, token: "u", now: now) == .fresh { store.releaseNow(k, token: "u") }
            j &+= 1
        }
        benchmark.stopMeasurement()
        dedupCursor.value = j
    }
}
