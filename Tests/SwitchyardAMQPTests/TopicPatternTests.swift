import Testing
@testable import SwitchyardAMQP

@Suite struct TopicPatternTests {
    @Test func matching() {
        #expect(TopicPattern.matches("whatsapp.inbound.#", "whatsapp.inbound.message"))
        #expect(TopicPattern.matches("whatsapp.inbound.#", "whatsapp.inbound"))
        #expect(TopicPattern.matches("whatsapp.*.auth", "whatsapp.outbound.auth"))
        #expect(!TopicPattern.matches("whatsapp.*.auth", "whatsapp.auth"))
        #expect(TopicPattern.matches("#", "anything.at.all"))
        #expect(!TopicPattern.matches("whatsapp.outbound.message", "whatsapp.outbound.auth"))
    }

    @Test func overlapGivesAKeyBothMatch() throws {
        let cases: [(String, String, Bool)] = [
            ("whatsapp.outbound.#", "whatsapp.outbound.auth", true),
            ("whatsapp.inbound.#", "whatsapp.outbound.#", false),
            ("whatsapp.outbound.message", "whatsapp.outbound.auth", false),
            ("*.outbound.*", "whatsapp.#", true),
            ("a.*", "a.b.c", false),
            ("a.#.c", "a.b.#", true),
            ("#", "x", true),
            ("a.*.c", "a.#", true),
            ("*", "a.b", false),
            ("#.auth", "whatsapp.outbound.*", true),
        ]
        for (a, b, expected) in cases {
            let witness = TopicPattern.overlap(a, b)
            #expect((witness != nil) == expected, "\(a) vs \(b)")
            if let witness {
                #expect(TopicPattern.matches(a, witness) && TopicPattern.matches(b, witness), "\(witness) must match \(a) and \(b)")
            }
            #expect((TopicPattern.overlap(b, a) != nil) == expected, "symmetric: \(b) vs \(a)")
        }
    }
}

@Suite struct AMQPURLTests {
    @Test func parsesUserPasswordHostPortVhost() throws {
        let u = try AMQPURL(parsing: "amqp://app:s%40cret@broker.local:5673/shop%2Fprod")
        #expect(u.user == "app" && u.password == "s@cret" && u.host == "broker.local" && u.port == 5673)
        #expect(u.vhost == "shop/prod")
        #expect(!u.tls)
        #expect(u.description == "amqp://app@broker.local:5673/shop/prod")
    }

    @Test func defaults() throws {
        let u = try AMQPURL(parsing: "amqp://guest:guest@127.0.0.1:5672/")
        #expect(u.vhost == "/" && u.port == 5672)
        let s = try AMQPURL(parsing: "amqps://h")
        #expect(s.tls && s.port == 5671 && s.user == "guest" && s.vhost == "/")
        #expect(try AMQPURL(parsing: "amqp://h/%2F").vhost == "/")
        #expect(try AMQPURL(parsing: "amqp://[::1]:5700/v").host == "::1")
    }

    @Test func rejectsOtherSchemesAndBadPorts() {
        #expect(throws: AMQPURLError.self) { try AMQPURL(parsing: "http://h") }
        #expect(throws: AMQPURLError.self) { try AMQPURL(parsing: "amqp://h:99999/") }
        #expect(throws: AMQPURLError.self) { try AMQPURL(parsing: "amqp://u:%zz@h/") }
    }
}
