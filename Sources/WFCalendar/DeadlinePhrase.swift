public import WFLocalization

/// A deadline as Vietnamese plans write it: "Quý II/2025", "Tháng 8/2026", "Trước 15/10/2025",
/// "Chậm nhất ngày 15/10/2025", "6 tháng đầu năm 2025", "Năm 2025", "Thường xuyên".
///
/// Read case-insensitively, with or without diacritics; the text is kept as written for display.
public struct DeadlinePhrase: Sendable, Hashable {
    /// What the phrase says.
    public enum Meaning: Sendable, Hashable {
        /// Within a span (a quarter, a half-year, a month, a year): due on its last working day.
        case within(Period)
        /// Before a date ("trước 15/10/2025"): due on the last working day before it.
        case before(CivilDate)
        /// On or before a date ("chậm nhất 15/10/2025", "trong ngày 15/10/2025"): due that day.
        case byDate(CivilDate)
        /// Before day N of each period of a recurring task ("trước ngày 20").
        case beforeDay(Int)
        /// On or before day N of each period of a recurring task ("chậm nhất ngày 20").
        case byDay(Int)
        /// Continuous work ("thường xuyên"): no due date, never overdue.
        case ongoing
    }

    /// The phrase as written.
    public let text: String
    public let meaning: Meaning

    public init(text: String, meaning: Meaning) {
        self.text = text
        self.meaning = meaning
    }

    /// The due date on `calendar`: the last working day of a span, the last working day before a
    /// "trước" date, the date itself for "chậm nhất"; nil for "thường xuyên" and for day-of-period
    /// phrases (they need a period: ``due(in:calendar:)``).
    public func due(on calendar: WorkingCalendar) -> CivilDate? {
        switch meaning {
        case .within(let period): calendar.lastWorkingDay(onOrBefore: period.end)
        case .before(let date): calendar.lastWorkingDay(onOrBefore: date.adding(days: -1))
        case .byDate(let date): date
        case .beforeDay, .byDay, .ongoing: nil
        }
    }

    /// The due date of the occurrence of a recurring task in `period`: day N of the period's
    /// last month (the month's last day when it is shorter), moved to the working day before
    /// when it is a day off; the day before N for "trước ngày N".
    public func due(in period: Period, calendar: WorkingCalendar) -> CivilDate? {
        let month = period.end
        func day(_ n: Int) -> CivilDate {
            let last = CivilDate.daysInMonth(year: month.year, month: month.month)
            return CivilDate(checkedYear: month.year, month: month.month, day: min(max(1, n), last))
        }
        switch meaning {
        case .beforeDay(let n): return calendar.lastWorkingDay(onOrBefore: day(n).adding(days: -1))
        case .byDay(let n): return calendar.lastWorkingDay(onOrBefore: day(n))
        default: return due(on: calendar)
        }
    }

    /// True for the phrases of a recurring task ("trước ngày 20"), which name no month.
    public var isDayOfPeriod: Bool {
        switch meaning {
        case .beforeDay, .byDay: true
        default: false
        }
    }

    /// The accepted forms, for error messages, in both languages.
    public static var forms: Message { DateText.deadlineForms.message }

    // MARK: - Parsing

    /// Reads a phrase, or nil when `text` is not one of the accepted forms.
    public static func parse(_ text: String) -> DeadlinePhrase? {
        let words = VietnameseFolding.words(text)
        guard !words.isEmpty, let meaning = meaning(words[...]) else { return nil }
        return DeadlinePhrase(text: text.trimmingSpaces, meaning: meaning)
    }

    private static func meaning(_ words: ArraySlice<String>) -> Meaning? {
        var rest = words
        func take(_ word: String) -> Bool {
            guard rest.first == word else { return false }
            rest = rest.dropFirst()
            return true
        }
        if rest.elementsEqual(["thuong", "xuyen"]) { return .ongoing }
        if take("truoc") {
            _ = take("ngay")
            if rest.count == 1, let day = dayNumber(rest.first) { return .beforeDay(day) }
            if let date = date(rest) { return .before(date) }
            if let period = span(rest) { return .before(period.start) }
            return nil
        }
        if take("cham") {
            guard take("nhat") else { return nil }
            _ = take("la") || take("vao")
            _ = take("ngay")
            if rest.count == 1, let day = dayNumber(rest.first) { return .byDay(day) }
            if let date = date(rest) { return .byDate(date) }
            if let period = span(rest) { return .within(period) }
            return nil
        }
        if take("trong") {
            if take("ngay") { return date(rest).map(Meaning.byDate) }
            return span(rest).map(Meaning.within)
        }
        if let period = span(rest) { return .within(period) }
        return nil
    }

    /// "quy II/2025", "quy 2 nam 2025", "thang 8/2026", "6 thang dau nam 2025", "nam 2025", "2025-Q2".
    private static func span(_ words: ArraySlice<String>) -> Period? {
        let list = Array(words)
        if list.count == 1, let period = Period.parse(list[0].uppercased()) { return period }
        switch list.first {
        case "quy":
            guard let (number, year) = numberAndYear(list.dropFirst()), let quarter = quarterNumber(number) else { return nil }
            return Period.parse("\(year)-Q\(quarter)")
        case "thang":
            guard let (number, year) = numberAndYear(list.dropFirst()), let month = Int(number), (1...12).contains(month) else { return nil }
            return Period.parse("\(year)-\(month < 10 ? "0" : "")\(month)")
        case "nam":
            guard list.count == 2, let year = yearNumber(list[1]) else { return nil }
            return Period.parse("\(year)")
        case "6", "sau":
            // "6 tháng đầu năm 2025", "6 tháng cuối năm 2025" (also "sáu tháng …").
            guard list.count == 5, list[1] == "thang", list[3] == "nam", let year = yearNumber(list[4]) else { return nil }
            switch list[2] {
            case "dau": return Period.parse("\(year)-H1")
            case "cuoi": return Period.parse("\(year)-H2")
            default: return nil
            }
        default:
            return nil
        }
    }

    /// "II/2025", "2/2025", "II nam 2025", "2 nam 2025", "II - 2025".
    private static func numberAndYear(_ words: ArraySlice<String>) -> (String, Int)? {
        let list = Array(words)
        if list.count == 1 {
            let parts = list[0].split(separator: "/")
            guard parts.count == 2, let year = yearNumber(String(parts[1])) else { return nil }
            return (String(parts[0]), year)
        }
        if list.count == 3, list[1] == "nam" || list[1] == "-", let year = yearNumber(list[2]) { return (list[0], year) }
        if list.count == 2, list[1].hasPrefix("/"), let year = yearNumber(String(list[1].dropFirst())) { return (list[0], year) }
        return nil
    }

    private static func quarterNumber(_ text: String) -> Int? {
        switch text {
        case "i", "1": 1
        case "ii", "2": 2
        case "iii", "3": 3
        case "iv", "4": 4
        default: nil
        }
    }

    private static func yearNumber(_ text: String) -> Int? {
        guard text.utf8.count == 4, let year = Int(text), year >= 1900, year <= 2200 else { return nil }
        return year
    }

    private static func dayNumber(_ text: String?) -> Int? {
        guard let text, text.utf8.count <= 2, let day = Int(text), (1...31).contains(day) else { return nil }
        return day
    }

    /// "15/10/2025", "2025-10-15", "15 thang 10 nam 2025".
    private static func date(_ words: ArraySlice<String>) -> CivilDate? {
        let list = Array(words)
        if list.count == 1 { return CivilDate.parse(list[0]) }
        if list.count == 5, list[1] == "thang", list[3] == "nam",
           let day = Int(list[0]), let month = Int(list[2]), let year = yearNumber(list[4]) {
            return CivilDate(year: year, month: month, day: day)
        }
        return nil
    }
}

// MARK: - Suggestions

extension DeadlinePhrase {
    /// A corrected phrase for a near miss ("Quí II/2025" → "Quý II/2025"): each word within one
    /// edit of a phrase word is replaced by it, and the result must read as a phrase.
    public static func suggestion(for text: String) -> String? {
        let pieces = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var changed = false
        let fixed = pieces.map { piece -> String in
            let folded = VietnameseFolding.fold(piece)
            guard folded.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }), !keywords.keys.contains(folded) else { return piece }
            guard let match = keywords.first(where: { VietnameseFolding.withinOneEdit(folded, $0.key) }) else { return piece }
            changed = true
            let word = match.value
            return piece.first?.isUppercase == true ? word.prefix(1).uppercased() + word.dropFirst() : word
        }
        guard changed else { return nil }
        let candidate = fixed.joined(separator: " ")
        return parse(candidate) == nil ? nil : candidate
    }

    /// The words of the phrases, folded → as written.
    private static let keywords: [String: String] = [
        "quy": "quý", "thang": "tháng", "nam": "năm", "truoc": "trước", "ngay": "ngày", "cham": "chậm",
        "nhat": "nhất", "trong": "trong", "thuong": "thường", "xuyen": "xuyên", "dau": "đầu", "cuoi": "cuối",
    ]
}

// MARK: - Folding

/// Vietnamese text folded for matching: lower-case, without diacritics, "đ" as "d".
public enum VietnameseFolding {
    public static func fold(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if let base = bases[scalar] {
                result.unicodeScalars.append(base)
            } else if !("\u{300}"..."\u{36F}").contains(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Every precomposed lower-case Vietnamese letter with a diacritic, by its base letter.
    private static let bases: [Unicode.Scalar: Unicode.Scalar] = {
        let table: [(Unicode.Scalar, String)] = [
            ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"),
            ("o", "òóỏõọôồốổỗộơờớởỡợ"), ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"), ("d", "đ"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (base, letters) in table {
            for letter in letters.unicodeScalars { map[letter] = base }
        }
        return map
    }()

    /// The folded words, split at spaces; "/" stays inside a word ("ii/2025"), a "," is dropped.
    static func words(_ text: String) -> [String] {
        fold(text).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == ":" }).map(String.init)
    }

    /// True when `a` becomes `b` by one substitution, insertion or deletion (or none).
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if x.count < y.count { j += 1 } else {
                i += 1
                j += 1
            }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}

private extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension WorkingCalendar {
    /// The last working day on or before `date`.
    public func lastWorkingDay(onOrBefore date: CivilDate) -> CivilDate {
        var day = date
        var steps = 0
        while !isWorkingDay(day), steps < 366 {
            day = day.adding(days: -1)
            steps += 1
        }
        return day
    }
}
