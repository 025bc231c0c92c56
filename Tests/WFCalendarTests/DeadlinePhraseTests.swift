import Testing
@testable import WFCalendar

/// Deadline phrases against the Vietnamese working-day calendar.
@Suite("deadline phrases")
struct DeadlinePhraseTests {
    @Test("a phrase resolves to the working day the plan means", arguments: [
        ("Quý II/2025", "2025-06-30"),
        ("quý 2 năm 2025", "2025-06-30"),
        ("QUY II/2025", "2025-06-30"),
        ("Quý II năm 2025", "2025-06-30"),
        ("Trong quý II/2025", "2025-06-30"),
        ("Tháng 8/2026", "2026-08-31"),           // a Monday; no swap for Quốc khánh 2026 is in the calendar data
        ("tháng 12/2024", "2024-12-31"),
        ("6 tháng đầu năm 2025", "2025-06-30"),
        ("6 tháng cuối năm 2025", "2025-12-31"),
        ("Năm 2025", "2025-12-31"),
        ("nam 2025", "2025-12-31"),
        ("Quý I/2026", "2026-03-31"),
        ("Quý III/2025", "2025-09-30"),
        ("Quý IV/2023", "2023-12-29"),            // 30–31/12/2023 are a weekend
        ("Trước 15/10/2025", "2025-10-14"),
        ("trước ngày 15/10/2025", "2025-10-14"),
        ("Truoc ngay 15/10/2025", "2025-10-14"),
        ("Trước 01/09/2025", "2025-08-29"),       // 30–31/08 a weekend, 01/09 itself the day after
        ("Chậm nhất 15/10/2025", "2025-10-15"),
        ("chậm nhất ngày 15/10/2025", "2025-10-15"),
        ("Trong ngày 15/10/2025", "2025-10-15"),
        ("chậm nhất ngày 15 tháng 10 năm 2025", "2025-10-15"),
        ("2025-Q2", "2025-06-30"),
        ("Tháng 4/2024", "2024-04-26"),            // 29/04 was a swapped day off, 30/04 and 01/05 holidays, 27–28 a weekend
    ])
    func resolves(text: String, expected: String) throws {
        let phrase = try #require(DeadlinePhrase.parse(text), "not read: \(text)")
        #expect(phrase.due(on: .vn) == day(expected), "\(text)")
        #expect(phrase.text == text)
    }

    @Test("Thường xuyên has no due date")
    func ongoing() throws {
        for text in ["Thường xuyên", "thuong xuyen", "THƯỜNG XUYÊN"] {
            let phrase = try #require(DeadlinePhrase.parse(text))
            #expect(phrase.meaning == .ongoing)
            #expect(phrase.due(on: .vn) == nil)
        }
    }

    @Test("a span that ends on a day off ends on the working day before, on the plan's own calendar")
    func planCalendar() throws {
        let phrase = try #require(DeadlinePhrase.parse("Quý II/2025"))
        // A plan that makes 30/06/2025 a day off.
        let calendar = WorkingCalendar(base: .vn, off: [day("2025-06-30")])
        #expect(phrase.due(on: calendar) == day("2025-06-27"))
        #expect(phrase.due(on: .none) == day("2025-06-30"))
        // A plan whose calendar takes 31/08/2026 off (a swap next to Quốc khánh): August ends on Friday 28/08.
        let august = try #require(DeadlinePhrase.parse("Tháng 8/2026"))
        #expect(august.due(on: WorkingCalendar(base: .vn, off: [day("2026-08-31")])) == day("2026-08-28"))
    }

    @Test("day-of-period phrases for recurring tasks")
    func dayOfPeriod() throws {
        let before = try #require(DeadlinePhrase.parse("trước ngày 20"))
        #expect(before.meaning == .beforeDay(20))
        #expect(before.due(on: .vn) == nil)
        let period = try #require(Period.parse("2025-07"))
        #expect(before.due(in: period, calendar: .vn) == day("2025-07-18"))  // 19/07 a Saturday
        let by = try #require(DeadlinePhrase.parse("chậm nhất ngày 20"))
        #expect(by.due(in: try #require(Period.parse("2025-Q3")), calendar: .vn) == day("2025-09-19"))  // 20/09 a Saturday
    }

    @Test("what is not a phrase", arguments: [
        "", "Quý V/2025", "Quý II", "Tháng 13/2025", "Năm 25", "sớm", "trước", "Trước 31/04/2025", "2025-Q5", "6 tháng giữa năm 2025",
    ])
    func rejects(text: String) {
        #expect(DeadlinePhrase.parse(text) == nil, "\(text)")
    }

    @Test("near misses get a suggestion", arguments: [
        ("Quí II/2025", "Quý II/2025"),
        ("Thág 8/2026", "Tháng 8/2026"),
        ("Thươg xuyên", "Thường xuyên"),
    ])
    func suggestion(text: String, expected: String) {
        #expect(DeadlinePhrase.suggestion(for: text) == expected)
    }

    @Test("diacritics may be wrong or missing: the folded words decide")
    func looseDiacritics() {
        #expect(DeadlinePhrase.parse("chậm nhát 15/10/2025")?.meaning == .byDate(day("2025-10-15")))
        #expect(DeadlinePhrase.parse("Quy II/2025")?.meaning == .within(Period.parse("2025-Q2")!))
    }

    @Test("folding drops Vietnamese diacritics, composed or not")
    func folding() {
        #expect(VietnameseFolding.fold("Đơn vị Chủ trì") == "don vi chu tri")
        #expect(VietnameseFolding.fold("Quy\u{301} II") == "quy ii")
        #expect(VietnameseFolding.fold("Ư") == "u")
    }
}
