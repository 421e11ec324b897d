// WABA templates rendered to text: WA-RS sends no Meta templates, so a SEND_TEMPLATE / SEND_AUTH_OTP becomes a
// `text` command with the template's body and its params filled in. The catalog ships the five templates of the
// WABA contract (the same as plugins/WABAToWARS/templates.yaml); routes add or override bodies per language.
import SwitchyardPluginAPI

/// A template body split into literal text and `{{1}}` / `{{name}}` placeholders.
struct TemplateBody: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case text(String)
        /// `{{1}}`: a position (1-based) with its params key (`"1"`); `{{name}}`: a named param.
        case position(Int, key: String)
        case name(String)
    }
    let parts: [Part]
    let source: String

    /// Placeholders are `{{` name `}}` with optional spaces inside; an unclosed `{{` is an error.
    init(parsing text: String) throws(ConfigError) {
        source = text
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            literal += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.firstRange(of: "}}") else {
                throw ConfigError("unclosed '{{' in template body '\(text)'", hint: "placeholders look like {{1}} or {{customerName}}")
            }
            let inside = after[..<close.lowerBound].trimmingCharacters(in: " ")
            guard !inside.isEmpty, inside.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw ConfigError("bad placeholder '{{\(inside)}}' in template body '\(text)'",
                                  hint: "placeholders look like {{1}} or {{customerName}}")
            }
            if !literal.isEmpty {
                parts.append(.text(literal))
                literal = ""
            }
            if let n = Int(inside), n >= 1 { parts.append(.position(n, key: String(n))) } else { parts.append(.name(String(inside))) }
            rest = after[close.upperBound...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return s
    }
}

struct CatalogTemplate: Sendable {
    /// Names of the positional variables (`customerName` for {{1}}), so params may be given by name as well.
    var variables: [String]
    /// Bodies by language code (`en`, `sw`, `pt_BR`).
    var bodies: [String: TemplateBody]
}

/// Why a message could not be translated: the reason starts with the field it is about.
struct Rejection: Error {
    let reason: String
}

struct TemplateCatalog: Sendable {
    /// Keyed by the upper-case template name of the WABA enum (`SHOP_DETAILS`); Meta's lower-case name is accepted.
    private(set) var templates: [String: CatalogTemplate]
    let fallbackLanguage: String

    /// The contract's five templates with their English bodies (text exactly as the WABA contract gives it).
    static let shipped: [(name: String, variables: [String], en: String)] = [
        ("SHOP_DETAILS", ["customerName", "shopName"],
         "Hello {{1}}! Welcome to *{{2}}*, browse our products and find what suits you."),
        ("PRODUCT_RESULTS_FOUND", ["customerName", "productCount", "searchQuery", "shopName", "topProducts"],
         "Hello {{1}}! 🎉 We found {{2}} products matching *\"{{3}}\"* in {{4}}. Here are a few matches: *{{5}}*. Tap below to see all results!"),
        ("PRODUCTS_NOT_FOUND", ["customerName", "searchQuery", "shopName", "suggestedProducts"],
         "Hello {{1}}, We couldn't find *\"{{2}}\"* in *{{3}}* right now. You might be interested in: *{{4}}*"),
        ("FALLBACK_TEXT", ["customerName", "originalMessage"],
         "Hi {{1}}, thanks for your message: \"{{2}}\". We're not sure how to help with that — feel free to ask about our products or shop."),
        ("NEXGATE_OTP", ["otp"],
         "{{1}} is your verification code. For your security, do not share this code. Expires in 10 minutes."),
    ]

    /// The shipped catalog with the route's `templates:` merged over it (per language: a route's body replaces the
    /// shipped one of that language, others stay).
    init(overrides: ConfigMap<ConfigMap<String>>?, fallbackLanguage: String) throws(ConfigError) {
        var templates: [String: CatalogTemplate] = [:]
        for t in Self.shipped {
            templates[t.name] = CatalogTemplate(variables: t.variables, bodies: ["en": try TemplateBody(parsing: t.en)])
        }
        for (name, languages) in overrides?.entries ?? [] {
            let key = name.uppercased()
            guard !key.isEmpty else { throw ConfigError.invalid("templates", "empty template name") }
            var template = templates[key] ?? CatalogTemplate(variables: [], bodies: [:])
            if languages.isEmpty {
                throw ConfigError("template '\(name)' has no body", keyPath: ["templates", name],
                                  hint: "give bodies by language, e.g. { en: \"Hello {{1}}\" }")
            }
            for (language, text) in languages.entries {
                do { template.bodies[Self.normalise(language)] = try TemplateBody(parsing: text) } catch var e {
                    e.keyPath = ["templates", name, language]
                    throw e
                }
            }
            templates[key] = template
        }
        self.templates = templates
        self.fallbackLanguage = Self.normalise(fallbackLanguage)
    }

    /// `en-US` and `en_us` are the same language code as Meta's `en_US`.
    static func normalise(_ language: String) -> String {
        let parts = language.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard let first = parts.first else { return language }
        return ([first.lowercased()] + parts.dropFirst().map { $0.uppercased() }).joined(separator: "_")
    }

    /// The body for a language: the exact code, then its base language (`en` for `en_US`), then the fallback.
    func body(_ name: String, language: String?) throws(Rejection) -> (CatalogTemplate, TemplateBody) {
        guard let template = templates[name] ?? templates[name.uppercased()] else {
            throw Rejection(reason: "template.templateName: unknown template '\(name)' (known: \(templates.keys.sorted().joined(separator: ", ")))")
        }
        if let language, let b = template.bodies[language] { return (template, b) }  // the usual case: no normalising
        var tried: [String] = []
        if let language, !language.isEmpty {
            let code = Self.normalise(language)
            tried.append(code)
            if let b = template.bodies[code] { return (template, b) }
            if let base = code.split(separator: "_").first.map(String.init), base != code {
                tried.append(base)
                if let b = template.bodies[base] { return (template, b) }
            }
        }
        if let b = template.bodies[fallbackLanguage] { return (template, b) }
        tried.append(fallbackLanguage)
        throw Rejection(reason: "template.languageCode: template '\(name)' has no body for \(tried.joined(separator: ", ")) "
                              + "(has: \(template.bodies.keys.sorted().joined(separator: ", ")))")
    }

    /// Renders with params given as an object (`{"1": "Josh"}` or `{"customerName": "Josh"}`) or a list.
    func render(_ name: String, language: String?, params: JSONValue?) throws(Rejection) -> String {
        let (template, body) = try self.body(name, language: language)
        var out = ""
        out.reserveCapacity(body.source.utf8.count + 128)
        for part in body.parts {
            switch part {
            case .text(let s): out += s
            case .position(let n, let key):
                var value: JSONValue?
                switch params {
                case .object(let o)?:
                    value = o[key]
                    if value == nil || value == .null, n <= template.variables.count { value = o[template.variables[n - 1]] }
                case .array(let a)?:
                    value = n <= a.count ? a[n - 1] : nil
                default: value = nil
                }
                if let text = Self.text(value) {
                    out += text
                } else {
                    let label = n <= template.variables.count ? "{{\(n)}} (\(template.variables[n - 1]))" : "{{\(n)}}"
                    throw Self.problem(value, field: "template.params.\(n)", label: label, template: name)
                }
            case .name(let key):
                let value = params?.objectValue?[key]
                guard let text = Self.text(value) else {
                    throw Self.problem(value, field: "template.params.\(key)", label: "{{\(key)}}", template: name)
                }
                out += text
            }
        }
        return out
    }

    private static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .number(let n)?: return n.text
        case .bool(let b)?: return b ? "true" : "false"
        case nil, .null?, .array?, .object?: return nil
        }
    }

    private static func problem(_ value: JSONValue?, field: String, label: String, template: String) -> Rejection {
        switch value {
        case .array?, .object?: return Rejection(reason: "\(field): param \(label) for template '\(template)' is not a string or number")
        default: return Rejection(reason: "\(field): missing param \(label) for template '\(template)'")
        }
    }
}
