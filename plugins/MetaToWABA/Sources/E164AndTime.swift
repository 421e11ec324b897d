// Meta's Unix-seconds strings to ISO-8601 UTC (the E.164 and ISO formatting live in the plugin API:
// PhoneNumber.e164, ISOTime.format).
import SwitchyardPluginAPI

enum ISOTimestamp {
    /// Unix seconds (Meta sends them as a string; a JSON number is accepted too) → `2026-04-12T11:00:00Z`.
    /// Nil for anything that is not a whole number of seconds between 1970 and 9999.
    static func fromUnixSeconds(_ text: String) -> String? {
        guard let seconds = Int64(text), seconds >= 0, seconds < 253_402_300_800 else { return nil }
        return ISOTime.format(unixSeconds: seconds)
    }
}
