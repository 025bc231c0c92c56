/// What the STT cell of an annex row says: a Roman-numeral group (`I`, `II.`), a task number
/// (`1`, `2.`), a sub-row (`1.1`, `2.3.1`, `a)`), or nothing.
public enum RowNumbering: Sendable, Equatable {
    case group(Int)
    case task(String)
    case subTask(parent: String?, number: String)
    case none

    /// Reads an STT cell.
    public static func parse(_ text: String) -> RowNumbering {
        var trimmed = text.trimmingSpaces
        while let last = trimmed.last, last == "." || last == ")" { trimmed.removeLast() }
        guard !trimmed.isEmpty else { return .none }
        if let value = RomanNumeral.value(trimmed) { return .group(value) }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
            return parts.count == 1 ? .task(trimmed) : .subTask(parent: parts.dropLast().joined(separator: "."), number: trimmed)
        }
        if trimmed.count == 1, let letter = trimmed.first, letter.isLetter, letter.isLowercase {
            return .subTask(parent: nil, number: trimmed)
        }
        if trimmed == "-" || trimmed == "+" || trimmed == "*" || trimmed == "•" { return .subTask(parent: nil, number: trimmed) }
        return .none
    }
}

/// Roman numerals as annexes number their groups: I to XXXIX, upper-case.
public enum RomanNumeral {
    /// The value of `text` (`IV` → 4), or nil when it is not a Roman numeral in canonical form.
    public static func value(_ text: String) -> Int? {
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        guard !text.isEmpty, text.count <= 8, text.allSatisfy({ digits[$0] != nil }) else { return nil }
        var total = 0
        let values = text.compactMap { digits[$0] }
        for (index, value) in values.enumerated() {
            if index + 1 < values.count, value < values[index + 1] { total -= value } else { total += value }
        }
        return total > 0 && numeral(total) == text ? total : nil
    }

    /// `4` → `IV`.
    public static func numeral(_ value: Int) -> String {
        let table: [(Int, String)] = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var out = ""
        for (amount, letters) in table {
            while rest >= amount {
                out += letters
                rest -= amount
            }
        }
        return out
    }

    /// A group title written in one cell with its numeral: `II. Phát triển hạ tầng số` → (2, title).
    public static func leading(_ text: String) -> (value: Int, rest: String)? {
        let trimmed = text.trimmingSpaces
        guard let end = trimmed.firstIndex(where: { $0 == "." || $0 == " " || $0 == ")" || $0 == "-" }) else { return nil }
        guard let value = value(String(trimmed[..<end])) else { return nil }
        var rest = trimmed[end...].drop { $0 == "." || $0 == " " || $0 == ")" || $0 == "-" || $0 == "–" || $0 == ":" }
        rest = rest.drop { $0 == " " }
        return rest.isEmpty ? nil : (value, String(rest))
    }
}
