import Testing
@testable import WFCalendar

@Suite("PlanDuration")
struct PlanDurationTests {
    @Test("parses amounts and units", arguments: [
        ("14d", 14, PlanDuration.Unit.days, "14d"),
        ("-10wd", -10, .workingDays, "-10wd"),
        ("10wd", 10, .workingDays, "10wd"),
        ("2w", 2, .weeks, "2w"),
        ("4h", 4, .hours, "4h"),
        ("30m", 30, .minutes, "30m"),
        ("45s", 45, .seconds, "45s"),
        ("+3d", 3, .days, "3d"),
        ("0d", 0, .days, "0d"),
        ("-0wd", 0, .workingDays, "0wd"),
        ("999999s", 999_999, .seconds, "999999s"),
    ])
    func accepts(text: String, amount: Int, unit: PlanDuration.Unit, description: String) {
        let duration = PlanDuration.parse(text)
        #expect(duration?.amount == amount)
        #expect(duration?.unit == unit)
        #expect(duration?.description == description)
    }

    @Test("rejects anything else", arguments: [
        "", "d", "wd", "-d", "14", "14 d", " 14d", "14d ", "14D", "14dd", "1.5d", "14days", "--3d", "+-3d",
        "3wd2", "w3", "14y", "1000000s", "٣d", "3 wd", "3dw", "-", "+",
    ])
    func rejects(text: String) {
        #expect(PlanDuration.parse(text) == nil)
    }

    @Test("converts to seconds; working days have none", arguments: [
        ("14d", 1_209_600.0 as Double?), ("2w", 1_209_600), ("4h", 14_400), ("30m", 1_800), ("45s", 45),
        ("-1d", -86_400), ("10wd", nil),
    ])
    func seconds(text: String, seconds: Double?) {
        #expect(PlanDuration.parse(text)?.seconds == seconds)
    }

    @Test("every unit round-trips through its description")
    func roundTrip() {
        for unit in PlanDuration.Unit.allCases {
            for amount in [-7, 0, 1, 42] {
                let duration = PlanDuration(amount: amount, unit: unit)
                #expect(PlanDuration.parse(duration.description) == duration)
            }
        }
        #expect(PlanDuration(amount: .max, unit: .days).amount == PlanDuration.maxAmount)
    }
}
