public import WFCalendar

/// A change to the status of one goal or prepare item, as `wf done`, `wf undone` and
/// `wf progress` make it.
public enum ItemEdit: Sendable, Hashable {
    /// `done: true`.
    case done
    /// `done: false`.
    case undone
    /// `progress:` set to a fraction 0…1, written as a percentage (`80%`).
    case progress(Double)
    /// A finished occurrence added to the `done:` list of a recurring item.
    case addPeriod(Period)
    /// A finished occurrence taken out of the `done:` list.
    case removePeriod(Period)

    /// The key the edit writes.
    public var key: String {
        if case .progress = self { return "progress" }
        return "done"
    }
}

// MARK: - Command-line values

extension ItemEdit {
    /// The forms `--period` accepts, for messages.
    public static let periodForms = "a month 2025-01, a quarter 2025-Q1, a half-year 2025-H1 or a year 2025"

    /// A period of a `done:` list: `2025-01`, `2025-Q1`, `2025-H1` or `2025` (`q`, `h` may be
    /// lower-case); nil for anything else, explicit date ranges included.
    public static func period(_ text: String) -> Period? {
        guard let period = Period.parse(text), !period.label.contains("..") else { return nil }
        return period
    }

    /// A progress value as a fraction: `80%` and `80` are 80%, and so is `0.8` (a number with
    /// a decimal point up to 1 is a fraction); nil when it is not a number from 0 to 100%.
    public static func progress(_ text: String) -> Double? {
        var body = Substring(text.trimmingSpaces)
        var percent = false
        if body.hasSuffix("%") {
            body = body.dropLast()
            percent = true
        }
        body = Substring(String(body).trimmingSpaces)
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              body.filter({ $0 == "." }).count <= 1, let value = Double(body), value.isFinite else { return nil }
        let fraction = !percent && body.contains(".") && value <= 1 ? value : value / 100
        return (0...1).contains(fraction) ? fraction : nil
    }

    /// A fraction as the percentage `progress:` is written with: `80%`, `12.5%`.
    public static func percentText(_ fraction: Double) -> String {
        let hundredths = Int((fraction * 10_000).rounded())
        let whole = hundredths / 100
        let rest = hundredths % 100
        if rest == 0 { return "\(whole)%" }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)%" : "\(whole).\(rest < 10 ? "0" : "")\(rest)%"
    }
}
