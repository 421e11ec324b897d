// Small JSON helpers of the WA-RS → WABA translation (phone numbers and times: PhoneNumber, ISOTime, WallClock
// in the plugin API).
import SwitchyardPluginAPI

extension JSONObject {
    /// A member as a string; nil when absent, null or not a string.
    @inline(__always) func string(_ key: String) -> String? {
        if case .string(let s)? = self[key] { return s }
        return nil
    }
    /// A member as an object; nil when absent, null or not an object.
    @inline(__always) func object(_ key: String) -> JSONObject? {
        if case .object(let o)? = self[key] { return o }
        return nil
    }
}

/// A string member, or null when there is none: for optional output fields.
@inline(__always) func stringOrNull(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
