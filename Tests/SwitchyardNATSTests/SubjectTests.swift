import Testing
@testable import SwitchyardNATS

/// NATSNames.isValidSubject checks every rendered subject on the publish path (a byte scan since it showed up
/// in profiles), so its rules are pinned here.
@Suite struct SubjectTests {
    @Test func literalSubjects() {
        for s in ["wa.send.shop-1", "a", "wa.events.session-3.message", "x_y.Z9", "wa.send.ünïcode"] {
            #expect(NATSNames.isValidSubject(s, wildcards: false), "\(s)")
        }
    }

    @Test func wildcardsOnlyWhereAllowed() {
        for s in ["wa.events.>", ">", "*", "wa.*.message", "*.*.>", "a.*"] {
            #expect(NATSNames.isValidSubject(s, wildcards: true), "\(s)")
            #expect(!NATSNames.isValidSubject(s, wildcards: false), "\(s)")
        }
    }

    @Test func malformedSubjects() {
        for s in ["", ".", "a.", ".a", "a..b", "a b", "a\tb", "a\nb", "a\rb", "a.>.b", "a.b>", "a.*b", "a.b*", "a.**",
                  "a.>>", ">.a", "a.>.>"] {
            #expect(!NATSNames.isValidSubject(s, wildcards: true), "\(s)")
            #expect(!NATSNames.isValidSubject(s, wildcards: false), "\(s)")
        }
    }
}
