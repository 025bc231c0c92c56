import Testing
import WFDiagnostics
@testable import WFExpressions

/// The names `workflows/q4-plan.yaml` declares.
let q4Scope = ExpressionScope(
    vars: ["department", "director"],
    goals: ["bao-cao-nq44", "de-an-cds", "ke-hoach-10-10"],
    events: ["ngay-cds"],
    checkpoints: ["giai-ngan-q4"],
    owners: ["cntt", "vp"],
    secrets: ["SMTP_PASSWORD"],
    steps: [
        "kiem-tra-han": ["overdue", "due_soon", "on_track", "items"],
        "bao-cao-quy": ["path"],
        "sao-luu": Set<String>?.none,
        "im-lang": [],
    ])

@Suite struct ReferenceCheckerTests {
    private func problems(_ string: String) -> [ExpressionProblem] {
        let (template, errors) = Template.parse(string)
        #expect(errors.isEmpty, "\(errors)")
        return check(template, scope: q4Scope)
    }

    // MARK: - Valid references

    @Test(arguments: [
        "${{ vars.department }}",
        "${{ plan.name }} ${{ plan.period }} ${{ plan.start }} ${{ plan.end }}",
        "${{ goals.de-an-cds.title }} ${{ goals['de-an-cds'].workdays_left }} ${{ goals.ke-hoach-10-10.due }}",
        "${{ events.ngay-cds.date }} ${{ checkpoints.giai-ngan-q4.rate >= 0.8 }}",
        "${{ steps.kiem-tra-han.outputs.overdue > 0 }}",
        "${{ steps.kiem-tra-han.outputs.items[0].title }}",
        "${{ steps.sao-luu.outputs.anything }}",
        "${{ steps.bao-cao-quy.status == 'success' }} ${{ steps.bao-cao-quy.conclusion }}",
        "${{ owners.vp.notify[0] }} ${{ owners['cntt'].name }}",
        "${{ run.as_of }} ${{ run.id }} ${{ env.HOME }} ${{ env.ANY.THING }}",
        "${{ secrets.SMTP_PASSWORD }}",
        "${{ goals }} ${{ steps.kiem-tra-han }} ${{ goals[vars.department].whatever }}",
        "${{ always() && success() || failure() || cancelled() }}",
        "${{ days_until(goals.de-an-cds.due) < 5 && workdays_until(events.ngay-cds.date) > 0 }}",
        "${{ format('{0} và {1}', vars.department, vars.director) }} ${{ toJson(goals) }}",
        "${{ fromJSON('{\"a\": 1}').a.b.c }}",
    ])
    func valid(string: String) {
        #expect(problems(string) == [])
    }

    // MARK: - Problems

    @Test(arguments: [
        ("${{ steps.1️⃣kiem-tra-hn.outputs.overdue }}", Rule.unknownReference,
         "unknown step 'kiem-tra-hn': use the id of a step declared under 'steps:'", "kiem-tra-han"),
        ("Quý IV: ${{ steps.kiem-tra-han.outputs.1️⃣overdu }}", .unknownReference,
         "step 'kiem-tra-han' has no output 'overdu': its outputs are due_soon, items, on_track or overdue", "overdue"),
        ("${{ steps.im-lang.outputs.1️⃣x }}", .unknownReference,
         "step 'im-lang' has no output 'x': its plugin declares no outputs", nil),
        ("${{ steps.kiem-tra-han.1️⃣output.overdue }}", .unknownReference,
         "step 'kiem-tra-han' has no member 'output': use outputs, status, outcome or conclusion", "outputs"),
        ("${{ steps.kiem-tra-han.status.1️⃣code }}", .unknownReference,
         "'steps.kiem-tra-han.status' is a single value and has no member 'code': remove 'code'", nil),
        ("${{ 1️⃣step.kiem-tra-han }}", .unknownReference,
         "unknown context 'step': start with vars, plan, goals, events, checkpoints, steps, owners, run, env or secrets", "steps"),
        ("${{ 1️⃣github.sha }}", .unknownReference,
         "unknown context 'github': start with vars, plan, goals, events, checkpoints, steps, owners, run, env or secrets", nil),
        ("${{ 1️⃣de-an-cds.title }}", .unknownReference,
         "unknown context 'de-an-cds': write 'goals.de-an-cds' to refer to the goal 'de-an-cds'", nil),
        ("${{ vars.1️⃣departmnt }}", .unknownReference,
         "unknown variable 'vars.departmnt': declare 'departmnt' under 'vars:' or fix the name", "department"),
        ("${{ plan.1️⃣title }}", .unknownReference, "'plan' has no member 'title': use name, period, start or end", nil),
        ("${{ plan.1️⃣nam }}", .unknownReference, "'plan' has no member 'nam': use name, period, start or end", "name"),
        ("${{ run.1️⃣asof }}", .unknownReference, "'run' has no member 'asof': use as_of or id", "as_of"),
        ("${{ goals.1️⃣de-an-cdx.title }}", .unknownReference,
         "unknown goal 'de-an-cdx': use the id of a goal declared under 'goals:'", "de-an-cds"),
        ("${{ goals[1️⃣'de-an'].title }}", .unknownReference,
         "unknown goal 'de-an': use the id of a goal declared under 'goals:'", nil),
        ("${{ goals.de-an-cds.1️⃣titel }}", .unknownReference,
         "goal 'de-an-cds' has no member 'titel': use id, title, due, owner, event, status, progress, done, days_left, workdays_left, waiting_for, warn or description", "title"),
        ("${{ goals.de-an-cds[1️⃣'date'] }}", .unknownReference,
         "goal 'de-an-cds' has no member 'date': use id, title, due, owner, event, status, progress, done, days_left, workdays_left, waiting_for, warn or description", nil),
        ("${{ goals.1️⃣ngay-cds.title }}", .unknownReference,
         "'ngay-cds' is an event, not a goal: write 'events.ngay-cds'", nil),
        ("${{ events.ngay-cds.1️⃣due }}", .unknownReference,
         "event 'ngay-cds' has no member 'due': use id, title, date, owner, status, location, days_left or reminder", nil),
        ("${{ checkpoints.giai-ngan-q4.1️⃣rates }}", .unknownReference,
         "checkpoint 'giai-ngan-q4' has no member 'rates': use id, title, date, owner, allocated, spent, rate, currency, expect, status or budget", "rate"),
        ("${{ owners.1️⃣cntt2.name }}", .unknownReference,
         "unknown owner 'cntt2': use the id of an owner declared under 'owners:'", "cntt"),
        ("${{ owners.vp.1️⃣email }}", .unknownReference, "owner 'vp' has no member 'email': use id, name, head or notify", nil),
        ("${{ secrets.1️⃣SMTP_PASSWROD }}", .undeclaredSecret,
         "secret 'SMTP_PASSWROD' is not declared: add it under 'secrets:'", "SMTP_PASSWORD"),
        ("${{ secrets.1️⃣API_TOKEN }}", .undeclaredSecret, "secret 'API_TOKEN' is not declared: add it under 'secrets:'", nil),
        ("${{ 1️⃣contans(vars.department, 'x') }}", .expression,
         "unknown function 'contans': use contains, startsWith, endsWith, format, join, length, toJSON, fromJSON, days_until, workdays_until, date_vi, format_date, money_vi, success, failure, always or cancelled", "contains"),
        ("${{ !1️⃣success(1) }}", .expression, "'success' takes no arguments, not 1", nil),
        ("${{ 1️⃣join() }}", .expression, "'join' takes 1 or 2 arguments, not 0", nil),
        ("${{ 1️⃣format() }}", .expression, "'format' takes at least 1 argument, not 0", nil),
        ("${{ format(1️⃣'{0} {1}', vars.department) }}", .expression,
         "format string uses {1} but only 1 argument follows it: add the argument or fix the placeholder", nil),
        ("${{ format(1️⃣'{a}', 1) }}", .expression,
         "'{a}' is not a placeholder: write {0}, {1}, … or '{{' for a literal brace", nil),
    ] as [(String, Rule, String, String?)])
    func problem(marked: String, rule: Rule, message: String, suggestion: String?) throws {
        let string = Marked(marked)
        let found = problems(string.text)
        try #require(found.count == 1, "\(found)")
        #expect(found[0].rule == rule)
        #expect(found[0].message.en == message)
        #expect(found[0].offset == string.offset)
        #expect(found[0].suggestion == suggestion)
    }

    @Test func problemCoversTheName() {
        let found = problems("Quý IV: ${{ steps.kiem-tra-hn.outputs.overdue }}")
        #expect(found.map { [$0.offset, $0.length] } == [[18, 11]])
    }

    @Test func literalIndexIsCoveredWithItsQuotes() {
        let found = problems("${{ goals['x'] }}")
        #expect(found.map { [$0.offset, $0.length] } == [[10, 3]])
    }

    @Test func everyProblemIsReported() {
        let found = problems("${{ vars.a == vars.b }} và ${{ contains(secrets.X, steps.y.status) || nope() }}")
        #expect(found.map(\.message.en.first) == ["u", "u", "s", "u", "u"])
        #expect(found.map(\.rule) == [.unknownReference, .unknownReference, .undeclaredSecret, .unknownReference, .expression])
    }

    @Test func referencesInsideDynamicIndexesAreChecked() {
        let found = problems("${{ goals[vars.missing].title }}")
        #expect(found.map(\.message.en) == ["unknown variable 'vars.missing': declare 'missing' under 'vars:' or fix the name"])
    }
}
