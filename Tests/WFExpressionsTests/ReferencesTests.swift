import Testing
@testable import WFExpressions

@Suite struct ReferencesTests {
    private func paths(_ source: String) throws -> [String] {
        try references(in: Expression.parse(source)).map { $0.path.joined(separator: "/") }
    }

    @Test(arguments: [
        ("steps.kiem-tra-han.outputs.overdue > 0", ["steps/kiem-tra-han/outputs/overdue"]),
        ("steps['bao-cao-quy'].outputs.path", ["steps/bao-cao-quy/outputs/path"]),
        ("steps[vars.id].outputs.path", ["steps", "vars/id"]),
        ("goals.a.title == events.b.date || !x", ["goals/a/title", "events/b/date", "x"]),
        ("format('{0}', steps.a.status, owners.vp.notify[0])", ["steps/a/status", "owners/vp/notify"]),
        ("fromJSON(env.DATA).items", ["env/DATA"]),
        ("1 == 'steps.a'", []),
        ("success()", []),
    ])
    func paths(source: String, expected: [String]) throws {
        #expect(try paths(source) == expected)
    }

    @Test func referenceCoversThePath() {
        let (template, _) = Template.parse("Quý IV: ${{ steps.kiem-tra-han.outputs.overdue }}")
        let found = template.expressions.flatMap(references(in:))
        #expect(found == [ExpressionReference(
            path: ["steps", "kiem-tra-han", "outputs", "overdue"], offset: 12, length: 34)])
    }
}
