import SwitchyardPluginAPI
import Testing
@testable import E164Validate

// The e164_validate transform: config decoding, modes, normalisation written back, metadata, on_invalid,
// nested paths and lists.

private struct NoConnections: ConnectionDirectory {
    func connection(named name: String) -> (any Connection)? { nil }
    var connectionNames: [String] { [] }
}

private func build(_ pairs: [(String, ConfigNode)]) throws -> any Transform {
    var registry = PluginRegistry()
    registerPlugins(into: &registry)
    return try registry.build(.transform, "e164_validate", config: .map(pairs),
                              context: PluginContext(routeName: "r", componentPath: "steps.0.e164_validate", connections: NoConnections()),
                              as: (any Transform).self)
}

private func list(_ items: String...) -> ConfigNode { ConfigNode(.sequence(items.map { .string($0) })) }

private func run(_ step: any Transform, _ body: String) async -> TransformResult {
    await step.process(Message(id: "m1", body: Array(body.utf8)))
}

private func passed(_ result: TransformResult) throws -> Message {
    guard case .message(let m) = result else { throw StepFailure(result: "\(result)") }
    return m
}

private func rejection(_ result: TransformResult) -> String? {
    if case .rejected(let reason) = result { return reason }
    return nil
}

private struct StepFailure: Error { let result: String }

private func buildError(_ pairs: [(String, ConfigNode)]) -> String {
    do {
        _ = try build(pairs)
        return "built"
    } catch {
        return "\(error)"
    }
}

@Suite struct E164ValidateStepTests {
    @Test func strictNormalisesAndSetsTheRegion() async throws {
        let step = try build([("fields", list("to", "data.from"))])  // defaults: strict, normalise
        let m = try passed(await run(step, #"{"to":"+255 712-345.678","data":{"from":"00 62 812 3456 7890"}}"#))
        #expect(try m.readJSON() == ["to": "+255712345678", "data": ["from": "+6281234567890"]])
        #expect(m.metadata["e164.region"] == "TZ")
        #expect(m.metadata["e164.region.to"] == "TZ")
        #expect(m.metadata["e164.region.data.from"] == "ID")
    }

    @Test func bareWhatsAppDigitsGetAPlus() async throws {
        let step = try build([("fields", list("wa_id"))])
        let m = try passed(await run(step, #"{"wa_id":"5511987654321"}"#))
        #expect(try m.readJSON()["wa_id"] == "+5511987654321")
        #expect(m.metadata["e164.region"] == "BR")
    }

    @Test func failureNamesFieldValueAndWhy() async throws {
        let step = try build([("fields", list("to")), ("mode", .plain("strict"))])
        #expect(rejection(await run(step, #"{"to":"+255 512 345 678"}"#))
            == "e164_validate: field 'to' value '+255 512 345 678': not a valid number for Tanzania (TZ, +255)")
        #expect(rejection(await run(step, #"{"to":"+999 1234 5678"}"#))
            == "e164_validate: field 'to' value '+999 1234 5678': unknown country calling code: no code is assigned at +999")
        #expect(rejection(await run(step, #"{"to":"+2557123"}"#))
            == "e164_validate: field 'to' value '+2557123': too short: 7 digits, at least 12 expected")
        #expect(rejection(await run(step, #"{"to":"+1234567890123456"}"#))
            == "e164_validate: field 'to' value '+1234567890123456': too long: 16 digits, at most 15 allowed")
        #expect(rejection(await run(step, #"{"to":"+255 0712 345 678"}"#))?.contains("trunk prefix '0'") == true)
        #expect(rejection(await run(step, #"{"to":"US.13491208655302741918"}"#))?.contains("not a phone number") == true)
    }

    @Test func structuralAcceptsWhatStrictRejects() async throws {
        let structural = try build([("fields", list("to")), ("mode", .plain("structural"))])
        let m = try passed(await run(structural, #"{"to":"+255 512 345 678"}"#))
        #expect(try m.readJSON()["to"] == "+255512345678")
        #expect(m.metadata["e164.region"] == nil)  // structural mode does not pick a region
        #expect(rejection(await run(structural, #"{"to":"+999 1234 5678"}"#))?.contains("unknown country calling code") == true)
    }

    @Test func withoutNormalisationOnlyPlusAndDigitsPass() async throws {
        let step = try build([("fields", list("to")), ("normalise", .plain("false"))])
        let m = try passed(await run(step, #"{"to":"+447911123456"}"#))
        #expect(try m.readJSON()["to"] == "+447911123456")
        #expect(rejection(await run(step, #"{"to":"+44 7911 123456"}"#))?.contains("only '+' and digits") == true)
        #expect(rejection(await run(step, #"{"to":"447911123456"}"#))?.contains("missing '+'") == true)
    }

    @Test func passKeepsTheValueAndRecordsTheError() async throws {
        let step = try build([("fields", list("to", "cc")), ("on_invalid", .plain("pass"))])
        let m = try passed(await run(step, #"{"to":"0712 345 678","cc":"+44 7911 123456"}"#))
        #expect(try m.readJSON() == ["to": "0712 345 678", "cc": "+447911123456"])
        #expect(m.metadata["e164.error.to"] == "missing '+' and country code (national or unprefixed format)")
        #expect(m.metadata["e164.region"] == "GG")
    }

    @Test func listsAreCheckedElementByElement() async throws {
        let step = try build([("fields", list("recipients"))])
        let m = try passed(await run(step, #"{"recipients":["+91 98765 43210","+1 (415) 555-2671"]}"#))
        #expect(try m.readJSON()["recipients"] == ["+919876543210", "+14155552671"])
        #expect(m.metadata["e164.region.recipients.0"] == "IN")
        #expect(m.metadata["e164.region.recipients.1"] == "US")
        #expect(rejection(await run(step, #"{"recipients":["+919876543210",42]}"#))
            == "e164_validate: field 'recipients.1' value '42': expected a string, found a number")
    }

    @Test func missingFieldsAreSkipped() async throws {
        let step = try build([("fields", list("to"))])
        let m = try passed(await run(step, #"{"event":"read"}"#))
        #expect(try m.readJSON() == ["event": "read"])
    }

    @Test func brazilNinthDigitInsert() async throws {
        let step = try build([("fields", list("to")), ("brazil_ninth_digit", .plain("insert"))])
        let m = try passed(await run(step, #"{"to":"551187654321"}"#))
        #expect(try m.readJSON()["to"] == "+5511987654321")
        let require = try build([("fields", list("to"))])
        #expect(rejection(await run(require, #"{"to":"551187654321"}"#))?.contains("Brazil") == true)
    }

    @Test func configErrors() {
        #expect(buildError([("fields", list("to")), ("mode", .plain("loose"))]).contains("'loose' is not one of structural, strict"))
        #expect(buildError([("fields", list("to")), ("country", .plain("TZ"))]).contains("country"))
        #expect(buildError([("fields", list("to")), ("normalise", .plain("maybe"))]) != "built")
        #expect(buildError([("fields", ConfigNode(.sequence([])))]).contains("at least one field path"))
        #expect(buildError([("fields", list("to")), ("normalise", .plain("false")), ("brazil_ninth_digit", .plain("insert"))])
            .contains("needs normalise"))
        #expect(buildError([("fields", list("to")), ("mode", .plain("structural")), ("brazil_ninth_digit", .plain("accept"))])
            .contains("only applies to mode: strict"))
        #expect(buildError([("fields", list("to")), ("mode", .plain("structural"))]) == "built")
    }
}
