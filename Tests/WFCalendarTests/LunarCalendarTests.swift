import Testing
@testable import WFCalendar

@Suite("LunarCalendar")
struct LunarCalendarTests {
    @Test("Tết (1/1 lunar)", arguments: [
        (2023, "2023-01-22"), (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"), (2027, "2027-02-06"),
        (2020, "2020-01-25"), (2021, "2021-02-12"), (2022, "2022-02-01"), (2000, "2000-02-05"), (1900, "1900-01-31"),
        // Vietnam (UTC+7) differs from China (UTC+8) in these years.
        (1985, "1985-01-21"), (2007, "2007-02-17"), (1969, "1969-02-16"),
    ])
    func tet(year: Int, iso: String) {
        #expect(LunarCalendar.newYear(year) == day(iso))
        #expect(LunarCalendar.lunar(from: day(iso)) == LunarDate(year: year, month: 1, day: 1))
        #expect(LunarCalendar.lunar(from: day(iso).adding(days: -1)).year == year - 1)
    }

    @Test("Giỗ Tổ Hùng Vương (10/3 lunar)", arguments: [
        (2023, "2023-04-29"), (2024, "2024-04-18"), (2025, "2025-04-07"), (2026, "2026-04-26"), (2027, "2027-04-16"),
        (2022, "2022-04-10"), (2021, "2021-04-21"), (2020, "2020-04-02"),
    ])
    func hungKings(year: Int, iso: String) {
        #expect(LunarCalendar.solar(from: LunarDate(year: year, month: 3, day: 10)) == day(iso))
        #expect(LunarCalendar.lunar(from: day(iso)) == LunarDate(year: year, month: 3, day: 10))
    }

    @Test("well-known lunar days", arguments: [
        ("2023-09-29", LunarDate(year: 2023, month: 8, day: 15)),                    // Tết Trung thu
        ("2024-09-17", LunarDate(year: 2024, month: 8, day: 15)),
        ("2023-08-30", LunarDate(year: 2023, month: 7, day: 15)),                    // Vu Lan
        ("2024-02-02", LunarDate(year: 2023, month: 12, day: 23)),                   // Ông Công Ông Táo
        ("2023-03-22", LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true)),  // tháng 2 nhuận Quý Mão
        ("2020-05-23", LunarDate(year: 2020, month: 4, day: 1, isLeapMonth: true)),  // tháng 4 nhuận Canh Tý
        ("2025-07-25", LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true)),  // tháng 6 nhuận Ất Tỵ
    ])
    func knownDays(iso: String, lunar: LunarDate) {
        #expect(LunarCalendar.lunar(from: day(iso)) == lunar)
        #expect(LunarCalendar.solar(from: lunar) == day(iso))
    }

    @Test("leap months", arguments: [
        (2020, 4 as Int?), (2023, 2), (2025, 6), (2017, 6), (2012, 4), (2014, 9), (2028, 5),
        (2021, nil), (2022, nil), (2024, nil), (2026, nil), (2027, nil),
    ])
    func leapMonths(year: Int, leap: Int?) {
        #expect(LunarCalendar.leapMonth(year) == leap)
        let months = LunarCalendar.monthsInYear(year)
        #expect(months.count == (leap == nil ? 12 : 13))
        #expect(months.filter(\.isLeap).map(\.month) == (leap.map { [$0] } ?? []))
    }

    @Test("whether the year ends on the 29th or the 30th", arguments: [
        (2022, 30), (2023, 30), (2024, 29), (2019, 30),  // 2025 had no "30 Tết"
    ])
    func lastMonth(year: Int, length: Int) {
        #expect(LunarCalendar.monthsInYear(year).last?.length == length)
    }

    @Test("dates that do not exist have no solar date")
    func missingDates() {
        #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 12, day: 30)) == nil)
        #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 3, day: 1, isLeapMonth: true)) == nil)
        #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 13, day: 1)) == nil)
        #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 1, day: 0)) == nil)
        #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 12, day: 29)) == day("2025-01-28"))
    }

    @Test("years 1900–2100: 12 or 13 months of 29 or 30 days, one leap month in a 13-month year")
    func yearStructure() {
        var leapYears = 0
        for year in 1900...2100 {
            let months = LunarCalendar.monthsInYear(year)
            #expect(months.count == 12 || months.count == 13, "lunar year \(year)")
            #expect(months.allSatisfy { $0.length == 29 || $0.length == 30 }, "lunar year \(year)")
            let leaps = months.filter(\.isLeap)
            #expect(leaps.count == (months.count == 13 ? 1 : 0), "lunar year \(year)")
            // Months are numbered 1…12 in order, the leap month repeating the one before it.
            #expect(months.filter { !$0.isLeap }.map(\.month) == Array(1...12), "lunar year \(year)")
            if let leap = months.firstIndex(where: \.isLeap) {
                #expect(leap > 0 && months[leap - 1].month == months[leap].month)
                leapYears += 1
            }
            let length = months.reduce(0) { $0 + $1.length }
            #expect(LunarCalendar.newYear(year).days(until: LunarCalendar.newYear(year + 1)) == length, "lunar year \(year)")
            #expect((353...355).contains(length) || (383...385).contains(length), "lunar year \(year): \(length) days")
            let tet = LunarCalendar.newYear(year)
            #expect(tet >= day("\(year)-01-19") && tet <= day("\(year)-02-21"), "Tết \(year) on \(tet)")
        }
        // 7 leap months every 19 years: about 74 in 201 years.
        #expect((72...76).contains(leapYears))
    }

    @Test("every day 1900–2100 round-trips solar → lunar → solar, one lunar day after another")
    func roundTrip() {
        var previous = LunarCalendar.lunar(from: day("1899-12-31"))
        for date in days("1900-01-01", "2100-12-31") {
            let lunar = LunarCalendar.lunar(from: date)
            if LunarCalendar.solar(from: lunar) != date {
                Issue.record("\(date) → \(lunar) → \(String(describing: LunarCalendar.solar(from: lunar)))")
                return
            }
            if lunar.day == 1 {
                #expect(previous.day == 29 || previous.day == 30, "\(date)")
            } else if lunar.day != previous.day + 1 || lunar.month != previous.month || lunar.isLeapMonth != previous.isLeapMonth {
                Issue.record("\(date): \(previous) then \(lunar)")
                return
            }
            previous = lunar
        }
    }

    @Test("years outside the table are computed on demand")
    func outsideTable() {
        let tet = LunarCalendar.newYear(2150)
        #expect(LunarCalendar.lunar(from: tet) == LunarDate(year: 2150, month: 1, day: 1))
        let early = day("1850-06-01")
        let lunar = LunarCalendar.lunar(from: early)
        #expect(lunar.year == 1850)
        #expect(LunarCalendar.solar(from: lunar) == early)
        #expect(LunarCalendar.monthsInYear(1850).count >= 12)
    }

    @Test("the table agrees with Ho Ngoc Duc's per-day conversion")
    func agreesWithReference() {
        for date in stride(from: day("1900-01-01").dayNumber, through: day("2100-12-31").dayNumber, by: 37) {
            let civil = CivilDate(dayNumber: date)
            #expect(LunarCalendar.lunar(from: civil) == ReferenceConversion.solarToLunar(civil), "\(civil)")
        }
    }
}

/// Ho Ngoc Duc's `convertSolar2Lunar`, transcribed step by step, as an independent check of the table.
enum ReferenceConversion {
    static func solarToLunar(_ date: CivilDate) -> LunarDate {
        let dayNumber = date.dayNumber + LunarAstronomy.julianDayOfEpoch
        let k = Int(((Double(dayNumber) - 2_415_021.076998695) / 29.530588853).rounded(.down))
        var monthStart = LunarAstronomy.newMoonDay(k + 1)
        if monthStart > dayNumber { monthStart = LunarAstronomy.newMoonDay(k) }
        var a11 = LunarAstronomy.lunarMonth11(date.year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = LunarAstronomy.lunarMonth11(date.year - 1)
        } else {
            lunarYear = date.year + 1
            b11 = LunarAstronomy.lunarMonth11(date.year + 1)
        }
        let lunarDay = dayNumber - monthStart + 1
        let diff = (monthStart - a11) / 29
        var lunarLeap = false
        var lunarMonth = diff + 11
        if b11 - a11 > 365 {
            let leapMonthDiff = LunarAstronomy.leapMonthOffset(a11)
            if diff >= leapMonthDiff {
                lunarMonth = diff + 10
                if diff == leapMonthDiff { lunarLeap = true }
            }
        }
        if lunarMonth > 12 { lunarMonth -= 12 }
        if lunarMonth >= 11 && diff < 4 { lunarYear -= 1 }
        return LunarDate(year: lunarYear, month: lunarMonth, day: lunarDay, isLeapMonth: lunarLeap)
    }
}
