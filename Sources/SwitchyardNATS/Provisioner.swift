import CNATS
import SwitchyardPluginAPI

/// Creates streams and durable consumers, or brings them up to date. Only the fields a config sets are
/// compared and changed (what it leaves out stays as the server has it), so the same config applied
/// twice changes nothing. A field the server cannot change on an existing stream (retention, storage) is
/// a config error naming that field.
enum Provisioner {
    enum Outcome: CustomStringConvertible, Equatable {
        case created, unchanged
        case updated([String])
        var description: String {
            switch self {
            case .created: return "created"
            case .unchanged: return "unchanged"
            case .updated(let fields): return "updated (\(fields.joined(separator: ", ")))"
            }
        }
    }

    static func retention(_ r: RetentionKind) -> jsRetentionPolicy {
        switch r {
        case .limits: return js_LimitsPolicy
        case .workqueue: return js_WorkQueuePolicy
        case .interest: return js_InterestPolicy
        }
    }
    static func retentionName(_ r: jsRetentionPolicy) -> String {
        r == js_WorkQueuePolicy ? "workqueue" : r == js_InterestPolicy ? "interest" : "limits"
    }
    static func storage(_ s: StorageKind) -> jsStorageType { s == .memory ? js_MemoryStorage : js_FileStorage }

    static func ensureStream(_ js: OpaquePointer, _ s: StreamConfig, keyPath: [String], waitMs: Int64) throws -> Outcome {
        var info: UnsafeMutablePointer<jsStreamInfo>?
        var code = jsErrCode(rawValue: 0)
        let status = js_GetStreamInfo(&info, js, s.name, nil, &code)
        defer { if let info { jsStreamInfo_Destroy(info) } }
        let strings = CStrings()

        if status == NATS_NOT_FOUND || code == JSStreamNotFoundErr {
            var cfg = jsStreamConfig()
            try check(jsStreamConfig_Init(&cfg), "stream config")
            cfg.Name = strings(s.name)
            apply(s, to: &cfg, strings)
            var created: UnsafeMutablePointer<jsStreamInfo>?
            var addCode = jsErrCode(rawValue: 0)
            try check(js_AddStream(&created, js, &cfg, nil, &addCode), "create stream '\(s.name)' (\(keyPath.joined(separator: ".")))", addCode)
            if let created { jsStreamInfo_Destroy(created) }
            return .created
        }
        try check(status, "stream info '\(s.name)'", code)
        guard let existing = info?.pointee.Config?.pointee else { throw NATSError(message: "stream info '\(s.name)' without config") }

        // Fields the server cannot change.
        if let r = s.retention, existing.Retention != retention(r) {
            throw ConfigError(
                "stream '\(s.name)' exists with retention \(retentionName(existing.Retention)), which cannot be changed to \(r.rawValue)",
                keyPath: keyPath + ["retention"], hint: "delete the stream (losing its messages) or set retention: \(retentionName(existing.Retention))")
        }
        if let st = s.storage, existing.Storage != storage(st) {
            let have = existing.Storage == js_MemoryStorage ? "memory" : "file"
            throw ConfigError("stream '\(s.name)' exists with storage \(have), which cannot be changed to \(st.rawValue)",
                              keyPath: keyPath + ["storage"], hint: "delete the stream or set storage: \(have)")
        }

        var changed: [String] = []
        let haveSubjects = Set((0..<Int(existing.SubjectsLen)).compactMap { existing.Subjects?[$0].map { String(cString: $0) } })
        if haveSubjects != Set(s.subjects) { changed.append("subjects") }
        if let v = s.max_age, existing.MaxAge != v.nanoseconds { changed.append("max_age") }
        if let v = s.max_bytes, existing.MaxBytes != v { changed.append("max_bytes") }
        if let v = s.max_msgs, existing.MaxMsgs != v { changed.append("max_msgs") }
        if let v = s.max_msg_size, existing.MaxMsgSize != v { changed.append("max_msg_size") }
        if let v = s.duplicate_window, existing.Duplicates != v.nanoseconds { changed.append("duplicate_window") }
        if let v = s.replicas, existing.Replicas != Int64(v) { changed.append("replicas") }
        if let v = s.discard, existing.Discard != (v == .new ? js_DiscardNew : js_DiscardOld) { changed.append("discard") }
        if let d = s.description, (existing.Description.map { String(cString: $0) } ?? "") != d { changed.append("description") }
        if changed.isEmpty { return .unchanged }

        var cfg = existing  // keeps what the config leaves out; its strings live until `info` is destroyed
        apply(s, to: &cfg, strings)
        var updated: UnsafeMutablePointer<jsStreamInfo>?
        var updCode = jsErrCode(rawValue: 0)
        let us = js_UpdateStream(&updated, js, &cfg, nil, &updCode)
        if let updated { jsStreamInfo_Destroy(updated) }
        if us != NATS_OK {
            let e = NATSError(us, "update stream '\(s.name)'", jsErrorCode: updCode)
            throw ConfigError("stream '\(s.name)' cannot be brought up to date (\(changed.joined(separator: ", ")) differ): \(e.text)",
                              keyPath: keyPath + [changed[0]])
        }
        return .updated(changed)
    }

    private static func apply(_ s: StreamConfig, to cfg: inout jsStreamConfig, _ strings: CStrings) {
        cfg.Subjects = strings.array(s.subjects)
        cfg.SubjectsLen = Int32(s.subjects.count)
        if let r = s.retention { cfg.Retention = retention(r) }
        if let st = s.storage { cfg.Storage = storage(st) }
        if let v = s.max_age { cfg.MaxAge = v.nanoseconds }  // nanoseconds in nats.c
        if let v = s.max_bytes { cfg.MaxBytes = v }
        if let v = s.max_msgs { cfg.MaxMsgs = v }
        if let v = s.max_msg_size { cfg.MaxMsgSize = v }
        if let v = s.duplicate_window { cfg.Duplicates = v.nanoseconds }
        if let v = s.replicas { cfg.Replicas = Int64(v) }
        if let v = s.discard { cfg.Discard = v == .new ? js_DiscardNew : js_DiscardOld }
        if let d = s.description { cfg.Description = strings(d) }
    }

    static func deliverPolicy(_ d: DeliverKind) -> jsDeliverPolicy {
        switch d {
        case .all: return js_DeliverAll
        case .new: return js_DeliverNew
        case .last: return js_DeliverLast
        }
    }

    /// A durable pull consumer with explicit acks.
    static func ensureConsumer(_ js: OpaquePointer, _ c: ConsumerConfig, keyPath: [String]) throws -> Outcome {
        var info: UnsafeMutablePointer<jsConsumerInfo>?
        var code = jsErrCode(rawValue: 0)
        let status = js_GetConsumerInfo(&info, js, c.stream, c.name, nil, &code)
        defer { if let info { jsConsumerInfo_Destroy(info) } }
        let strings = CStrings()
        var backoff = (c.backoff ?? []).map(\.nanoseconds)

        if status == NATS_NOT_FOUND || code == JSConsumerNotFoundErr {
            var cfg = jsConsumerConfig()
            try check(jsConsumerConfig_Init(&cfg), "consumer config")
            cfg.Durable = strings(c.name)
            cfg.AckPolicy = js_AckExplicit
            cfg.AckWait = (c.ack_wait ?? ConfigDuration(.seconds(30))).nanoseconds
            cfg.MaxDeliver = Int64(c.max_deliver ?? -1)
            cfg.MaxAckPending = Int64(c.max_ack_pending ?? 1000)
            cfg.DeliverPolicy = deliverPolicy(c.deliver_policy ?? .all)
            if let f = c.filter_subject { cfg.FilterSubject = strings(f) }
            if let d = c.description { cfg.Description = strings(d) }
            var addCode = jsErrCode(rawValue: 0)
            var created: UnsafeMutablePointer<jsConsumerInfo>?
            let s = backoff.withUnsafeMutableBufferPointer { b -> natsStatus in
                if !b.isEmpty {
                    cfg.BackOff = b.baseAddress
                    cfg.BackOffLen = Int32(b.count)
                }
                return js_AddConsumer(&created, js, c.stream, &cfg, nil, &addCode)
            }
            if let created { jsConsumerInfo_Destroy(created) }
            try check(s, "create consumer '\(c.name)' on stream '\(c.stream)' (\(keyPath.joined(separator: ".")))", addCode)
            return .created
        }
        try check(status, "consumer info '\(c.stream)/\(c.name)'", code)
        guard let existing = info?.pointee.Config?.pointee else { throw NATSError(message: "consumer info without config") }

        if existing.DeliverSubject != nil {
            throw ConfigError("consumer '\(c.name)' on stream '\(c.stream)' exists as a push consumer; Switchyard needs a pull consumer",
                              keyPath: keyPath + ["name"], hint: "use another name or delete that consumer")
        }
        if existing.AckPolicy != js_AckExplicit {
            throw ConfigError("consumer '\(c.name)' exists without explicit acks, which cannot be changed", keyPath: keyPath + ["name"])
        }
        if let d = c.deliver_policy, existing.DeliverPolicy != deliverPolicy(d) {
            throw ConfigError("consumer '\(c.name)' exists with another deliver_policy, which cannot be changed to \(d.rawValue)",
                              keyPath: keyPath + ["deliver_policy"])
        }
        var changed: [String] = []
        if let v = c.ack_wait, existing.AckWait != v.nanoseconds { changed.append("ack_wait") }
        if let v = c.max_deliver, existing.MaxDeliver != Int64(v <= 0 ? -1 : v) { changed.append("max_deliver") }
        if let v = c.max_ack_pending, existing.MaxAckPending != Int64(v) { changed.append("max_ack_pending") }
        let haveFilter = existing.FilterSubject.map { String(cString: $0) } ?? ""
        if let f = c.filter_subject, haveFilter != f { changed.append("filter_subject") }
        if c.backoff != nil {
            let have = (0..<Int(existing.BackOffLen)).map { existing.BackOff![$0] }
            if have != backoff { changed.append("backoff") }
        }
        if let d = c.description, (existing.Description.map { String(cString: $0) } ?? "") != d { changed.append("description") }
        if changed.isEmpty { return .unchanged }

        var cfg = existing
        if let v = c.ack_wait { cfg.AckWait = v.nanoseconds }
        if let v = c.max_deliver { cfg.MaxDeliver = Int64(v <= 0 ? -1 : v) }
        if let v = c.max_ack_pending { cfg.MaxAckPending = Int64(v) }
        if let f = c.filter_subject { cfg.FilterSubject = strings(f) }
        if let d = c.description { cfg.Description = strings(d) }
        var updCode = jsErrCode(rawValue: 0)
        var updated: UnsafeMutablePointer<jsConsumerInfo>?
        let s = backoff.withUnsafeMutableBufferPointer { b -> natsStatus in
            if c.backoff != nil {
                cfg.BackOff = b.isEmpty ? nil : b.baseAddress
                cfg.BackOffLen = Int32(b.count)
            }
            return js_UpdateConsumer(&updated, js, c.stream, &cfg, nil, &updCode)
        }
        if let updated { jsConsumerInfo_Destroy(updated) }
        if s != NATS_OK {
            let e = NATSError(s, "update consumer '\(c.name)'", jsErrorCode: updCode)
            throw ConfigError("consumer '\(c.name)' on stream '\(c.stream)' cannot be brought up to date (\(changed.joined(separator: ", ")) differ): \(e.text)",
                              keyPath: keyPath + [changed[0]])
        }
        return .updated(changed)
    }
}
