import Foundation
import Testing
import WFCalendar
import WFDiagnostics
@testable import WFCore

@Suite struct DecodingTests {
    @Test func decodesEveryPartOfAPlan() throws {
        let loaded = TestCatalog.load("""
            wf: 1
            name: Kế hoạch Quý IV/2023
            period: 2023-Q4
            vars: { department: Sở TT&TT, rank: 10 }
            owners:
              cntt: { name: Phòng CNTT, notify: [console] }
              vp: Văn phòng Sở
            goals:
              - id: de-an-cds
                title: Đề án CĐS
                owner: cntt
                due: 30/11/2023
                progress: 40%
                kpi: { metric: Xếp hạng DTI, target: "<= 10", actual: 12 }
            events:
              - id: ngay-cds
                title: Ngày Chuyển đổi số quốc gia
                date: 2023-10-10T08:00
                remind: [14d, 3wd]
                prepare:
                  - { id: ke-hoach, title: Kế hoạch, due: -10wd }
            checkpoints:
              - id: giai-ngan
                title: Giải ngân
                date: 2023-12-15
                budget: { allocated: 1_200_000_000, spent: 850_000_000 }
                expect: 80%
            steps:
              - id: noi
                uses: echo
                with: { message: "Chào ${{ vars.department }}", times: 2 }
              - id: sao-luu
                run: echo ok
                timeout: 5m
                retry: { attempts: 3, backoff: 10s }
            """)
        #expect(loaded.report.diagnostics.isEmpty, "\(loaded.found)")
        let compiled = try #require(loaded.compiled)
        let plan = compiled.plan
        #expect(plan.period?.value.start == CivilDate(year: 2023, month: 10, day: 1))
        #expect(plan.owners.map(\.name) == ["Phòng CNTT", "Văn phòng Sở"])
        #expect(plan.goals[0].due?.value.date == CivilDate(year: 2023, month: 11, day: 30))
        #expect(plan.goals[0].progress == 0.4)
        #expect(plan.goals[0].kpi?.actual == "12")
        #expect(plan.events[0].date.value.hour == 8)
        #expect(plan.events[0].remind.map(\.value.description) == ["14d", "3wd"])
        #expect(plan.checkpoints[0].budget.allocated == 1_200_000_000)
        #expect(plan.checkpoints[0].expect == 0.8)
        #expect(plan.steps[1].uses.value == "shell")
        #expect(plan.steps[1].retry == Step.Retry(attempts: 3, backoff: PlanDuration.parse("10s")))
        // -10wd before Tuesday 10/10/2023 is Tuesday 26/9/2023 (no holiday between).
        #expect(compiled.prepareDue["ke-hoach"] == CivilDate(year: 2023, month: 9, day: 26))
    }

    @Test(arguments: [
        ("done: yes", "type-mismatch"),
        ("done: no", "type-mismatch"),
        ("done: \"true\"", "type-mismatch"),
        ("progress: 40", "invalid-value"),
        ("progress: abc%", "invalid-value"),
        ("due: 2023-02-29", "invalid-date"),
        ("due: 29/2/2023", "invalid-date"),
        ("after: { a: b }", "type-mismatch"),
        ("owner: [a]", "type-mismatch"),
    ])
    func rejectsBadScalars(line: String, rule: String) throws {
        var yaml = "wf: 1\nname: x\ngoals:\n  - id: a\n    title: A\n    due: 2023-10-10\n"
        let key = line.split(separator: ":")[0]
        if key == "due" { yaml = yaml.replacingOccurrences(of: "    due: 2023-10-10\n", with: "") }
        yaml += "    \(line)\n"
        let loaded = TestCatalog.load(yaml)
        #expect(loaded.report.diagnostics.map(\.rule.rawValue).contains(rule), "\(loaded.found)")
        #expect(loaded.compiled == nil)
    }

    @Test func booleansAreOnlyTrueAndFalseAndQuotedNumbersStayStrings() throws {
        let loaded = TestCatalog.load("wf: 1\nname: x\nvars: { a: no, b: on, c: '10' }\ngoals:\n  - { id: a, title: A, due: 2023-10-10, done: true }\n")
        let plan = try #require(loaded.compiled?.plan)
        #expect(plan.vars.compactMap { ScalarResolver.value($0.value) } == [.string("no"), .string("on"), .string("10")])
        #expect(plan.goals[0].done)
    }

    @Test func unknownKeysSuggestTheClosestKnownOne() throws {
        let loaded = TestCatalog.load("wf: 1\nname: x\ngoals:\n  - { id: a, titel: A, due: 2023-10-10 }\n")
        let unknown = try #require(loaded.report.diagnostics.first { $0.rule == .unknownKey })
        #expect(unknown.notes.map(\.message.en) == ["did you mean 'title'?"])
        #expect(loaded.report.diagnostics.contains { $0.rule == .missingKey && $0.message.en.contains("'title'") })
    }

    @Test func xKeysAreIgnoredAndMergeKeysApply() throws {
        let loaded = TestCatalog.load("""
            wf: 1
            name: x
            x-common: &common { owner: vp, due: 2023-10-10 }
            owners: { vp: Văn phòng }
            goals:
              - { <<: *common, id: a, title: A }
            """)
        let goal = try #require(loaded.compiled?.plan.goals.first)
        #expect(goal.owner?.value == "vp")
    }

    @Test func reportsEveryProblemNotJustTheFirst() {
        let loaded = TestCatalog.load("""
            wf: 1
            name: x
            goals:
              - { id: A, title: A, due: 2023-10-10 }
              - { id: b, title: B, due: 2023-13-10 }
              - { id: c, title: C, due: 2023-10-10, after: [d] }
            """)
        #expect(loaded.found == ["4:11 invalid-id", "5:29 invalid-date", "6:49 unknown-reference"])
    }

    @Test func wfIgnoreSilencesARuleOnItsLine() {
        let loaded = TestCatalog.load("""
            wf: 1
            name: x
            goals:
              - { id: c, title: C, due: 2023-10-10, after: [d] }  # wf-ignore: unknown-reference
            """)
        #expect(loaded.report.diagnostics.isEmpty)
    }
}

@Suite("KPI figures")
struct KPIFigureTests {
    @Test("numbers and targets read the same with spaces, tabs and no-break spaces around them", arguments: [
        ("12", 12.0), (" 12 ", 12), ("\t80%\t", 80), ("\u{00A0}62,5 %\u{00A0}", 62.5), ("1.200,5", 1200.5), ("80 %", 80),
    ] as [(String, Double)])
    func numbers(text: String, value: Double) {
        #expect(KPI.number(text) == value)
        #expect(KPI.Target.parse(text) == KPI.Target(comparison: ">=", value: value))
        #expect(KPI.Target.parse("<=" + text) == KPI.Target(comparison: "<=", value: value))
    }

    @Test("trimming blanks is Foundation's trimming of spaces and tabs, other characters kept", arguments: [
        "", " ", "a", " a ", "\ta\t", "\u{00A0}a\u{3000}", "\na\n", "Sở ", " ế", "a b", "~", "\u{7F}x\u{7F}",
    ])
    func trimming(text: String) {
        #expect(text.trimmingBlanks == text.trimmingCharacters(in: .whitespaces))
    }
}
