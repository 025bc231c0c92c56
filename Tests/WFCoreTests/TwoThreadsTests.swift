import Testing
import WFDiagnostics
import WFYAML
@testable import WFCore

/// A large plan is decoded and its expressions checked on two threads. Whatever finishes
/// first, the diagnostics, the graph and its order must be those of one thread.
@Suite struct TwoThreadsTests {
    /// `goals` goals (past the two-thread threshold), with a mistake of every kind the split
    /// work finds spread over both halves, and steps whose expressions add edges.
    static func plan(goals: Int, mistakes: Bool) -> String {
        var text = """
            wf: 1
            name: Kế hoạch lớn
            period: { start: 2024-01-01, end: 2024-12-31 }
            vars: { so: 12/KH }
            owners:
              vp: { name: Văn phòng }

            """
        text += "goals:\n"
        for index in 0..<goals {
            let broken = mistakes && index % 97 == 3
            text += "  - id: g\(index)\n"
            text += "    title: \"Việc \(index) ${{ vars.so }}\"\n"
            text += "    owner: \(broken ? "vpp" : "vp")\n"
            text += "    due: \(broken && index % 2 == 0 ? "2024-13-01" : "2024-0\(1 + index % 9)-1\(index % 10)")\n"
            if index > 0 { text += "    after: [g\(broken ? index + goals : index - 1)]\n" }
            if broken { text += "    colour: red\n    description: \"${{ goals.g\(index).titel }} ${{ 1 + }}\"\n" }
        }
        text += """
            events:
              - id: hoi-nghi
                title: Hội nghị ${{ vars.so }}
                date: 2024-10-10
            steps:
              - { id: s1, uses: echo, with: { message: "${{ goals.g\(goals - 1).title }}" } }
              - { id: s2, uses: echo, with: { message: "${{ steps.s1.outputs.said }} ${{ events.hoi-nghi.date }}" } }
              - { id: s3, uses: echo, with: { message: "${{ steps.s2.outputs.\(mistakes ? "sad }} ${{ steps.s4.outputs.said" : "said") }}" } }

            """
        if mistakes {
            text += "  - { id: s4, uses: echo, with: { message: \"${{ steps.s3.outputs.said }}\" } }\n"
        }
        return text
    }

    static func load(_ text: String, twoThreads: Bool) -> LoadedWorkflow {
        var options = TestCatalog.options
        options.twoThreads = twoThreads
        return WorkflowLoader.compile(bytes: Array(text.utf8), path: "large.yaml", options: options)
    }

    /// Every part of a diagnostic a reader sees.
    static func described(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { diagnostic in
            let notes = diagnostic.notes.map { "\($0.message.en) @\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-")" }
            return "\(diagnostic.range.start.line):\(diagnostic.range.start.column)-\(diagnostic.range.end.column) "
                + "\(diagnostic.rule.rawValue) \(diagnostic.message.en) | \(notes.joined(separator: " | "))"
        }
    }

    @Test func problemsAreThoseOfOneThreadInTheSameOrder() {
        let goals = Background.threshold * 2
        let text = Self.plan(goals: goals, mistakes: true)
        let one = Self.described(Self.load(text, twoThreads: false).report.diagnostics)
        let two = Self.described(Self.load(text, twoThreads: true).report.diagnostics)
        if !Background.available { print("one processor here: both loads ran on one thread") }
        // Every kind of mistake is there, in both halves of the goals.
        let rules = Set(one.map { $0.split(separator: " ")[1] })
        #expect(rules.isSuperset(of: ["unknown-reference", "unknown-key", "expression", "invalid-date", "cycle"]), "\(rules)")
        // About five lines a goal: the first half ends near line 2.5 × goals.
        let lines = one.compactMap { Int($0.prefix { $0 != ":" }) }
        #expect(lines.contains { $0 < 2 * goals } && lines.contains { $0 > 3 * goals && $0 < 5 * goals })
        #expect(one.count > 40)
        #expect(two == one)
    }

    @Test("the expression pieces are put back in their order, whatever order they were checked in")
    func expressionPiecesMergeInOrder() throws {
        let text = Self.plan(goals: ExpressionWork.itemsPerPiece * 5 + 3, mistakes: false)
        let root = try #require(YAMLParser.parse(text).root)
        let work = ExpressionWork(root: root)
        var taken: [Int] = []
        while let index = work.take() { taken.append(index) }
        // The goals in runs of 64 (6 pieces), the event, then the steps.
        #expect(taken == Array(0..<8))
        for index in taken.reversed() {
            let mark = SourceRange(line: index + 1, column: 1)
            work.finish(index, ExpressionFindings(diagnostics: [.error(.expression, .verbatim("\(index)"), at: mark)],
                                                  edges: [ExpressionEdge(step: "s\(index)", target: "g", range: mark)]))
        }
        let merged = work.merged()
        #expect(merged.diagnostics.map(\.range.start.line) == Array(1...8))
        #expect(merged.edges.map(\.step) == taken.map { "s\($0)" })
    }

    @Test func graphAndOrderAreThoseOfOneThread() throws {
        let text = Self.plan(goals: Background.threshold + 100, mistakes: false)
        let loaded = (Self.load(text, twoThreads: false), Self.load(text, twoThreads: true))
        #expect(loaded.0.report.errorCount == 0, "\(loaded.0.found.prefix(5))")
        let one = try #require(loaded.0.compiled), two = try #require(loaded.1.compiled)
        func edges(_ graph: PlanGraph) -> [String] {
            graph.edges.map { "\(graph.nodes[$0.from].id)→\(graph.nodes[$0.to].id) \($0.kind.rawValue) \($0.range.start.line):\($0.range.start.column)" }
        }
        #expect(edges(one.graph).contains { $0.hasPrefix("s2→hoi-nghi expression") })
        #expect(edges(one.graph).contains { $0.hasPrefix("s1→g\(Background.threshold + 99) expression") })
        #expect(edges(two.graph) == edges(one.graph))
        #expect(two.order == one.order)
        #expect(two.plan.goals.map(\.id.value) == one.plan.goals.map(\.id.value))
        #expect(two.plan.goals.count == Background.threshold + 100)
    }
}
