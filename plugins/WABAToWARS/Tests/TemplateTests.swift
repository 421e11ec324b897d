import Foundation
import SwitchyardPluginAPI
import Testing
@testable import WABAToWARS

@Suite struct TemplateRenderingTests {
    static let seedCases: [(String, String)] = [
        (Seed.shopDetails, "Hello Josh! Welcome to *Mode Bites*, browse our products and find what suits you."),
        (Seed.productResultsFound,
         "Hello Josh! 🎉 We found 2 products matching *\"kuku\"* in Mode Bites. Here are a few matches: *Kuku Choma*. Tap below to see all results!"),
        (Seed.productsNotFound, "Hello Josh, We couldn't find *\"cake\"* in *Mode Bites* right now. You might be interested in: *Kuku Choma*"),
        (Seed.fallbackText,
         "Hi Josh, thanks for your message: \"sawa asante\". We're not sure how to help with that — feel free to ask about our products or shop."),
        (Seed.authOTP, "847291 is your verification code. For your security, do not share this code. Expires in 10 minutes."),
    ]

    @Test(arguments: seedCases)
    func everySeedTemplateRendersToItsTextExactly(_ sample: String, _ text: String) async throws {
        let m = try await translated(try makeStep(), sample)
        let id = try #require(m.metadata["request_id"])
        #expect(m.jsonBody == (try json(#"{"type":"text","to":"255712345678","text":\#(JSONWriter.string(.string(text))),"request_id":"\#(id)"}"#)))
    }

    @Test func theOTPGoesThroughThePlatformSession() async throws {
        let m = try await translated(try makeStep(), Seed.authOTP)
        #expect(m.metadata["session"] == "nexgate-otp")
        #expect(m.metadata["wars.subject"] == "wa.send.nexgate-otp")
    }

    @Test func aMissingParamIsRejectedNamingIt() async throws {
        let reason = await rejection(try makeStep(), Seed.template("SHOP_DETAILS", params: #"{"1":"Josh"}"#))
        #expect(reason == "template.params.2: missing param {{2}} (shopName) for template 'SHOP_DETAILS'")
        let null = await rejection(try makeStep(), Seed.template("NEXGATE_OTP", params: #"{"1":null}"#))
        #expect(null.hasPrefix("template.params.1: missing param {{1}} (otp)"))
        let object = await rejection(try makeStep(), Seed.template("NEXGATE_OTP", params: #"{"1":{"code":1}}"#))
        #expect(object.hasPrefix("template.params.1: param {{1}} (otp) for template 'NEXGATE_OTP' is not a string or number"))
    }

    @Test func anUnknownTemplateIsRejectedNamingIt() async throws {
        let reason = await rejection(try makeStep(), Seed.template("ORDER_SHIPPED", params: "{}"))
        #expect(reason.hasPrefix("template.templateName: unknown template 'ORDER_SHIPPED'"))
        #expect(reason.contains("SHOP_DETAILS"))
        #expect(await rejection(try makeStep(), #"{"type":"SEND_TEMPLATE","wabaNumber":"+255700000000","to":"+255712345678","template":{}}"#)
            .hasPrefix("template.templateName: missing"))
    }

    @Test func paramsByVariableNameListOrNumberAndMetaLowerCaseNames() async throws {
        let step = try makeStep()
        let named = try await translated(step, Seed.template("shop_details", params: #"{"customerName":"Asha","shopName":"Duka"}"#))
        #expect(named.jsonBody["text"] == "Hello Asha! Welcome to *Duka*, browse our products and find what suits you.")
        let list = try await translated(step, Seed.template("SHOP_DETAILS", params: #"["Asha","Duka"]"#))
        #expect(list.jsonBody["text"] == named.jsonBody["text"])
        let number = try await translated(step, Seed.template("NEXGATE_OTP", params: #"{"1":847291}"#))
        #expect(number.jsonBody["text"]?.stringValue?.hasPrefix("847291 is your") == true)
    }

    @Test func languagesFallBackAndRoutesAddOrOverrideBodies() async throws {
        let plain = try makeStep()
        // No Swahili body ships: the fallback language (en) is used; en_US finds en.
        let sw = try await translated(plain, Seed.template("NEXGATE_OTP", language: "sw", params: #"{"1":"1234"}"#))
        #expect(sw.jsonBody["text"]?.stringValue?.hasPrefix("1234 is your verification code.") == true)
        let us = try await translated(plain, Seed.template("NEXGATE_OTP", language: "en_US", params: #"{"1":"1234"}"#))
        #expect(us.jsonBody["text"] == sw.jsonBody["text"])

        let custom = try makeStep([("templates", .map([
            ("NEXGATE_OTP", .map([("sw", .string("{{1}} ni nambari yako ya uthibitisho."))])),
            ("ORDER_READY", .map([("en", .string("Hi {{customerName}}, order {{ 2 }} is ready"))])),
        ]))])
        let swahili = try await translated(custom, Seed.template("NEXGATE_OTP", language: "sw", params: #"{"1":"1234"}"#))
        #expect(swahili.jsonBody["text"] == "1234 ni nambari yako ya uthibitisho.")
        let english = try await translated(custom, Seed.template("NEXGATE_OTP", language: "en", params: #"{"1":"1234"}"#))
        #expect(english.jsonBody["text"]?.stringValue?.hasPrefix("1234 is your verification code.") == true)
        let added = try await translated(custom, Seed.template("ORDER_READY", params: #"{"customerName":"Josh","2":"A-17"}"#))
        #expect(added.jsonBody["text"] == "Hi Josh, order A-17 is ready")

        let noFallback = try makeStep([
            ("fallback_language", .string("fr")),
            ("templates", .map([("ORDER_READY", .map([("en", .string("Hi {{1}}"))]))])),
        ])
        let reason = await rejection(noFallback, Seed.template("ORDER_READY", language: "sw", params: #"{"1":"x"}"#))
        #expect(reason == "template.languageCode: template 'ORDER_READY' has no body for sw, fr (has: en)")
    }

    @Test func badTemplateBodiesAreConfigErrors() {
        let unclosed = configError([("templates", .map([("X", .map([("en", .string("Hi {{1"))]))]))])
        #expect(unclosed?.contains("templates.X.en: unclosed '{{'") == true)
        let bad = configError([("templates", .map([("X", .map([("en", .string("Hi {{a b}}"))]))]))])
        #expect(bad?.contains("bad placeholder '{{a b}}'") == true)
        let empty = configError([("templates", .map([("X", .map([]))]))])
        #expect(empty?.contains("template 'X' has no body") == true)
    }

    /// plugins/WABAToWARS/templates.yaml is what users copy into a route: it must say what the catalog ships.
    @Test func theShippedTemplatesFileAgreesWithTheBuiltInCatalog() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("templates.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let parsed = try TemplatesFile.parse(text)
        let shipped = TemplateCatalog.shipped.map { TemplatesFile.Template(name: $0.name, bodies: ["en": $0.en]) }
        #expect(parsed == shipped)
        // Fed back as a route's `templates:`, it changes nothing.
        let catalog = try TemplateCatalog(
            overrides: ConfigMap(parsed.map { ($0.name, ConfigMap($0.bodies.map { ($0.key, $0.value) })) }), fallbackLanguage: "en")
        for t in TemplateCatalog.shipped {
            #expect(try catalog.body(t.name, language: "en").1 == (try TemplateBody(parsing: t.en)))
        }
    }
}

/// A reader for the small YAML subset templates.yaml is written in: comments, `templates:`, two-space indented
/// `NAME:` and four-space indented `lang: "double-quoted body"` lines (JSON string escapes).
enum TemplatesFile {
    struct Template: Equatable {
        var name: String
        var bodies: [String: String]
    }
    struct Unreadable: Error, CustomStringConvertible {
        let line: Int
        let text: String
        var description: String { "templates.yaml:\(line): cannot read '\(text)'" }
    }

    static func parse(_ text: String) throws -> [Template] {
        var out: [Template] = []
        var sawRoot = false
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { continue }
            if line == "templates:" {
                sawRoot = true
            } else if sawRoot, line.hasPrefix("  "), !line.hasPrefix("   "), line.hasSuffix(":") {
                out.append(Template(name: String(line.dropFirst(2).dropLast()), bodies: [:]))
            } else if sawRoot, !out.isEmpty, line.hasPrefix("    "), let colon = line.firstIndex(of: ":") {
                let language = line[..<colon].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                guard value.hasPrefix("\""), case .string(let body) = try JSONParser.parse(Array(value.utf8)) else {
                    throw Unreadable(line: n + 1, text: line)
                }
                out[out.count - 1].bodies[language] = body
            } else {
                throw Unreadable(line: n + 1, text: line)
            }
        }
        return out
    }
}
