import Testing
@testable import WFCalendar

@Suite("WorkingCalendar")
struct WorkingCalendarTests {
    let vn = WorkingCalendar.vn

    /// The days off on weekdays and the working weekend days of a year, as announced.
    @Test("weekdays off and working Saturdays match the announcements", arguments: [
        (2020, ["2020-01-01", "2020-01-23", "2020-01-24", "2020-01-27", "2020-01-28", "2020-01-29", "2020-04-02",
                "2020-04-30", "2020-05-01", "2020-09-02"], [String]()),
        (2021, ["2021-01-01", "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16", "2021-04-21",
                "2021-04-30", "2021-05-03", "2021-09-02", "2021-09-03"], []),
        (2022, ["2022-01-03", "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", "2022-04-11",
                "2022-05-02", "2022-05-03", "2022-09-01", "2022-09-02"], []),
        (2023, ["2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-05-01",
                "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"], []),
        (2024, ["2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-04-18",
                "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03"], ["2024-05-04"]),
        (2025, ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07",
                "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"], ["2025-04-26"]),
        (2026, ["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"], ["2026-01-10"]),
    ])
    func announcedYears(year: Int, weekdaysOff: [String], workingWeekends: [String]) {
        let all = days("\(year)-01-01", "\(year)-12-31")
        #expect(all.filter { !$0.isWeekend && !vn.isWorkingDay($0) }.map(\.iso) == weekdaysOff)
        #expect(all.filter { $0.isWeekend && vn.isWorkingDay($0) }.map(\.iso) == workingWeekends)
    }

    @Test("the default rules reproduce the announced Tết days and 2/9 choices of 2020–2026")
    func defaultsMatchAnnouncements() throws {
        let shipped = try CalendarData.shipped.rules()
        #expect(shipped.keys.sorted() == Array(2020...2026))
        for (year, choices) in shipped {
            let rules = HolidayYear(year: year, choices: YearChoices(off: choices.off, work: choices.work))
            let announced = HolidayYear(year: year, choices: choices)
            #expect(rules.offWeekdays == announced.offWeekdays, "\(year)")
            if let tet = choices.tet { #expect(HolidayYear.defaultTet(year) == tet, "\(year)") }
        }
    }

    @Test("names why a day is off", arguments: [
        ("2024-01-01", Holiday.newYearName as String?), ("2024-02-08", Holiday.tetName), ("2024-02-10", Holiday.tetName),
        ("2024-04-18", Holiday.hungKingsName), ("2024-04-29", Holiday.swapName), ("2024-04-30", Holiday.reunificationName),
        ("2024-05-01", Holiday.labourDayName), ("2024-09-02", Holiday.nationalDayName), ("2024-09-03", Holiday.nationalDayName),
        ("2023-04-29", Holiday.hungKingsName), ("2023-05-02", Holiday.makeUpName), ("2023-05-03", Holiday.makeUpName),
        ("2023-09-04", Holiday.makeUpName), ("2023-01-02", Holiday.makeUpName),
        ("2024-05-04", nil), ("2024-05-05", nil), ("2023-10-10", nil), ("2024-02-15", nil),
    ])
    func names(iso: String, name: String?) {
        #expect(vn.holiday(on: day(iso))?.name == name)
    }

    @Test("lists a year's holidays in order")
    func holidayList() {
        let list = vn.holidays(in: 2024)
        #expect(list == list.sorted())
        #expect(list.first == Holiday(date: day("2024-01-01"), name: "Tết Dương lịch"))
        #expect(list.filter { $0.name == Holiday.tetName }.map(\.date) == days("2024-02-08", "2024-02-14"))
        #expect(list.contains(Holiday(date: day("2024-04-29"), name: "hoán đổi ngày làm việc")))
        #expect(list.count == 14)  // 1 + 7 Tết + Giỗ Tổ + swap + 30/4 + 1/5 + 2 Quốc khánh
        #expect(vn.holidays(in: 2023).filter { $0.name == Holiday.makeUpName }.map(\.date.iso)
                == ["2023-01-02", "2023-05-02", "2023-05-03", "2023-09-04"])
    }

    @Test("counts working days in (a, b]", arguments: [
        ("2024-02-01", "2024-02-29", 15),   // Tết 2024: 20 weekdays after 1/2, less 5 days of Tết
        ("2024-02-07", "2024-02-15", 1),
        ("2024-04-26", "2024-05-06", 4),   // 27/4–1/5 off, Saturday 4/5 worked
        ("2025-04-25", "2025-05-05", 4),   // Saturday 26/4 worked, 30/4–4/5 off
        ("2023-08-31", "2023-09-05", 1),   // 1/9–4/9 off
        ("2024-08-30", "2024-09-04", 1),   // 31/8–3/9 off
        ("2023-12-31", "2024-12-31", 251),
        ("2022-12-31", "2023-12-31", 249),
        ("2024-12-31", "2025-12-31", 250),
        ("2023-10-10", "2023-10-10", 0),
        ("2023-10-10", "2023-10-11", 1),
        ("2023-10-13", "2023-10-16", 1),   // Friday to Monday
        ("2024-02-29", "2024-02-01", -15),
    ])
    func counts(from: String, to: String, expected: Int) {
        #expect(vn.workingDays(from: day(from), to: day(to)) == expected)
    }

    @Test("adds working days, skipping weekends and holidays", arguments: [
        ("2023-10-10", -10, "2023-09-26"),
        ("2023-09-26", 10, "2023-10-10"),
        ("2024-02-07", 1, "2024-02-15"),
        ("2024-02-07", 5, "2024-02-21"),
        ("2024-02-15", -1, "2024-02-07"),
        ("2024-04-26", 1, "2024-05-02"),
        ("2024-05-03", 1, "2024-05-04"),   // the working Saturday
        ("2023-04-28", 1, "2023-05-04"),
        ("2023-10-14", 1, "2023-10-16"),   // from a Saturday
        ("2023-10-14", -1, "2023-10-13"),
        ("2023-10-14", 0, "2023-10-14"),
        ("2023-12-29", 1, "2024-01-02"),
        ("2023-10-10", 251, "2024-10-10"),
    ])
    func adding(from: String, n: Int, expected: String) {
        #expect(vn.adding(workingDays: n, to: day(from)) == day(expected))
    }

    @Test("moves dates by plan durations", arguments: [
        ("2023-10-10", "-10wd", "2023-09-26"), ("2023-10-10", "14d", "2023-10-24"), ("2023-10-10", "-14d", "2023-09-26"),
        ("2023-10-10", "2w", "2023-10-24"), ("2023-10-10", "-3d", "2023-10-07"), ("2023-10-10", "+1wd", "2023-10-11"),
        ("2023-10-10", "48h", "2023-10-12"), ("2023-10-10", "4h", "2023-10-10"), ("2023-10-10", "-4h", "2023-10-09"),
        ("2023-10-10", "1440m", "2023-10-11"), ("2023-10-10", "86399s", "2023-10-10"),
    ])
    func offsets(from: String, duration: String, expected: String) throws {
        let parsed = try #require(PlanDuration.parse(duration))
        #expect(vn.offset(day(from), by: parsed) == day(expected))
    }

    @Test("the next working day")
    func nextWorkingDay() {
        #expect(vn.nextWorkingDay(onOrAfter: day("2024-02-10")) == day("2024-02-15"))
        #expect(vn.nextWorkingDay(onOrAfter: day("2023-10-10")) == day("2023-10-10"))
        #expect(vn.nextWorkingDay(onOrAfter: day("2023-10-14")) == day("2023-10-16"))
    }

    @Test("calendar none counts calendar days")
    func calendarDays() {
        let none = WorkingCalendar.none
        #expect(none.isCalendarDaysOnly)
        #expect(!vn.isCalendarDaysOnly)
        #expect(none.workingDays(from: day("2024-02-01"), to: day("2024-02-29")) == 28)
        #expect(none.workingDays(from: day("2024-02-29"), to: day("2024-02-01")) == -28)
        #expect(none.adding(workingDays: -10, to: day("2023-10-10")) == day("2023-09-30"))
        #expect(none.adding(workingDays: 10, to: day("2023-10-10")) == day("2023-10-20"))
        #expect(none.isWorkingDay(day("2024-02-10")))
        #expect(none.holiday(on: day("2024-02-10")) == nil)
        #expect(none.holidays(in: 2024).isEmpty)
    }

    @Test("a plan adds days off and working days")
    func planExtension() {
        let plan = WorkingCalendar(base: .vn, off: [day("2023-10-09"), day("2023-10-15")], work: [day("2023-10-07"), day("2024-02-12")])
        #expect(!plan.isWorkingDay(day("2023-10-09")))
        #expect(plan.isWorkingDay(day("2023-10-07")))
        #expect(plan.isWorkingDay(day("2024-02-12")))
        #expect(plan.holiday(on: day("2023-10-09"))?.name == Holiday.extraName)
        #expect(plan.holiday(on: day("2024-02-12")) == nil)
        #expect(plan.holiday(on: day("2023-10-15")) == nil)  // a Sunday was off anyway
        #expect(plan.workingDays(from: day("2023-10-06"), to: day("2023-10-13")) == 5)
        #expect(plan.adding(workingDays: -10, to: day("2023-10-10")) == day("2023-09-26"))  // 9/10 off, Saturday 7/10 worked
        #expect(plan.adding(workingDays: -2, to: day("2023-10-10")) == day("2023-10-06"))
        #expect(plan.holidays(in: 2023).contains(Holiday(date: day("2023-10-09"), name: Holiday.extraName)))
        #expect(!plan.holidays(in: 2024).contains { $0.date == day("2024-02-12") })

        let layered = WorkingCalendar(base: plan, off: [day("2023-10-07")])
        #expect(!layered.isWorkingDay(day("2023-10-07")))
        #expect(!layered.isWorkingDay(day("2023-10-09")))

        let both = WorkingCalendar(base: .vn, off: [day("2023-10-11")], work: [day("2023-10-11")])
        #expect(both.isWorkingDay(day("2023-10-11")))

        let none = WorkingCalendar(base: .none, off: [day("2023-10-11")])
        #expect(!none.isCalendarDaysOnly)
        #expect(none.workingDays(from: day("2023-10-10"), to: day("2023-10-12")) == 1)
        #expect(WorkingCalendar(base: .vn) == .vn)
        #expect(plan != .vn)
    }

    @Test("counting and adding agree with walking day by day", arguments: [1, 2, 3])
    func agreesWithWalking(seed: UInt64) {
        var random = SplitMix(state: seed)
        let calendars = [
            vn, .none,
            WorkingCalendar(base: .vn, off: days("2024-03-04", "2024-03-20"), work: [day("2024-03-23"), day("2024-02-10")]),
            WorkingCalendar(base: .none, off: [day("2024-03-05"), day("2024-03-06")]),
        ]
        for calendar in calendars {
            for _ in 0..<150 {
                let start = day("2019-06-01").adding(days: Int.random(in: 0...2_500, using: &random))
                let length = Int.random(in: 0...400, using: &random)
                let end = start.adding(days: length)
                var walked = 0
                for n in (start.dayNumber + 1)...max(start.dayNumber + 1, end.dayNumber) where n <= end.dayNumber {
                    if calendar.isWorkingDay(CivilDate(dayNumber: n)) { walked += 1 }
                }
                #expect(calendar.workingDays(from: start, to: end) == walked)
                #expect(calendar.workingDays(from: end, to: start) == -walked)

                let n = Int.random(in: -60...60, using: &random)
                let moved = calendar.adding(workingDays: n, to: start)
                #expect(moved == walk(calendar, n, from: start), "\(n) from \(start)")
                if n > 0 { #expect(calendar.workingDays(from: start, to: moved) == n) }
                if calendar.isWorkingDay(start) {
                    #expect(calendar.adding(workingDays: -n, to: moved) == start, "\(n) from \(start) and back")
                }
            }
        }
    }

    @Test("long ranges and years outside the precomputed window")
    func longRanges() {
        let start = vn.nextWorkingDay(onOrAfter: day("1990-01-01")), end = day("2110-06-30")
        var walked = 0
        for n in (start.dayNumber + 1)...end.dayNumber where vn.isWorkingDay(CivilDate(dayNumber: n)) { walked += 1 }
        #expect(vn.workingDays(from: start, to: end) == walked)
        let there = vn.adding(workingDays: walked, to: start)
        #expect(there == walk(vn, walked, from: start))
        #expect(vn.adding(workingDays: -walked, to: there) == start)
        #expect(vn.holidays(in: 2150).contains { $0.name == Holiday.tetName })
        #expect(vn.holidays(in: 1850).count >= 5)
        let far = vn.adding(workingDays: 99_999, to: day("2023-10-10"))
        #expect(vn.workingDays(from: day("2023-10-10"), to: far) == 99_999)
    }

    /// Moves `n` working days by stepping one day at a time.
    private func walk(_ calendar: WorkingCalendar, _ n: Int, from date: CivilDate) -> CivilDate {
        var day = date, left = abs(n)
        while left > 0 {
            day = day.adding(days: n > 0 ? 1 : -1)
            if calendar.isWorkingDay(day) { left -= 1 }
        }
        return day
    }
}
