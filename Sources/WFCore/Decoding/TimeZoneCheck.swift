import Foundation

/// Whether a time zone name is one the system knows.
enum TimeZoneCheck {
    static func isKnown(_ identifier: String) -> Bool {
        identifier == Plan.defaultTimeZone || TimeZone(identifier: identifier) != nil
    }
}
