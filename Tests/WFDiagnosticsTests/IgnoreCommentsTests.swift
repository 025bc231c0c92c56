import Testing
import WFDiagnostics

@Suite("# wf-ignore comments")
struct IgnoreCommentsTests {
    /// The rules silenced on line 1 (and line 2, for `-next-line`) of a one-line file.
    static func silenced(_ line: String) -> [Int: Set<Rule>] {
        IgnoreComments.silencedRules(in: [Substring(line)])
    }

    @Test("a comment silences the rules it names, on its own line", arguments: [
        ("    due: 2024-01-15   # wf-ignore: out-of-period", [1: [Rule.outOfPeriod]]),
        ("    due: 2024-01-15 # wf-ignore: out-of-period, schedule-conflict", [1: [.outOfPeriod, .scheduleConflict]]),
        ("    due: 2024-01-15 # wf-ignore: out-of-period schedule-conflict", [1: [.outOfPeriod, .scheduleConflict]]),
        ("    due: 2024-01-15\t# wf-ignore:out-of-period", [1: [.outOfPeriod]]),
        ("    due: 2024-01-15 #wf-ignore: out-of-period", [1: [.outOfPeriod]]),
        ("    due: 2024-01-15 # wf-ignore: out-of-period -- lãnh đạo Sở đã đồng ý gia hạn", [1: [.outOfPeriod]]),
        ("    needs: [bao-cao-qui]  # wf-ignore: unknown-reference # và một chú thích khác", [1: [.unknownReference]]),
        ("  # wf-ignore-next-line: cycle", [2: [.cycle]]),
        ("  - \"Kế hoạch\" # wf-ignore: invalid-value", [1: [.invalidValue]]),
        ("    title: Kế hoạch 'quý' # wf-ignore: invalid-value", [1: [.invalidValue]]),
        ("    title: rock 'n roll # wf-ignore: invalid-value", [1: [.invalidValue]]),
        ("    run: echo \"$A\" # wf-ignore: script-injection", [1: [.scriptInjection]]),
    ] as [(String, [Int: Set<Rule>])])
    func silences(line: String, expected: [Int: Set<Rule>]) {
        #expect(Self.silenced(line) == expected)
    }

    @Test("a # that does not start a comment is not a directive", arguments: [
        "    title: \"Kế hoạch # wf-ignore: out-of-period\"",
        "    title: 'Kế hoạch # wf-ignore: out-of-period'",
        "    title: 'it''s # wf-ignore: out-of-period'",
        "    title: \"a \\\" # wf-ignore: out-of-period\"",
        "    attach: [\"a\", \"# wf-ignore: out-of-period\"]",
        "    url: https://bacninh.gov.vn/#wf-ignore: out-of-period",
        "    title: Số#wf-ignore: out-of-period",
        "    # a comment that mentions wf-ignore: out-of-period later",
        "    due: 2024-01-15 # WF-IGNORE: out-of-period",
    ])
    func notADirective(line: String) {
        #expect(Self.silenced(line).isEmpty)
    }

    @Test("filter keeps other rules, other lines, and diagnostics that only end on the line")
    func filter() {
        let text = """
            goals:
              - id: de-an-cds
                title: Đề án CĐS giai đoạn 2024–2030
                due: 2024-01-15   # wf-ignore: out-of-period
                after: [bao-cao-nq44]
              # wf-ignore-next-line: schedule-conflict
              - id: bao-cao-tong-ket
                due: 2023-10-01
            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let kept = [
            Diagnostic.error(.invalidDate, "bad date", at: SourceRange(line: 4, column: 10, endColumn: 20)),
            Diagnostic.warning(.outOfPeriod, "out of period", at: SourceRange(line: 8, column: 10, endColumn: 20)),
            Diagnostic.warning(.outOfPeriod, "ends on line 4", at: SourceRange(line: 3, column: 5, endLine: 4, endColumn: 9)),
        ]
        let silenced = [
            Diagnostic.warning(.outOfPeriod, "out of period", at: SourceRange(line: 4, column: 10, endColumn: 20)),
            Diagnostic.warning(.outOfPeriod, "starts on line 4", at: SourceRange(line: 4, column: 5, endLine: 5, endColumn: 9)),
            Diagnostic.warning(.scheduleConflict, "conflict", at: SourceRange(line: 7, column: 5, endLine: 8, endColumn: 20)),
        ]
        let all = [kept[0], silenced[0], kept[1], silenced[1], silenced[2], kept[2]]
        #expect(IgnoreComments.filter(all, lines: lines) == kept)
        let report = FileReport(path: "q4.yaml", text: text, diagnostics: all).applyingIgnoreComments()
        #expect(report.diagnostics == kept)
    }

    @Test("the example in docs/diagnostics.md silences what the page says it does")
    func documentedExample() throws {
        let markdown = Rule.markdownReference()
        let section = try #require(markdown.components(separatedBy: "## Silencing a diagnostic\n").last)
        let yaml = try #require(section.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "\n```").first)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let silenced = IgnoreComments.silencedRules(in: lines)
        #expect(silenced.count == 2)
        for (line, rules) in silenced {
            #expect(rules == [.outOfPeriod])
            #expect(lines[line - 1].trimmingPrefix(while: { $0 == " " }).hasPrefix("due: 2024-"))
        }
    }

    @Test("Windows line ends do not shift the line a comment applies to")
    func crlf() {
        let report = FileReport(
            path: "q4.yaml", text: "wf: 1\r\nperiod: 2023-Q4\r\ndue: 2024-01-15 # wf-ignore: out-of-period\r\n",
            diagnostics: [.warning(.outOfPeriod, "x", at: SourceRange(line: 3, column: 6, endColumn: 16))])
        #expect(report.applyingIgnoreComments().diagnostics.isEmpty)
    }

    @Test("a name that is no rule is reported, with a suggestion, at its column")
    func unknownRules() throws {
        let lines: [Substring] = ["goals:", "    due: 2024-01-15 # wf-ignore: out-of-perod, cycle"]
        let warnings = IgnoreComments.unknownRules(in: lines)
        try #require(warnings.count == 1)
        #expect(warnings[0].severity == .warning)
        #expect(warnings[0].message.en == "'out-of-perod' in '# wf-ignore' is not a rule; it silences nothing")
        #expect(warnings[0].range == SourceRange(line: 2, column: 34, endColumn: 46))
        #expect(warnings[0].notes.first?.message.en == "did you mean 'out-of-period'?")
        #expect(IgnoreComments.silencedRules(in: lines) == [2: [.cycle]])
    }
}
