import Testing
@testable import SwitchyardPluginAPI

@Suite struct ConfigDecoderTests {
    enum Mode: String, ConfigEnum { case structural, strict }
    struct Sample: PluginConfig {
        var fields: [String]
        var mode: Mode?
        var window: ConfigDuration?
        var limit: Int?
        var sessions: [String: String]?
        static let fields: [ConfigField] = []
    }

    func at(_ line: Int, _ column: Int) -> ConfigLocation { ConfigLocation(file: "f.yaml", line: line, column: column) }
    func scalar(_ s: String, _ line: Int, _ column: Int, quoted: Bool = false) -> ConfigNode {
        ConfigNode(.scalar(s, quoted: quoted), location: at(line, column))
    }
    func mapping(_ pairs: [(String, ConfigNode)], _ line: Int = 1, _ column: Int = 1) -> ConfigNode {
        ConfigNode(.mapping(pairs.map { (key: scalar($0.0, $0.1.location!.line, max(1, $0.1.location!.column - $0.0.count - 2)), value: $0.1) }),
                   location: at(line, column))
    }

    @Test func decodesTypedValues() throws {
        let node = mapping([
            ("fields", ConfigNode(.sequence([scalar("from", 1, 10), scalar("to", 1, 16)]), location: at(1, 9))),
            ("mode", scalar("strict", 2, 7)),
            ("window", scalar("10m", 3, 9)),
            ("limit", scalar("1_000", 4, 8)),
            ("sessions", mapping([("+255700000000", scalar("shop-1", 5, 30))], 5, 11)),
        ])
        let c = try ConfigDecoder.decode(Sample.self, from: node)
        #expect(c.fields == ["from", "to"])
        #expect(c.mode == Mode.strict)
        #expect(c.window?.duration == .seconds(600))
        #expect(c.limit == 1000)
        #expect(c.sessions == ["+255700000000": "shop-1"])
    }

    @Test func unknownKeyNamesTheKeyItsPlaceAndAGuess() {
        let node = mapping([("fields", ConfigNode(.sequence([]), location: at(1, 9))), ("mdoe", scalar("strict", 2, 7))])
        do {
            _ = try ConfigDecoder.decode(Sample.self, from: node)
            Issue.record("expected an error")
        } catch {
            let e = error.errors[0]
            #expect(e.message == "unknown key 'mdoe'")
            #expect(e.location?.line == 2)
            #expect(e.hint == "did you mean 'mode'?")
            #expect(e.keyPathText == "mdoe")
        }
    }

    @Test func wrongTypeNamesThePlaceOfTheValue() {
        let node = mapping([("fields", scalar("from", 1, 9)), ("limit", scalar("many", 2, 8))])
        do {
            _ = try ConfigDecoder.decode(Sample.self, from: node)
            Issue.record("expected an error")
        } catch {
            #expect(error.errors[0].message.contains("expected a list"))
            #expect(error.errors[0].location == at(1, 9))
        }
    }

    @Test func badEnumValueListsTheAllowedOnes() {
        let node = mapping([("fields", ConfigNode(.sequence([]), location: at(1, 9))), ("mode", scalar("strcit", 2, 7))])
        do {
            _ = try ConfigDecoder.decode(Sample.self, from: node)
            Issue.record("expected an error")
        } catch {
            let e = error.errors[0]
            #expect(e.message == "'strcit' is not one of structural, strict")
            #expect(e.hint == "did you mean 'strict'?")
            #expect(e.location == at(2, 7))
        }
    }

    @Test func missingRequiredKeyIsReported() {
        do {
            _ = try ConfigDecoder.decode(Sample.self, from: mapping([]))
            Issue.record("expected an error")
        } catch {
            #expect(error.errors[0].message == "missing required key 'fields'")
        }
    }

    @Test(arguments: [("500ms", 0.5), ("5s", 5), ("10m", 600), ("1h30m", 5400), ("7d", 604_800), ("2.5", 2.5)])
    func parsesDurations(text: String, seconds: Double) throws {
        #expect(try ConfigDuration(parsing: text).seconds == seconds)
    }

    @Test func refusesBadDurations() {
        for bad in ["", "5x", "m", "-1s", "1s2"] {
            #expect(throws: ConfigError.self, "\(bad)") { try ConfigDuration(parsing: bad) }
        }
    }

    @Test func closestMatchSuggestsNearNames() {
        #expect(closestMatch(to: "stdot", in: ["stdout", "file", "memory"]) == "stdout")
        #expect(closestMatch(to: "zzzzzz", in: ["stdout", "file"]) == nil)
    }
}
