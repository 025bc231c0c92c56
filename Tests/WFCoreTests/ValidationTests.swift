import Testing
import WFDiagnostics
@testable import WFCore

@Suite struct ValidationTests {
    static func plan(steps: String, extra: String = "") -> String {
        "wf: 1\nname: x\n\(extra)steps:\n\(steps)"
    }

    @Test(arguments: [
        ("  - { id: s, uses: ecoh }", ["4:20 unknown-plugin"], "did you mean 'echo'?"),
        ("  - { id: s, uses: echo }", ["4:20 plugin-input"], "'message': What to say."),
        ("  - { id: s, uses: echo, with: { mesage: hi, message: x } }", ["4:34 plugin-input"], "did you mean 'message'?"),
        ("  - { id: s, uses: echo, with: { message: hi, times: many } }", ["4:54 plugin-input"], nil),
        ("  - { id: s, uses: echo, with: { message: hi, level: loud } }", ["4:54 plugin-input"], nil),
        ("  - { id: s, uses: echo, with: { message: hi, after: soon } }", ["4:54 plugin-input"], nil),
        ("  - { id: s, uses: echo, with: { message: hi, targets: [nope] } }", ["4:57 unknown-reference"], nil),
        ("  - { id: s, uses: echo, with: { message: hi, times: \"${{ vars.n }}\" } }", ["4:64 unknown-reference"], nil),
    ] as [(String, [String], String?)])
    func checksUsesAndWithAgainstThePluginDeclaration(step: String, expected: [String], note: String?) {
        let loaded = TestCatalog.load(Self.plan(steps: step + "\n"))
        #expect(loaded.found == expected)
        if let note {
            #expect(loaded.report.diagnostics.first?.notes.map(\.message.en).contains(note) == true,
                    "\(loaded.report.diagnostics.first?.notes.map(\.message.en) ?? [])")
        }
    }

    @Test func expressionsAreCheckedInEveryStringWithSuggestions() throws {
        let loaded = TestCatalog.load("""
            wf: 1
            name: "${{ plan.nam }}"
            vars: { department: Sở }
            steps:
              - id: kiem-tra-han
                uses: echo
                with: { message: ok }
              - id: gui
                uses: echo
                if: steps.kiem-tra-hn.outputs.said == 'x'
                with: { message: "${{ steps.kiem-tra-han.outputs.sad }} ${{ vars.departmen }}" }
            """)
        #expect(loaded.found == ["2:17 unknown-reference", "10:15 unknown-reference", "11:54 unknown-reference", "11:70 unknown-reference"])
        let notes = loaded.report.diagnostics.flatMap { $0.notes.map(\.message.en) }
        #expect(notes.contains("did you mean 'kiem-tra-han'?"))
        #expect(notes.contains("did you mean 'said'?"))
        #expect(notes.contains("did you mean 'department'?"))
    }

    @Test func scriptInjectionPointsInsideABlockScalar() throws {
        let loaded = TestCatalog.load("""
            wf: 1
            name: x
            steps:
              - id: s
                run: |
                  echo start
                  echo "${{ vars.x }}"
            """)
        #expect(loaded.found == ["7:13 script-injection"])
    }

    @Test func secretsMustBeDeclared() throws {
        let loaded = TestCatalog.load("""
            wf: 1
            name: x
            secrets: [TOKEN]
            steps:
              - { id: s, uses: echo, with: { message: "${{ secrets.TOKEN }} ${{ secrets.PASSWORD }}" } }
            """)
        #expect(loaded.found == ["5:77 undeclared-secret"])
    }

    @Test func channelsAndOwnersAreChecked() throws {
        let loaded = TestCatalog.load("""
            wf: 1
            name: x
            owners:
              vp: { name: Văn phòng, notify: [sms:0912, owner:cnt, mailto:nobody] }
              cntt: Phòng CNTT
            goals:
              - { id: a, title: A, due: 2023-10-10, owner: cnt }
            """)
        #expect(loaded.found == ["4:35 invalid-value", "4:45 unknown-reference", "4:56 invalid-value", "7:48 unknown-reference"])
    }

    @Test func datesOutsideThePeriodAndConflictsAreWarnings() throws {
        let loaded = TestCatalog.load("""
            wf: 1
            name: x
            period: 2023-Q4
            goals:
              - { id: a, title: A, due: 2024-01-05 }
              - { id: b, title: B, due: 2023-12-01, after: [a] }
            """)
        #expect(loaded.found == ["5:29 out-of-period", "6:49 schedule-conflict"])
        #expect(loaded.report.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(loaded.compiled != nil)
        let conflict = try #require(loaded.report.diagnostics.last)
        #expect(conflict.notes.first?.message.en == "'a' is due 05/01/2024")
    }
}
