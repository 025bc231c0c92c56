import Testing
import WFDiagnostics

@Suite("GitHub workflow commands")
struct GitHubRendererTests {
    @Test("one annotation per diagnostic, in source order, notes appended to the message")
    func annotations() {
        #expect(GitHubRenderer().render([Fixture.report]) == """
            ::warning file=workflows/q4-plan.yaml,line=7,col=10,endLine=7,endColumn=20,title=out-of-period::goal 'bao-cao-nq44' is due 31/10/2022, outside the plan's period 2023-Q4%0Aworkflows/q4-plan.yaml:3:9: note: the plan's period
            ::error file=workflows/q4-plan.yaml,line=13,col=13,endLine=13,endColumn=24,title=unknown-reference::step 'gui-lanh-dao' needs unknown id 'bao-cao-qui'%0Anote: did you mean 'bao-cao-quy'?
            ::error file=workflows/q4-plan.yaml,line=15,col=63,endLine=15,endColumn=69,title=unknown-reference::step 'bao-cao-quy' has no member 'output': use outputs or status%0Anote: did you mean 'outputs'?

            """)
        #expect(render([Fixture.report], format: .github, color: true) == GitHubRenderer().render([Fixture.report]))
    }

    @Test("message data escapes %, CR and LF", arguments: [
        ("đạt 80%", "đạt 80%25"),
        ("a\r\nb", "a%0D%0Ab"),
        ("%0A is not a newline", "%250A is not a newline"),
        ("a: b, c", "a: b, c"),
    ])
    func escapeData(raw: String, escaped: String) {
        #expect(GitHubRenderer.escapeData(raw) == escaped)
    }

    @Test("property values also escape : and ,", arguments: [
        ("workflows/kế hoạch, bản 2.yaml", "workflows/kế hoạch%2C bản 2.yaml"),
        ("C:\\plans\\q4.yaml", "C%3A\\plans\\q4.yaml"),
        ("50%\n", "50%25%0A"),
    ])
    func escapeProperty(raw: String, escaped: String) {
        #expect(GitHubRenderer.escapeProperty(raw) == escaped)
    }

    @Test("a path and a message with special characters stay one well-formed command")
    func escapingInContext() {
        let report = FileReport(path: "plans/q4,v2:final.yaml", text: "", diagnostics: [
            .error(.invalidValue, "'expect' must be a percentage such as 80%,\nfound 'tám mươi'", at: SourceRange(line: 3, column: 5, endColumn: 9)),
        ])
        #expect(GitHubRenderer().render([report]) == """
            ::error file=plans/q4%2Cv2%3Afinal.yaml,line=3,col=5,endLine=3,endColumn=9,title=invalid-value::'expect' must be a percentage such as 80%25,%0Afound 'tám mươi'

            """)
    }

    @Test("a range over several lines gives lines only, as GitHub allows columns on one line")
    func multiLine() {
        let report = FileReport(path: "q4.yaml", text: "", diagnostics: [
            .warning(.scheduleConflict, "conflict", at: SourceRange(line: 4, column: 3, endLine: 6, endColumn: 1)),
        ])
        #expect(GitHubRenderer().render([report]) == "::warning file=q4.yaml,line=4,endLine=6,title=schedule-conflict::conflict\n")
    }

    @Test func noDiagnosticsNoOutput() {
        #expect(GitHubRenderer().render([FileReport(path: "q4.yaml", text: "wf: 1", diagnostics: [])]) == "")
    }
}
