import Testing
import WFLocalization
@testable import WFExpressions

@Suite struct EvaluationTests {
    private func value(_ source: String) throws -> ExpressionValue {
        try evaluate(Expression.parse(source), in: sampleContext)
    }

    // MARK: - Semantics

    @Test(arguments: [
        // Equality coerces across types; strings ignore case.
        ("1 == 1", true),
        ("1 == '1'", true),
        ("'1.0' == 1", true),
        ("' 2 ' == 2", true),
        ("'0x10' == 16", true),
        ("'abc' == 0", false),
        ("'' == 0", true),
        ("null == 0", true),
        ("null == ''", true),
        ("null == false", true),
        ("true == 1", true),
        ("true == '1'", true),
        ("'Bắc Ninh' == 'BẮC NINH'", true),
        ("'a' != 'A'", false),
        ("'a' != 'b'", true),
        ("vars.department == 'sở tt&tt bắc ninh'", true),
        ("steps.kiem-tra-han.outputs.items == steps.kiem-tra-han.outputs.items", true),
        ("steps.kiem-tra-han.outputs.items == 'a,b'", false),
        // Ordering.
        ("2 < 10", true),
        ("'2' < 10", true),
        ("'2' < '10'", false),
        ("'abc' < 'ABD'", true),
        ("'2023-10-05' < '2023-10-10'", true),
        ("1 <= 1", true),
        ("2 >= 3", false),
        ("'x' < 1", false),
        ("'x' >= 1", false),
        ("null < 1", true),
        ("steps.kiem-tra-han.outputs.overdue > 0", true),
        ("steps.kiem-tra-han.outputs.due_soon > 2", true),
        ("steps.kiem-tra-han.outputs.items > 0", false),
        // Logic returns an operand, and short-circuits.
        ("!0", true),
        ("!''", true),
        ("!'false'", false),
        ("!vars.missing", true),
        ("!steps.kiem-tra-han.outputs.items", false),
        ("1 && 'x'", "x"),
        ("0 && 'x'", 0),
        ("'' || 'default'", "default"),
        ("vars.missing || vars.year", 2023),
        ("success() || nope()", true),
        ("failure() && nope()", false),
        // Access.
        ("vars.department", "Sở TT&TT Bắc Ninh"),
        ("vars['year']", 2023),
        ("VARS.year", nil),
        ("vars.YEAR", 2023),
        ("goals['de-an-cds'].title", "Đề án CĐS"),
        ("goals.de-an-cds.progress", 0.4),
        ("owners.cntt.notify[1]", "console:"),
        ("owners.cntt.notify['1']", "console:"),
        ("owners.cntt.notify[1.7]", "console:"),
        ("owners.cntt.notify[2]", .null),
        ("owners.cntt.notify[-1]", .null),
        ("vars.department.length", .null),
        ("vars.missing.deeper", .null),
        ("-vars.year", -2023),
        ("-'x'", .number(-.nan)),
    ] as [(String, ExpressionValue?)])
    func semantics(source: String, expected: ExpressionValue?) throws {
        guard let expected else {
            #expect(throws: EvaluationError.self) { try value(source) }
            return
        }
        let result = try value(source)
        if case .number(let n) = expected, n.isNaN {
            #expect(result.numberValue?.isNaN == true)
        } else {
            #expect(result == expected)
        }
    }

    // MARK: - Functions

    @Test(arguments: [
        ("contains('Sở TT&TT', 'tt&tt')", ExpressionValue.bool(true)),
        ("contains('abc', 'd')", false),
        ("contains(steps.kiem-tra-han.outputs.items, 'B')", true),
        ("contains(owners.cntt.notify, 'console')", false),
        ("contains(fromJSON('[1, 2]'), '2')", true),
        ("startsWith('mailto:x', 'MAILTO:')", true),
        ("endsWith('bao-cao.docx', '.DOCX')", true),
        ("endsWith('bao-cao.docx', '.md')", false),
        ("format('{0} và {1}', 'a', 2)", "a và 2"),
        ("format('{{0}} = {0}', vars.year)", "{0} = 2023"),
        ("format('{1}{0}{1}', 'a', 'b')", "bab"),
        ("format('không có')", "không có"),
        ("join(owners.cntt.notify)", "mailto:cntt@bacninh.gov.vn,console:"),
        ("join(owners.cntt.notify, ' | ')", "mailto:cntt@bacninh.gov.vn | console:"),
        ("join('one')", "one"),
        ("length('Quý IV')", 6),
        ("length(owners.cntt.notify)", 2),
        ("length(goals.de-an-cds)", 4),
        ("length(vars.missing)", 0),
        ("toJSON(owners.cntt.notify)", "[\n  \"mailto:cntt@bacninh.gov.vn\",\n  \"console:\"\n]"),
        ("toJSON('x')", "\"x\""),
        ("fromJSON('{\"a\": [1, true, null]}').a[1]", true),
        ("toJson(1)", "1"),
        ("days_until('2023-10-10')", 5),
        ("success()", true),
    ] as [(String, ExpressionValue)])
    func function(source: String, expected: ExpressionValue) throws {
        #expect(try value(source) == expected)
    }

    @Test(arguments: [
        ("1️⃣nope(1)", 4, "unknown function 'nope': use contains, startsWith, endsWith, format, join, length, toJSON, fromJSON, days_until, workdays_until, date_vi, format_date, money_vi, success, failure, always or cancelled"),
        ("0 || 1️⃣contains(1)", 11, "'contains' takes 2 arguments, not 1"),
        ("1️⃣format('{2}', 1)", 16, "format string uses {2} but only 1 argument follows it: add the argument or fix the placeholder"),
        ("1️⃣format('{x}')", 13, "'{x}' is not a placeholder: write {0}, {1}, … or '{{' for a literal brace"),
        ("1️⃣format('a } b')", 15, "format string has an unmatched '}': write '}}' for a literal brace"),
        ("1️⃣length(1)", 9, "length() takes a string, an array or an object, not a number"),
        ("1️⃣fromJSON('{')", 13, "fromJSON() could not parse '{': pass it valid JSON text"),
        ("1️⃣always()", 8, "function 'always' is not available here"),
        ("1 == 1️⃣github.sha", 6, "unknown context 'github': nothing named 'github' is available here"),
    ])
    func failure(marked: String, length: Int, message: String) {
        let source = Marked(marked)
        #expect {
            try value(source.text)
        } throws: { error in
            let error = error as? EvaluationError
            return error?.message.en == message && error?.offset == source.offset && error?.length == length
        }
    }

    // MARK: - Templates

    @Test(arguments: [
        ("Quý IV: ${{ steps.kiem-tra-han.outputs.overdue }} nhiệm vụ quá hạn", "Quý IV: 2 nhiệm vụ quá hạn"),
        ("${{ vars.department }} – ${{ vars.year }}", "Sở TT&TT Bắc Ninh – 2023"),
        ("[${{ vars.missing }}]", "[]"),
        ("${{ goals.de-an-cds.done }}/${{ goals.de-an-cds.progress }}", "false/0.4"),
        ("${{ owners.cntt.notify }}", "[\"mailto:cntt@bacninh.gov.vn\",\"console:\"]"),
        ("no expressions", "no expressions"),
    ])
    func render(string: String, expected: String) throws {
        let (template, errors) = Template.parse(string)
        #expect(errors.isEmpty)
        #expect(try template.render(in: sampleContext) == expected)
    }

    @Test(arguments: [
        ("${{ steps.kiem-tra-han.outputs.overdue }}", ExpressionValue.number(2)),
        ("  ${{ owners.cntt.notify }} ", ["mailto:cntt@bacninh.gov.vn", "console:"]),
        ("${{ steps.kiem-tra-han.outputs.overdue > 0 }}", true),
        ("n=${{ steps.kiem-tra-han.outputs.overdue }}", "n=2"),
        ("${{ 1 }}${{ 2 }}", "12"),
        ("text", "text"),
    ] as [(String, ExpressionValue)])
    func typedValue(string: String, expected: ExpressionValue) throws {
        #expect(try Template.parse(string).0.value(in: sampleContext) == expected)
    }

    @Test func renderFailureIsLocatedInTheTemplate() {
        let (template, _) = Template.parse("Quý IV: ${{ nope() }}")
        #expect {
            try template.render(in: sampleContext)
        } throws: { error in
            let error = error as? EvaluationError
            return error?.message == ExpressionText.unknownFunction(name: "nope", functions: Function.list)
                && error?.offset == 12 && error?.length == 4
        }
    }
}
