// `meta_to_waba`: the step a route runs on each Meta webhook POST. It splits the POST into WABA events
// (MetaWebhookTranslator) and turns them into messages with the metadata a sink routes by.
import SwitchyardPluginAPI

public func registerPlugins(into registry: inout PluginRegistry) {
    registry.registerTransform(
        "meta_to_waba",
        summary: "Splits a Meta WhatsApp Cloud API webhook POST into WABA inbound events (seed 001): one MESSAGE_RECEIVED "
            + "per message and one STATUS_WEBHOOK per status across all entry[] × changes[]. Sets metadata waba.routing_key "
            + "(whatsapp.inbound.message | .status), waba.kind, waba.event, waba.message_id; output ids are the wamid "
            + "(wamid:status for statuses). Types the contract cannot express follow `policies`.",
        config: MetaToWABAConfig.self
    ) { config, _ in try MetaToWABAStep(config) }
}

/// Metadata keys set on every output message (documented in plugins/MetaToWABA/README.md).
enum MetadataKey {
    static let kind = "waba.kind"
    static let routingKey = "waba.routing_key"
    static let event = "waba.event"
    static let messageId = "waba.message_id"
    static let messageType = "waba.message_type"
    static let status = "waba.status"
    static let accountId = "waba.account_id"
    static let number = "waba.number"
    static let sourcePath = "waba.source_path"
    static let rejectReason = "waba.reject_reason"
}

struct MetaToWABAStep: Transform {
    let translator: MetaWebhookTranslator
    let mode: BadPartMode
    let messageRoutingKey: String
    let statusRoutingKey: String

    init(_ config: MetaToWABAConfig) throws(ConfigError) {
        translator = MetaWebhookTranslator(policies: Policies(config.policies))
        mode = config.on_bad_part ?? .reject_post
        let prefix = config.routing_key_prefix ?? "whatsapp.inbound"
        guard !prefix.isEmpty, !prefix.hasSuffix("."), !prefix.hasPrefix("."), !prefix.contains("..") else {
            throw ConfigError.invalid("routing_key_prefix", "'\(prefix)' is not a routing key prefix",
                                      hint: "dot-separated words without a trailing dot, e.g. whatsapp.inbound")
        }
        messageRoutingKey = prefix + ".message"
        statusRoutingKey = prefix + ".status"
    }

    func process(_ message: consuming Message) async -> TransformResult {
        let root: JSONValue
        do { root = try message.json() } catch { return .rejected(reason: "body is not JSON: \(error)") }
        let translation: Translation
        do { translation = try translator.translate(root) } catch { return .rejected(reason: error.reason) }

        if !translation.rejections.isEmpty, mode == .reject_post {
            // A POST of hundreds of bad parts must not make a reason of hundreds of lines.
            var parts = translation.rejections.prefix(5).map(\.reason).joined(separator: "; ")
            if translation.rejections.count > 5 { parts += "; and \(translation.rejections.count - 5) more" }
            let good = translation.events.count
            let count = translation.rejections.count
            return .rejected(reason: "\(count) bad part\(count == 1 ? "" : "s") (\(parts)); the whole POST is rejected, "
                + "its \(good) good part\(good == 1 ? "" : "s") with it, so that none is lost")
        }
        var outputs: [Message] = []
        outputs.reserveCapacity(translation.events.count + translation.rejections.count)
        for event in translation.events { outputs.append(output(event, from: message)) }
        if mode == .split {
            for rejection in translation.rejections { outputs.append(output(rejection, from: message)) }
        }
        if outputs.isEmpty {
            var reasons = translation.drops
            if !translation.ignoredFields.isEmpty {
                reasons.append("ignored field\(translation.ignoredFields.count == 1 ? "" : "s") \(translation.ignoredFields.joined(separator: ", "))")
            }
            return .dropped(reason: reasons.isEmpty ? "no entries" : reasons.joined(separator: "; "))
        }
        return .messages(outputs)
    }

    /// Headers are not carried: the POST's HTTP headers (its signature above all) describe the POST, not
    /// the event. Metadata is carried, so a route still sees what the source set.
    private func output(_ event: WABAEvent, from input: Message) -> Message {
        var metadata = input.metadata
        metadata.reserveCapacity(metadata.count + 9)  // one allocation instead of one per growth
        metadata[MetadataKey.kind] = event.kind.rawValue
        metadata[MetadataKey.routingKey] = event.kind == .message ? messageRoutingKey : statusRoutingKey
        metadata[MetadataKey.event] = event.kind == .message ? "MESSAGE_RECEIVED" : "STATUS_WEBHOOK"
        metadata[MetadataKey.messageId] = event.messageId
        metadata[MetadataKey.messageType] = event.messageType
        metadata[MetadataKey.status] = event.status
        metadata[MetadataKey.accountId] = event.accountId
        metadata[MetadataKey.number] = event.number
        metadata[MetadataKey.sourcePath] = event.path
        return Message(id: event.id, json: event.body, metadata: metadata, source: input.source, deliveryCount: input.deliveryCount)
    }

    /// A bad part in `split` mode: the Meta object with why it failed, no routing key (so a sink
    /// templating `{$meta.waba.routing_key}` cannot publish it as an event).
    private func output(_ rejection: PartRejection, from input: Message) -> Message {
        var metadata = input.metadata
        metadata[MetadataKey.kind] = "rejected"
        metadata[MetadataKey.rejectReason] = rejection.reason
        metadata[MetadataKey.sourcePath] = rejection.path
        metadata[MetadataKey.accountId] = rejection.accountId
        var body = JSONObject()
        body.append("error", .string(rejection.reason))
        body.append("path", .string(rejection.path))
        body.append("wabaAccountId", rejection.accountId.map(JSONValue.string) ?? .null)
        body.append("part", rejection.part)
        return Message(id: "\(input.id):\(rejection.path)", json: .object(body),
                       headers: ["x-switchyard-error": rejection.reason], metadata: metadata,
                       source: input.source, deliveryCount: input.deliveryCount)
    }
}
