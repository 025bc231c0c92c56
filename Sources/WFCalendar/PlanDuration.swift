/// A signed duration from a plan: `14d`, `-10wd`, `2w`, `4h`, `30m`, `45s`.
public struct PlanDuration: Sendable, Hashable, CustomStringConvertible {
    /// The unit of a duration, spelled as its suffix.
    public enum Unit: String, Sendable, CaseIterable {
        /// Calendar days.
        case days = "d"
        /// Working days of the plan's calendar.
        case workingDays = "wd"
        /// Weeks of seven calendar days.
        case weeks = "w"
        /// Hours.
        case hours = "h"
        /// Minutes.
        case minutes = "m"
        /// Seconds.
        case seconds = "s"

        /// Seconds in one unit; nil for working days, whose length depends on the calendar.
        public var seconds: Int? {
            switch self {
            case .days: 86_400
            case .weeks: 7 * 86_400
            case .hours: 3_600
            case .minutes: 60
            case .seconds: 1
            case .workingDays: nil
            }
        }
    }

    /// The largest magnitude of ``amount``: six digits (999 999 seconds is 11.6 days).
    public static let maxAmount = 999_999

    /// The signed number of units; negative means before.
    public let amount: Int
    /// The unit.
    public let unit: Unit

    /// A duration; `amount` is clamped to ±``maxAmount``.
    public init(amount: Int, unit: Unit) {
        self.amount = min(max(amount, -PlanDuration.maxAmount), PlanDuration.maxAmount)
        self.unit = unit
    }

    /// Parses an optional sign (`-` before, `+`), one to six ASCII digits and a unit suffix
    /// (`d`, `wd`, `w`, `h`, `m`, `s`), with no spaces: `14d`, `-10wd`, `+3d`.
    public static func parse(_ text: String) -> PlanDuration? {
        var bytes = Array(text.utf8)[...]
        var sign = 1
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            bytes = bytes.dropFirst()
        }
        let unit: Unit
        if bytes.count >= 2, bytes.suffix(2).elementsEqual("wd".utf8) {
            unit = .workingDays
        } else if let last = bytes.last, let single = Unit(rawValue: String(UnicodeScalar(last))),
                  single != .workingDays {
            unit = single
        } else {
            return nil
        }
        let digits = bytes.dropLast(unit.rawValue.utf8.count)
        guard digits.count <= 6, let value = ASCII.number(digits) else { return nil }
        return PlanDuration(amount: sign * value, unit: unit)
    }

    /// The length in seconds; nil for working days. A day is 86 400 s, a week 7 days.
    public var seconds: Double? {
        unit.seconds.map { Double(amount * $0) }
    }

    /// True for a negative amount (`-10wd`: before).
    public var isNegative: Bool { amount < 0 }

    /// The duration as written, without a `+`: `-10wd`, `14d`.
    public var description: String { "\(amount)\(unit.rawValue)" }
}
