import Testing
@testable import SwitchyardPluginAPI

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let v = try JSONParser.parse(#"{"s":"x","n":-12.5e3,"i":42,"t":true,"f":false,"z":null,"a":[1,[2],{}],"o":{"k":"v"}}"#)
        #expect(v["s"] == "x")
        #expect(v["n"]?.doubleValue == -12500)
        #expect(v["i"]?.intValue == 42)
        #expect(v["t"] == true)
        #expect(v["f"] == false)
        #expect(v["z"] == .null)
        #expect(v["a"] == [1, [2], [:]])
        #expect(v["o"]?["k"] == "v")
    }

    @Test func keepsNumbersAndKeyOrderExactly() throws {
        let text = #"{"b":1,"a":12345678901234567890,"c":1.50,"d":-0.0}"#
        #expect(JSONWriter.string(try JSONParser.parse(text)) == text)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        // Meta escapes non-ASCII as \uXXXX: an emoji is a surrogate pair.
        let v = try JSONParser.parse(#"{"t":"Habari \u00e9 \ud83d\ude00 \"q\" \\ \/ \n\t\b\f\r"}"#)
        #expect(v["t"] == .string("Habari é 😀 \"q\" \\ / \n\t\u{8}\u{c}\r"))
    }

    @Test func writesEscapesAndRawUTF8() {
        let v: JSONValue = ["t": .string("a\"b\\c\nd\u{1}é😀")]
        #expect(JSONWriter.string(v) == #"{"t":"a\"b\\c\nd\u0001é😀"}"#)
    }

    @Test func roundTripsThroughWriterAndParser() throws {
        let v: JSONValue = ["list": [1, 2.5, "x", nil, true], "nested": ["deep": ["deeper": "é"]]]
        #expect(try JSONParser.parse(JSONWriter.bytes(v)) == v)
    }

    @Test(arguments: [
        ("", "unexpected end of input"),
        ("{", "expected a string key"),
        (#"{"a" 1}"#, "expected ':'"),
        (#"{"a":1,}"#, "expected a string key"),
        ("[1 2]", "expected ',' or ']'"),
        ("01", "leading zero"),
        ("1.", "expected a digit after '.'"),
        ("-", "expected a digit"),
        (#""abc"#, "unterminated string"),
        (#""\x""#, "invalid escape"),
        (#""\ud800""#, "unpaired surrogate"),
        ("tru", "literal"),
        ("{} x", "unexpected data after"),
        ("\"a\u{1}\"", "control character"),
    ])
    func reportsWhyInputIsNotJSON(input: String, reason: String) {
        #expect {
            _ = try JSONParser.parse(input)
        } throws: { error in
            (error as? JSONParseError)?.reason.contains(reason) == true
        }
    }

    /// The string scans look at eight bytes at a time: a special byte at each offset of a word, in long strings,
    /// after an escape and next to non-ASCII bytes (which must never count as special) must all be found.
    @Test func findsEverySpecialByteAtEveryOffsetOfALongString() throws {
        let filler = "Karibu tena é wakati wowote 😀 "  // ASCII and multi-byte UTF-8
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 40] {
            let head = String(String(repeating: filler, count: 2).unicodeScalars.prefix(length))
            for (escaped, decoded) in [(#"\""#, "\""), (#"\\"#, "\\"), (#"\n"#, "\n"), (#"\u00e9"#, "é")] {
                let text = head + escaped + filler + escaped + head
                let value = try JSONParser.parse(#"{"t":""# + text + #""}"#)
                let expected = head + decoded + filler + decoded + head
                #expect(value["t"] == .string(expected), "length \(length), escape \(escaped)")
                // And back: the writer escapes the same bytes at the same offsets.
                #expect(try JSONParser.parse(JSONWriter.bytes(value)) == value)
            }
            // A raw control character is refused wherever it is, before or after an escape.
            for raw in ["\u{1}", "\u{1f}", "\n"] {
                #expect(throws: JSONParseError.self) { try JSONParser.parse(#"{"t":""# + head + raw + filler + #""}"#) }
                #expect(throws: JSONParseError.self) { try JSONParser.parse(#"{"t":""# + head + #"\""# + filler + raw + #""}"#) }
            }
        }
    }

    @Test func writesEveryControlCharacterEscaped() {
        for b in UInt8(0)..<0x20 {
            let s = "0123456789" + String(UnicodeScalar(b)) + "abcdefgh"
            let written = JSONWriter.string(.string(s))
            #expect(!written.utf8.contains { $0 < 0x20 }, "byte \(b) written raw")
            #expect((try? JSONParser.parse(written)) == .string(s))
        }
    }

    @Test func reportsTheOffsetOfTheProblem() {
        do {
            _ = try JSONParser.parse(#"{"a": [1, 2, x]}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.offset == 13)
        }
    }

    @Test func refusesNestingDeeperThanTheLimit() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? JSONParser.parse(fine)) != nil)
    }

    @Test func objectsCompareRegardlessOfKeyOrder() throws {
        #expect(try JSONParser.parse(#"{"a":1,"b":2}"#) == JSONParser.parse(#"{"b":2,"a":1}"#))
        #expect(try JSONParser.parse(#"{"a":1}"#) != JSONParser.parse(#"{"a":2}"#))
    }
}

@Suite struct JSONPathTests {
    let doc: JSONValue = ["entry": [["id": "waba-1", "changes": [["value": ["x": 1]]]]], "data": ["from": "a@s.whatsapp.net"]]

    @Test func readsByDotsAndIndices() throws {
        #expect(doc[path: try JSONPath(parsing: "data.from")] == "a@s.whatsapp.net")
        #expect(doc[path: try JSONPath(parsing: "entry.0.id")] == "waba-1")
        #expect(doc[path: try JSONPath(parsing: "entry[0].changes[0].value.x")] == 1)
        #expect(doc[path: try JSONPath(parsing: "entry.1.id")] == nil)
        #expect(doc[path: try JSONPath(parsing: "data.from.deeper")] == nil)
    }

    @Test func setsCreatesAndRemoves() throws {
        var v = doc
        v[path: try JSONPath(parsing: "data.to")] = "b"
        v[path: try JSONPath(parsing: "new.nested.key")] = 1
        v[path: try JSONPath(parsing: "entry.0.id")] = nil
        #expect(v["data"]?["to"] == "b")
        #expect(v["new"]?["nested"]?["key"] == 1)
        #expect(v[path: try JSONPath(parsing: "entry.0")] == ["changes": [["value": ["x": 1]]]])
    }

    @Test func rejectsEmptySegments() {
        #expect(throws: JSONPathError.self) { try JSONPath(parsing: "a..b") }
        #expect(throws: JSONPathError.self) { try JSONPath(parsing: "a[x]") }
    }
}

@Suite struct MessageTests {
    @Test func keepsOriginalBytesUntilTheJSONChanges() throws {
        let raw = Array(#"{ "a" : 1 }"#.utf8)
        var m = Message(id: "1", body: raw)
        #expect(try m.json()["a"] == 1)
        #expect(m.body == raw)  // parsed but unchanged: forwarded byte for byte
        try m.editJSON { $0["b"] = 2 }
        #expect(String(decoding: m.body, as: UTF8.self) == #"{"a":1,"b":2}"#)
    }

    @Test func anEditReportingNoChangeKeepsTheOriginalBytes() throws {
        let raw = Array(#"{ "to" : "+255712345678" }"#.utf8)
        var m = Message(id: "1", body: raw)
        let seen = try m.editJSON(reportingChange: { body, changed in body["to"]?.stringValue })
        #expect(seen == "+255712345678")
        #expect(m.body == raw)  // nothing changed: no re-serialisation, spacing kept
        try m.editJSON(reportingChange: { body, changed in
            body["to"] = "255712345678"
            changed = true
        })
        #expect(String(decoding: m.body, as: UTF8.self) == #"{"to":"255712345678"}"#)
        // Built from JSON (no original bytes): an unchanged edit still serialises the value.
        var built = Message(id: "2", json: ["a": 1])
        try built.editJSON(reportingChange: { _, _ in })
        #expect(String(decoding: built.body, as: UTF8.self) == #"{"a":1}"#)
    }

    @Test func metadataValueFallsBackToOrigin() {
        let m = Message(id: "m1", body: [], metadata: ["subject": "wa.send.x"], source: "nats", deliveryCount: 3)
        #expect(m.metadataValue("subject") == "wa.send.x")
        #expect(m.metadataValue("id") == "m1")
        #expect(m.metadataValue("source") == "nats")
        #expect(m.metadataValue("delivery_count") == "3")
        #expect(m.metadataValue("nope") == nil)
    }
}

/// The writer sizes its buffer from an estimate and escapes what it must: every kind of value, escape and nesting
/// must parse back to the same value.
@Suite struct JSONWriterRoundTripTests {
    static let strings: [String] = [
        "", "a", "Habari", "quote \" and backslash \\", "\n\r\t\u{8}\u{c}", "\u{0}\u{1}\u{1f}\u{7f}", "é😀 naïve",
        String(repeating: "x", count: 700), String(repeating: "\"", count: 33), "mixed \u{2} é \" \\ end",
    ]

    static var values: [JSONValue] {
        var out: [JSONValue] = [.null, true, false, 0, -12, .double(1.5), .number(JSONNumber(unchecked: "12345678901234567890")), [], [:]]
        out += strings.map(JSONValue.string)
        out.append(.array(strings.map(JSONValue.string)))
        var o = JSONObject()
        for (i, s) in strings.enumerated() { o.append(s.isEmpty ? "empty" : s, i % 2 == 0 ? .string(s) : [.int(i), nil, ["k": .string(s)]]) }
        out.append(.object(o))
        out.append(["nested": ["deeper": [[], [[:]], ["x": [1, 2, [3]]]]]])
        return out
    }

    @Test func everyValueParsesBack() throws {
        for v in Self.values {
            #expect(try JSONParser.parse(JSONWriter.bytes(v)) == v, "\(v)")
        }
    }

    @Test func writeIntoAppends() {
        var out = Array("prefix:".utf8)
        JSONWriter.write(["a": [1, "b"]], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"prefix:{"a":[1,"b"]}"#)
    }
}
