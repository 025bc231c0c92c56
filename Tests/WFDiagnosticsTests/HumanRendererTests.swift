import Testing
import WFDiagnostics

@Suite("Human output")
struct HumanRendererTests {
    @Test("compiler style, source order, carets under the right Vietnamese character")
    func snapshot() {
        let output = HumanRenderer().render([Fixture.report])
        #expect(output == """
            workflows/q4-plan.yaml:7:10: warning: goal 'bao-cao-nq44' is due 31/10/2022, outside the plan's period 2023-Q4 [out-of-period]
                7 |     due: 2022-10-31
                  |          ^~~~~~~~~~
            workflows/q4-plan.yaml:3:9: note: the plan's period
                3 | period: 2023-Q4
                  |         ^~~~~~~
            workflows/q4-plan.yaml:13:13: error: step 'gui-lanh-dao' needs unknown id 'bao-cao-qui' [unknown-reference]
               13 |     needs: [bao-cao-qui]
                  |             ^~~~~~~~~~~
            note: did you mean 'bao-cao-quy'?
            workflows/q4-plan.yaml:15:63: error: step 'bao-cao-quy' has no member 'output': use outputs or status [unknown-reference]
               15 |       subject: "Báo cáo Quý IV – đã gửi ${{ steps.bao-cao-quy.output.path }}"
                  |                                                               ^~~~~~
            note: did you mean 'outputs'?

            """)
        #expect(!output.contains("\u{1B}"))
    }

    @Test("the caret counts Characters, not bytes or scalars, also in decomposed text")
    func caretUnderCharacter() throws {
        for title in ["Báo cáo Nghị quyết 44", "Ba\u{301}o ca\u{301}o Nghi\u{323} quyê\u{301}t 44"] {
            let line = "    title: \(title)"
            let column = try #require(line.firstRange(of: "44")).lowerBound
            let characterColumn = line.distance(from: line.startIndex, to: column) + 1
            let report = Fixture.report(line, at: SourceRange(line: 1, column: characterColumn, endColumn: characterColumn + 2))
            let lines = HumanRenderer().render([report]).split(separator: "\n")
            let (source, carets) = (lines[1].dropFirst(8), lines[2].dropFirst(8))
            let offset = try #require(carets.firstIndex(of: "^"))
            let under = source[source.index(source.startIndex, offsetBy: carets.distance(from: carets.startIndex, to: offset))...]
            #expect(under == "44")
            #expect(carets.trimmingPrefix(while: { $0 == " " }) == "^~")
        }
    }

    @Test("colour only when asked: bold header, red error, magenta warning, cyan note, green caret")
    func colour() {
        let output = HumanRenderer(color: true).render([Fixture.report])
        #expect(output.contains("\u{1B}[1mworkflows/q4-plan.yaml:13:13:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m"))
        #expect(output.contains("\u{1B}[1;35mwarning:\u{1B}[0m"))
        #expect(output.contains("\u{1B}[1;36mnote:\u{1B}[0m did you mean 'bao-cao-quy'?"))
        #expect(output.contains("\u{1B}[1;32m^~~~~~~~~~~\u{1B}[0m"))
        #expect(render([Fixture.report], format: .human, color: false) == HumanRenderer().render([Fixture.report]))
    }

    @Test("NO_COLOR and TERM=dumb turn colour off; a pipe never gets it")
    func colourChoice() {
        #expect(HumanRenderer.wantsColor(isTerminal: true, environment: [:]))
        #expect(!HumanRenderer.wantsColor(isTerminal: false, environment: [:]))
        #expect(!HumanRenderer.wantsColor(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(HumanRenderer.wantsColor(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!HumanRenderer.wantsColor(isTerminal: true, environment: ["TERM": "dumb"]))
    }

    @Test("--color always/never win; under auto NO_COLOR, then FORCE_COLOR, then TERM=dumb, then the terminal decide",
          arguments: [
              (ColorChoice.always, false, ["NO_COLOR": "1"], true),
              (.never, true, ["FORCE_COLOR": "1"], false),
              (.auto, false, ["FORCE_COLOR": "1"], true),
              (.auto, false, ["FORCE_COLOR": ""], true),
              (.auto, true, ["FORCE_COLOR": "0"], false),
              (.auto, true, ["FORCE_COLOR": "false"], false),
              (.auto, false, ["FORCE_COLOR": "1", "NO_COLOR": "1"], false),
              (.auto, false, ["FORCE_COLOR": "1", "TERM": "dumb"], true),
              (.auto, true, ["TERM": "dumb"], false),
              (.auto, true, ["TERM": "xterm-256color"], true),
              (.auto, false, [:], false),
          ])
    func colourOption(choice: ColorChoice, isTerminal: Bool, environment: [String: String], expected: Bool) {
        #expect(choice.enabled(isTerminal: isTerminal, environment: environment) == expected)
    }

    @Test("a tab in the excerpt becomes one space so that the caret stays aligned")
    func tabs() {
        let report = Fixture.report("goals:\n\tdue: 2023-10-31", at: SourceRange(line: 2, column: 7, endColumn: 17))
        #expect(HumanRenderer().render([report]) == """
            plan.yaml:2:7: error: problem here [invalid-value]
                2 |  due: 2023-10-31
                  |       ^~~~~~~~~~

            """)
    }

    @Test("a range over several lines is underlined to the end of its first line")
    func multiLine() {
        let text = "owners:\n  vp:\n    name: Văn phòng Sở\n"
        let report = Fixture.report(text, at: SourceRange(line: 2, column: 3, endLine: 3, endColumn: 23))
        #expect(HumanRenderer().render([report]) == """
            plan.yaml:2:3: error: problem here [invalid-value]
                2 |   vp:
                  |   ^~~

            """)
    }

    @Test("a position at the end of a line or past it gets one caret there")
    func endOfLine() {
        let report = Fixture.report("name: Kế hoạch", at: SourceRange(line: 1, column: 15, endColumn: 15))
        #expect(HumanRenderer().render([report]) == """
            plan.yaml:1:15: error: problem here [invalid-value]
                1 | name: Kế hoạch
                  |               ^

            """)
    }

    @Test("a long line shows a window around the range, marked with …")
    func longLine() throws {
        let title = String(repeating: "Chuyển đổi số ", count: 30)  // 420 characters
        let line = "    title: \(title)bao-cao-qui"
        let column = line.count - 10
        let report = Fixture.report(line, at: SourceRange(line: 1, column: column, endColumn: column + 11))
        let lines = HumanRenderer().render([report]).split(separator: "\n")
        let source = lines[1].dropFirst(8), carets = lines[2].dropFirst(8)
        #expect(source.count <= 200)
        #expect(source.hasPrefix("…"))
        #expect(source.hasSuffix("bao-cao-qui"))
        let offset = try #require(carets.firstIndex(of: "^"))
        let under = source.dropFirst(carets.distance(from: carets.startIndex, to: offset))
        #expect(under == "bao-cao-qui")
        #expect(carets.hasSuffix("^" + String(repeating: "~", count: 10)))
    }

    @Test("Windows line ends and a byte-order mark do not shift lines or columns")
    func crlfAndBOM() {
        let report = Fixture.report("\u{FEFF}wf: 1\r\nname: Kế hoạch\r\nperiod: Q4\r\n", at: SourceRange(line: 3, column: 9, endColumn: 11))
        #expect(HumanRenderer().render([report]) == """
            plan.yaml:3:9: error: problem here [invalid-value]
                3 | period: Q4
                  |         ^~

            """)
        let first = Fixture.report("\u{FEFF}wf: 2\n", at: SourceRange(line: 1, column: 5, endColumn: 6), rule: .version)
        #expect(HumanRenderer().render([first]).contains("    1 | wf: 2\n      |     ^\n"))
    }

    @Test("no excerpt for an unreadable or empty file, or a line past the end")
    func noExcerpt() {
        let missing = FileReport(path: "khong-co.yaml", text: "", diagnostics: [.error(.io, "no such file", at: .fileStart)])
        let pastEnd = Fixture.report("wf: 1", at: SourceRange(line: 9, column: 1))
        #expect(HumanRenderer().render([missing, pastEnd]) == """
            khong-co.yaml:1:1: error: no such file [io]
            plan.yaml:9:1: error: problem here [invalid-value]

            """)
        #expect(HumanRenderer().render([FileReport(path: "a.yaml", text: "wf: 1", diagnostics: [])]) == "")
    }

    @Test("control characters in messages are escaped, and shown as � in excerpts")
    func controlCharacters() {
        let report = FileReport(
            path: "plan.yaml", text: "name: a\u{1B}b",
            diagnostics: [.error(.unknownKey, "unknown key 'x\u{1B}[31m\ny'", at: SourceRange(line: 1, column: 7, endColumn: 10))])
        #expect(HumanRenderer().render([report]) == """
            plan.yaml:1:7: error: unknown key 'x\\u{1B}[31m\\ny' [unknown-key]
                1 | name: a\u{FFFD}b
                  |       ^~~

            """)
    }

    @Test("the gutter widens for long files and notes line up with the diagnostic")
    func wideGutter() {
        let text = Array(repeating: "x: 1", count: 100_000).joined(separator: "\n")
        let report = FileReport(path: "big.yaml", text: text, diagnostics: [
            .error(.duplicateID, "duplicate", at: SourceRange(line: 100_000, column: 1, endColumn: 2),
                   notes: [Diagnostic.Note("first here", at: SourceRange(line: 2, column: 1, endColumn: 2))]),
        ])
        #expect(HumanRenderer().render([report]) == """
            big.yaml:100000:1: error: duplicate [duplicate-id]
             100000 | x: 1
                    | ^
            big.yaml:2:1: note: first here
                  2 | x: 1
                    | ^

            """)
    }
}

@Suite("Summary line")
struct SummaryLineTests {
    static func reports(errors: Int, warnings: Int, files: Int) -> [FileReport] {
        let diagnostics = Array(repeating: Diagnostic.error(.cycle, "x", at: .fileStart), count: errors)
            + Array(repeating: Diagnostic.warning(.outOfPeriod, "y", at: .fileStart), count: warnings)
        return (0..<files).map { FileReport(path: "\($0).yaml", text: "", diagnostics: $0 == 0 ? diagnostics : []) }
    }

    @Test(arguments: [
        (2, 1, 3, "2 errors and 1 warning in 3 files"),
        (1, 0, 1, "1 error in 1 file"),
        (0, 3, 2, "3 warnings in 2 files"),
        (1, 1, 1, "1 error and 1 warning in 1 file"),
        (0, 0, 5, "no problems found in 5 files"),
        (0, 0, 1, "no problems found in 1 file"),
        (0, 0, 0, "no problems found in 0 files"),
    ])
    func wording(errors: Int, warnings: Int, files: Int, expected: String) {
        #expect(summaryLine(Self.reports(errors: errors, warnings: warnings, files: files)) == expected)
    }

    @Test func colour() {
        let line = summaryLine(Self.reports(errors: 2, warnings: 1, files: 3), color: true)
        #expect(line == "\u{1B}[1;31m2 errors\u{1B}[0m and \u{1B}[1;35m1 warning\u{1B}[0m in 3 files")
    }
}
