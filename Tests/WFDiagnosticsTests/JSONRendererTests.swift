import Foundation
import Testing
import WFDiagnostics

@Suite("JSON output")
struct JSONRendererTests {
    @Test("exact shape: counts, then every diagnostic with keys in a fixed order")
    func exactShape() {
        let report = FileReport(path: "workflows/q4-plan.yaml", text: Fixture.text, diagnostics: [Fixture.outOfPeriod, Fixture.unknownReference])
        let clean = FileReport(path: "workflows/ngay-cds.yaml", text: "wf: 1", diagnostics: [])
        #expect(JSONRenderer().render([report, clean]) == """
            {
              "files": 2,
              "errors": 1,
              "warnings": 1,
              "diagnostics": [
                {
                  "file": "workflows/q4-plan.yaml",
                  "line": 7,
                  "column": 10,
                  "end_line": 7,
                  "end_column": 20,
                  "severity": "warning",
                  "rule": "out-of-period",
                  "message": "goal 'bao-cao-nq44' is due 31/10/2022, outside the plan's period 2023-Q4",
                  "notes": [
                    {
                      "message": "the plan's period",
                      "line": 3,
                      "column": 9
                    }
                  ]
                },
                {
                  "file": "workflows/q4-plan.yaml",
                  "line": 13,
                  "column": 13,
                  "end_line": 13,
                  "end_column": 24,
                  "severity": "error",
                  "rule": "unknown-reference",
                  "message": "step 'gui-lanh-dao' needs unknown id 'bao-cao-qui'",
                  "notes": [
                    {
                      "message": "did you mean 'bao-cao-quy'?",
                      "line": null,
                      "column": null
                    }
                  ]
                }
              ]
            }

            """)
    }

    @Test("no files and no diagnostics is still a complete object")
    func empty() {
        #expect(render([], format: .json, color: false) == """
            {
              "files": 0,
              "errors": 0,
              "warnings": 0,
              "diagnostics": []
            }

            """)
    }

    @Test("valid JSON that round-trips quotes, backslashes, control characters and Vietnamese")
    func roundTrip() throws {
        let message = "title \"Kế hoạch\" has a tab\there, a backslash \\, a bell \u{07} and 😀"
        let report = FileReport(path: "kế hoạch/q4 \"mới\".yaml", text: "", diagnostics: [
            .error(.invalidValue, message, at: SourceRange(line: 2, column: 3, endLine: 4, endColumn: 1),
                   notes: [Diagnostic.Note("note\nwith a newline", at: SourceRange(line: 1, column: 1))]),
        ])
        let text = JSONRenderer().render([report])
        #expect(text.contains("\\u0007"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["files"] as? Int == 1)
        #expect(object["errors"] as? Int == 1)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let first = try #require(diagnostics.first)
        #expect(first["file"] as? String == "kế hoạch/q4 \"mới\".yaml")
        #expect(first["message"] as? String == message)
        #expect(first["end_line"] as? Int == 4)
        let notes = try #require(first["notes"] as? [[String: Any]])
        #expect(notes.first?["message"] as? String == "note\nwith a newline")
        #expect(notes.first?["line"] as? Int == 1)
    }

    @Test("note positions are null when the note has no range")
    func nullPositions() throws {
        let text = JSONRenderer().render([Fixture.report])
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        let notes = try #require(diagnostics[1]["notes"] as? [[String: Any]])
        #expect(notes.first?["line"] is NSNull)
        #expect(notes.first?["column"] is NSNull)
        #expect(Array(diagnostics.map { $0["line"] as? Int }) == [7, 13, 15])
    }
}
