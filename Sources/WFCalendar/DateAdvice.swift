public import WFLocalization

/// What is wrong with a date or a duration a planner wrote, and the text that was probably meant.
public enum DateAdvice {
    /// A reason and, when one is clear, the corrected text.
    public struct Advice: Sendable, Equatable {
        /// What is wrong, in both languages (`DateText`).
        public var reason: Message
        public var suggestion: String?
    }

    /// Why `text` is not a date, for the common mistakes: a day past the month's end, the month
    /// written first, a two-digit year, dots or dashes between day, month and year. Nil when
    /// the text does not look like a date at all.
    public static func date(_ text: String) -> Advice? {
        let trimmed = String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        // ISO order: 2024-04-31, 2024-13-01.
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, let year = Int(iso[0]), let month = Int(iso[1]), let day = Int(iso[2]) {
            return dayMonth(day: day, month: month, year: year, iso: true)
        }
        // Day first with any separator: 31/04/2024, 26.04.2024, 26-04-2024, 26/4/24.
        for separator: Character in ["/", ".", "-"] {
            let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }),
                  let first = Int(parts[0]), let second = Int(parts[1]), var year = Int(parts[2]) else { continue }
            var reasons: [Message] = []
            if parts[2].count == 2 {
                year += 2000
                reasons.append(DateText.yearNeedsFourDigits.message)
            } else if parts[2].count != 4 {
                return Advice(reason: DateText.yearNeedsFourDigitsNamed(year: parts[2]), suggestion: nil)
            }
            if separator != "/" { reasons.append(DateText.writeSlashes.message) }
            if let advice = dayMonth(day: first, month: second, year: year, iso: false) {
                reasons.append(advice.reason)
                return Advice(reason: Message.list(reasons, separator: "; "), suggestion: advice.suggestion)
            }
            guard !reasons.isEmpty else { return nil }
            return Advice(reason: Message.list(reasons, separator: "; "), suggestion: slash(first, second, year))
        }
        return nil
    }

    private static func dayMonth(day: Int, month: Int, year: Int, iso: Bool) -> Advice? {
        if month > 12 || month < 1 {
            // Month first (04/26/2024): the day comes first in Vietnamese dates.
            if !iso, (1...12).contains(day), month <= CivilDate.daysInMonth(year: year, month: day) {
                return Advice(reason: DateText.dayComesFirst(month: month),
                              suggestion: slash(month, day, year))
            }
            return Advice(reason: DateText.noSuchMonth(month: month), suggestion: nil)
        }
        let length = CivilDate.daysInMonth(year: year, month: month)
        if day < 1 || day > length {
            return Advice(reason: DateText.monthHasDays(month: DateText.monthName(month), year: year, days: length),
                          suggestion: nil)
        }
        return nil
    }

    private static func slash(_ day: Int, _ month: Int, _ year: Int) -> String {
        (day < 10 ? "0" : "") + "\(day)/" + (month < 10 ? "0" : "") + "\(month)/\(year)"
    }

    /// The duration meant by a number with a unit in words: `14 ngày` → `14d`, `3 ngày làm việc`
    /// → `3wd`, `2 tuần` → `2w`, `4 giờ` → `4h`, `30 phút` → `30m`, `14 days` → `14d`. Nil when
    /// the text is not such a duration.
    public static func duration(_ text: String) -> String? {
        var words = VietnameseFolding.words(text)
        guard let first = words.first else { return nil }
        var sign = ""
        var number = first
        if number.hasPrefix("-") || number.hasPrefix("+") {
            sign = String(number.prefix(1))
            number = String(number.dropFirst())
        }
        if number.isEmpty, words.count > 1 {
            words.removeFirst()
            number = words[0]
        }
        guard !number.isEmpty, number.allSatisfy(\.isASCII), Int(number) != nil else { return nil }
        let unit = words.dropFirst().joined(separator: " ")
        let units: [String: String] = [
            "ngay": "d", "day": "d", "days": "d", "ngay lam viec": "wd", "working day": "wd", "working days": "wd",
            "ngay lv": "wd", "tuan": "w", "week": "w", "weeks": "w", "gio": "h", "hour": "h", "hours": "h",
            "phut": "m", "minute": "m", "minutes": "m", "giay": "s", "second": "s", "seconds": "s",
        ]
        return units[unit].map { sign + number + $0 }
    }
}
