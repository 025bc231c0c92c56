import Testing
import WFDiagnostics
@testable import WFCore

@Suite struct GraphTests {
    static let layered = """
        wf: 1
        name: x
        goals:
          - { id: b, title: B, due: 2023-10-05, after: [a] }
          - { id: a, title: A, due: 2023-10-01 }
          - { id: c, title: C, due: 2023-10-20, after: [a] }
          - { id: d, title: D, due: 2023-11-30, after: [b, c] }
          - { id: e, title: E, due: 2023-10-02 }
        events:
          - id: ev
            title: Sự kiện
            date: 2023-12-10
            prepare: [{ id: p, title: P, due: -3d, after: [d] }]
        steps:
          - { id: s1, uses: echo, with: { message: hi } }
          - { id: s2, uses: echo, with: { message: "${{ steps.s1.outputs.said }}" } }
        """

    @Test func topologicalOrderIsStableAndRespectsEveryEdge() throws {
        let compiled = try #require(TestCatalog.load(Self.layered).compiled)
        let ids = compiled.order.map { compiled.graph.nodes[$0].id }
        #expect(ids == ["a", "b", "c", "d", "e", "p", "ev", "s1", "s2"])
    }

    @Test func edgesComeFromAfterPrepareNeedsAndExpressions() throws {
        let graph = try #require(TestCatalog.load(Self.layered).compiled?.graph)
        func kinds(_ from: String) -> [String] {
            graph.edges.filter { graph.nodes[$0.from].id == from }.map { "\(graph.nodes[$0.to].id):\($0.kind.rawValue)" }
        }
        #expect(kinds("d") == ["b:after", "c:after"])
        #expect(kinds("ev") == ["p:prepare"])
        #expect(kinds("s2") == ["s1:expression"])
    }

    @Test func criticalPathIsTheLongestChain() throws {
        let graph = try #require(TestCatalog.load(Self.layered).compiled?.graph)
        #expect(graph.criticalPath().map { graph.nodes[$0].id } == ["a", "c", "d", "p", "ev"])
    }

    @Test func reportsEveryCycleWithANotePerEdge() throws {
        let loaded = TestCatalog.load("""
            wf: 1
            name: x
            goals:
              - { id: a, title: A, due: 2023-10-10, after: [b] }
              - { id: b, title: B, due: 2023-10-10, after: [a] }
              - { id: c, title: C, due: 2023-10-10, after: [c] }
              - { id: d, title: D, due: 2023-10-10, after: [e] }
              - { id: e, title: E, due: 2023-10-10, after: [f] }
              - { id: f, title: F, due: 2023-10-10, after: [d] }
            """)
        let cycles = loaded.report.diagnostics.filter { $0.rule == .cycle }
        #expect(cycles.count == 3)
        #expect(cycles.map(\.message.en) == [
            "dependency cycle: a → b → a", "dependency cycle: c → c", "dependency cycle: d → e → f → d",
        ])
        #expect(cycles[2].notes.map(\.message.en) == ["'d' comes after 'e'", "'e' comes after 'f'", "'f' comes after 'd'"])
        #expect(cycles[2].notes.compactMap(\.range?.start.line) == [7, 8, 9])
    }

    @Test func findsACycleInALargeGraphWithoutRecursion() throws {
        var yaml = "wf: 1\nname: x\ngoals:\n"
        for index in 0..<5_000 {
            yaml += "  - { id: g\(index), title: G, due: 2023-10-10, after: [g\((index + 1) % 5_000)] }\n"
        }
        let loaded = TestCatalog.load(yaml)
        let cycle = try #require(loaded.report.diagnostics.first { $0.rule == .cycle })
        #expect(cycle.notes.count == 5_000)
    }
}
