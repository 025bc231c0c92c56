import Foundation
import Testing
@testable import WFCalendar

@Suite("CivilDate")
struct CivilDateTests {
    @Test("parses ISO and Vietnamese day-first dates", arguments: [
        ("2023-10-10", "2023-10-10"),
        ("10/10/2023", "2023-10-10"),
        ("5/9/2023", "2023-09-05"),
        ("05/09/2023", "2023-09-05"),
        ("2024-02-29", "2024-02-29"),
        ("29/2/2024", "2024-02-29"),
        ("2000-02-29", "2000-02-29"),
        ("31/12/2023", "2023-12-31"),
        ("0001-01-01", "0001-01-01"),
    ])
    func accepts(text: String, iso: String) {
        #expect(CivilDate.parse(text)?.iso == iso)
    }

    @Test("rejects anything else", arguments: [
        "2023-02-29", "1900-02-29", "31/04/2023", "2023-13-01", "2023-00-10", "2023-10-00", "2023-10-32",
        "2023-1-10", "23-10-10", "10/10/23", "10-10-2023", "2023/10/10", "10/10/2023 ", " 2023-10-10",
        "2023-10-10T08:00", "2023-10-1x", "", "today", "100/10/2023", "10/100/2023", "1/1/12345",
        "+023-10-10", "２０２３-10-10", "10//2023",
    ])
    func rejects(text: String) {
        #expect(CivilDate.parse(text) == nil)
    }

    @Test("validates days of the month, leap years included", arguments: [
        (2023, 2, 28, true), (2023, 2, 29, false), (2024, 2, 29, true), (1900, 2, 29, false),
        (2000, 2, 29, true), (2023, 4, 30, true), (2023, 4, 31, false), (2023, 12, 31, true),
        (2023, 0, 1, false), (2023, 13, 1, false), (2023, 1, 0, false),
    ])
    func validates(year: Int, month: Int, day: Int, valid: Bool) {
        #expect((CivilDate(year: year, month: month, day: day) != nil) == valid)
    }

    @Test("formats ISO and Vietnamese")
    func formats() {
        let date = day("2023-09-05")
        #expect(date.iso == "2023-09-05")
        #expect(date.vietnamese == "05/09/2023")
        #expect(date.description == "2023-09-05")
    }

    @Test("day numbers count from 1970-01-01", arguments: [
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017),
        ("2023-10-10", 19_640), ("1900-01-01", -25_567), ("2100-12-31", 47_846),
    ])
    func dayNumbers(iso: String, number: Int) {
        #expect(day(iso).dayNumber == number)
        #expect(CivilDate(dayNumber: number) == day(iso))
    }

    @Test("day numbers round-trip and agree with Foundation over 1600–2400")
    func dayNumberRoundTrip() {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(secondsFromGMT: 0) ?? gregorian.timeZone
        var previous = CivilDate(dayNumber: -135_001)
        var failures: [Int] = []
        for n in -135_000...157_000 {
            let date = CivilDate(dayNumber: n)
            if date.dayNumber != n || !(previous < date) { failures.append(n) }
            previous = date
            if n % 997 == 0 {
                let parts = gregorian.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(n) * 86_400))
                if (parts.year, parts.month, parts.day) != (date.year, date.month, date.day) { failures.append(n) }
            }
        }
        #expect(failures.isEmpty)
    }

    @Test("weekdays are ISO: Monday is 1", arguments: [
        ("2023-10-09", 1), ("2023-10-10", 2), ("2023-10-14", 6), ("2023-10-15", 7), ("1970-01-01", 4), ("1900-01-01", 1),
    ])
    func weekday(iso: String, weekday: Int) {
        #expect(day(iso).weekday == weekday)
    }

    @Test("adds days and measures distances")
    func arithmetic() {
        #expect(day("2023-12-31").adding(days: 1) == day("2024-01-01"))
        #expect(day("2024-03-01").adding(days: -1) == day("2024-02-29"))
        #expect(day("2023-10-10").adding(days: -14) == day("2023-09-26"))
        #expect(day("2023-10-01").days(until: day("2023-12-31")) == 91)
        #expect(day("2023-12-31").days(until: day("2023-10-01")) == -91)
    }

    @Test("compares chronologically")
    func ordering() {
        #expect(day("2023-09-30") < day("2023-10-01"))
        #expect(day("2022-12-31") < day("2023-01-01"))
        #expect([day("2024-01-01"), day("2023-12-31")].sorted() == [day("2023-12-31"), day("2024-01-01")])
    }

    @Test("encodes as an ISO string and decodes either form")
    func codable() throws {
        let json = try JSONEncoder().encode([day("2023-10-10")])
        #expect(String(decoding: json, as: UTF8.self) == #"["2023-10-10"]"#)
        let decoded = try JSONDecoder().decode([CivilDate].self, from: Data(#"["2023-10-10","5/9/2023"]"#.utf8))
        #expect(decoded == [day("2023-10-10"), day("2023-09-05")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CivilDate].self, from: Data(#"["2023-02-29"]"#.utf8)) }
    }

    @Test("today at UTC+7 is a plausible date")
    func today() throws {
        let hanoi = CivilDate.today(utcOffsetSeconds: 25_200)
        let utc = CivilDate.today(utcOffsetSeconds: 0)
        #expect(abs(utc.days(until: hanoi)) <= 1)
        #expect(hanoi.year >= 2024)
        #expect(CivilDate.today(timeZone: "Not/A_Zone") == nil)
        let zoned = try #require(CivilDate.today(timeZone: "Asia/Ho_Chi_Minh"), "no time zone Asia/Ho_Chi_Minh")
        #expect(zoned == CivilDate.today(utcOffsetSeconds: 25_200) || abs(zoned.days(until: hanoi)) <= 1)
    }
}
