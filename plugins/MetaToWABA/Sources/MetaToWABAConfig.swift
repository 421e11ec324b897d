// Config of `meta_to_waba`: what to do with what the WABA contract (seed 001) cannot express, and what a
// POST with a bad part becomes.
import SwitchyardPluginAPI

/// Meta types with a faithful text: map them to a TEXT event, drop them (counted), or dead-letter them.
enum TextPolicy: String, ConfigEnum { case text, drop, dead_letter }
/// A sticker is a WebP image: it can go as an IMAGE event.
enum StickerPolicy: String, ConfigEnum { case image, drop, dead_letter }
/// `played` (a voice message was played) implies it was read.
enum PlayedPolicy: String, ConfigEnum { case read, drop, dead_letter }
/// Types with no faithful WABA form.
enum DropPolicy: String, ConfigEnum { case drop, dead_letter }
/// A POST with a part that cannot be translated (a dead-letter policy or a malformed field).
enum BadPartMode: String, ConfigEnum { case reject_post, split }

/// What happens to one part, whatever the policy's spelling.
enum PartAction: Sendable, Equatable {
    /// Translated: TEXT for text policies, IMAGE for stickers, `read` for `played`.
    case translate
    case drop
    case deadLetter
}

struct PolicyConfig: Decodable, Sendable {
    var location: TextPolicy?
    var contacts: TextPolicy?
    var button: TextPolicy?
    var button_reply: TextPolicy?
    var list_reply: TextPolicy?
    var nfm_reply: TextPolicy?
    var reaction: TextPolicy?
    var system: TextPolicy?
    var sticker: StickerPolicy?
    var order: DropPolicy?
    var unsupported: DropPolicy?
    var other: DropPolicy?
    var played: PlayedPolicy?
    var other_status: DropPolicy?
    var bsuid_sender: DropPolicy?
}

struct MetaToWABAConfig: PluginConfig {
    var policies: PolicyConfig?
    var on_bad_part: BadPartMode?
    var routing_key_prefix: String?

    static let fields: [ConfigField] = [
        ConfigField("policies", "map of type → policy",
                    "What to do with what the contract cannot express; each key takes the values shown, the default first: "
                        + "location, contacts, button, button_reply, list_reply, system: text | drop | dead_letter (default text); "
                        + "reaction: drop by default (text gives the emoji); nfm_reply: dead_letter by default (text gives response_json); "
                        + "sticker: drop | image | dead_letter; order, other (unknown types), bsuid_sender: dead_letter | drop; "
                        + "unsupported, other_status: drop | dead_letter; played: drop | read | dead_letter."),
        ConfigField("on_bad_part", "reject_post | split", default: "reject_post",
                    "A POST with a part to dead-letter (policy or malformed field): `reject_post` dead-letters the whole POST, "
                        + "naming every bad part, and emits nothing; `split` emits the good parts and each bad part as a message "
                        + "with metadata waba.kind=rejected (route it with `when`)."),
        ConfigField("routing_key_prefix", "string", default: "whatsapp.inbound",
                    "Prefix of metadata waba.routing_key: <prefix>.message or <prefix>.status."),
    ]
}

/// The resolved policies, as actions.
struct Policies: Sendable, Equatable {
    var location: PartAction = .translate
    var contacts: PartAction = .translate
    var button: PartAction = .translate
    var buttonReply: PartAction = .translate
    var listReply: PartAction = .translate
    var nfmReply: PartAction = .deadLetter
    var reaction: PartAction = .drop
    var system: PartAction = .translate
    var sticker: PartAction = .drop
    var order: PartAction = .deadLetter
    var unsupported: PartAction = .drop
    var other: PartAction = .deadLetter
    var played: PartAction = .drop
    var otherStatus: PartAction = .drop
    var bsuidSender: PartAction = .deadLetter

    init() {}

    init(_ config: PolicyConfig?) {
        guard let c = config else { return }
        func set(_ target: inout PartAction, _ value: TextPolicy?) {
            switch value {
            case .text: target = .translate
            case .drop: target = .drop
            case .dead_letter: target = .deadLetter
            case nil: break
            }
        }
        func set(_ target: inout PartAction, _ value: DropPolicy?) {
            switch value {
            case .drop: target = .drop
            case .dead_letter: target = .deadLetter
            case nil: break
            }
        }
        set(&location, c.location)
        set(&contacts, c.contacts)
        set(&button, c.button)
        set(&buttonReply, c.button_reply)
        set(&listReply, c.list_reply)
        set(&nfmReply, c.nfm_reply)
        set(&reaction, c.reaction)
        set(&system, c.system)
        switch c.sticker {
        case .image: sticker = .translate
        case .drop: sticker = .drop
        case .dead_letter: sticker = .deadLetter
        case nil: break
        }
        set(&order, c.order)
        set(&unsupported, c.unsupported)
        set(&other, c.other)
        switch c.played {
        case .read: played = .translate
        case .drop: played = .drop
        case .dead_letter: played = .deadLetter
        case nil: break
        }
        set(&otherStatus, c.other_status)
        set(&bsuidSender, c.bsuid_sender)
    }
}
