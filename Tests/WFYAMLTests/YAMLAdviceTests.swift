import Testing
import WFDiagnostics
@testable import WFYAML

/// The YAML mistakes planners make, reported as what to do: one error per mistake, with the fix.
@Suite("YAML errors that say how to fix them")
struct YAMLAdviceTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var yaml: String
        var line: Int
        var message: String
        var note: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a colon and a space inside a value",
             yaml: "goals:\n  - id: a\n    title: Lấy ý kiến: các sở\n    due: 2024-01-10\n", line: 3,
             message: "the value holds ': ', which YAML reads as the start of another key",
             note: "put the whole value in quotes: title: \"Lấy ý kiến: các sở\""),
        Case(name: "a tab used for indentation",
             yaml: "goals:\n  - id: a\n\ttitle: A\n    due: 2024-01-10\n", line: 3,
             message: "line 3 is indented with a tab; YAML indents with spaces only",
             note: "replace the tab with spaces, as many as the lines around it use"),
        Case(name: "three spaces where the level has four",
             yaml: "goals:\n  - id: a\n    title: A\n   due: 2024-01-10\n", line: 4,
             message: "line 4 is indented by 3 spaces, which matches no level above it",
             note: "indent it by 4 spaces, like the line it belongs with"),
        Case(name: "a list item without its dash",
             yaml: "goals:\n  - id: a\n    title: A\n    id: b\n    title: B\n    after: [b]\n", line: 4,
             message: "a second 'id' in the same item: a new item starts here without its '- '",
             note: "start the new item with a dash: '- id: b', the dash two columns left of the keys"),
        Case(name: "a quote never closed",
             yaml: "name: \"Kế hoạch\ngoals:\n  - id: a\n", line: 4,
             message: "the quote opened on line 1 is never closed",
             note: "end the value with \" on the same line: name: \"Kế hoạch\""),
        Case(name: "a dash without a space",
             yaml: "goals:\n  -id: a\n    title: A\n", line: 3,
             message: "line 2 starts with '-' but no space after it, so it is not a list item",
             note: "write '- ' with a space:   - id: a"),
    ]

    @Test("one error, at the line, with the fix", arguments: cases)
    func advice(_ example: Case) {
        let document = YAMLParser.parse(example.yaml)
        let errors = document.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, "\(errors.map(\.message.en))")
        let error = errors.first
        #expect(error?.range.start.line == example.line)
        #expect(error?.message.en == example.message)
        #expect(error?.notes.map(\.message.en).contains(example.note) == true, "\(error?.notes.map(\.message.en) ?? [])")
    }

    @Test("a quoted value with ': ' is fine; libyaml's words stay as a note")
    func quotedIsFine() {
        #expect(YAMLParser.parse("title: \"Lấy ý kiến: các sở\"\n").diagnostics.isEmpty)
        let document = YAMLParser.parse("title: Lấy ý kiến: các sở\n")
        #expect(document.diagnostics.first?.notes.last?.message.en == "YAML says: mapping values are not allowed in this context")
    }
}
