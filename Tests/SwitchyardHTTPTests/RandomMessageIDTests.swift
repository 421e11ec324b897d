import Testing
@testable import SwitchyardHTTP

@Suite struct RandomMessageIDTests {
    /// Lower-case version-4 UUID text, as `UUID().uuidString.lowercased()` gave before.
    @Test func idsAreVersionFourUUIDsInLowerCase() {
        for _ in 0..<1_000 {
            let id = RandomMessageID.next()
            let bytes = Array(id.utf8)
            #expect(bytes.count == 36)
            #expect([8, 13, 18, 23].allSatisfy { bytes[$0] == UInt8(ascii: "-") })
            let digits = bytes.enumerated().filter { ![8, 13, 18, 23].contains($0.offset) }.map(\.element)
            #expect(digits.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }, "\(id)")
            #expect(bytes[14] == UInt8(ascii: "4"), "version nibble of \(id)")
            #expect("89ab".utf8.contains(bytes[19]), "variant nibble of \(id)")
        }
    }

    /// Many more ids than one 4 KiB refill holds (256), from several threads at once: none repeats.
    @Test func idsDoNotRepeatAcrossRefillsAndThreads() async {
        let ids = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<4 { group.addTask { (0..<5_000).map { _ in RandomMessageID.next() } } }
            var all: [String] = []
            for await part in group { all += part }
            return all
        }
        #expect(ids.count == 20_000)
        #expect(Set(ids).count == 20_000)
    }
}
