import Testing
@testable import WFExpressions

@Suite struct ParserTests {
    // MARK: - Precedence

    @Test(arguments: [
        ("a || b && c", "(a || (b && c))"),
        ("a && b || c", "((a && b) || c)"),
        ("a == b && c != d", "((a == b) && (c != d))"),
        ("a < b == c >= d", "((a < b) == (c >= d))"),
        ("a || b || c", "((a || b) || c)"),
        ("a == b == c", "((a == b) == c)"),
        ("!a == b", "(!a == b)"),
        ("!(a == b)", "!(a == b)"),
        ("(a || b) && c", "((a || b) && c)"),
        ("!!a", "!!a"),
        ("-x < 0", "(-x < 0)"),
        ("a.b.c", "a.b.c"),
        ("a['b'][0].c", "a['b'][0].c"),
        ("steps.kiem-tra-han.outputs.overdue > 0", "(steps.kiem-tra-han.outputs.overdue > 0)"),
        ("f(a, b || c)(", ""),
        ("contains(vars.list, 'x') && !failure()", "(contains(vars.list, 'x') && !failure())"),
        ("goals.10-10.title", "goals.10-10.title"),
        ("vars.null", "vars.null"),
        ("a <= b", "(a <= b)"),
    ])
    func precedence(source: String, expected: String) throws {
        if expected.isEmpty {
            #expect(throws: ExpressionError.self) { try parse(source) }
        } else {
            #expect(try parse(source).description == expected)
        }
    }

    // MARK: - Literals

    @Test(arguments: [
        ("null", ExpressionValue.null),
        ("true", true),
        ("false", false),
        ("42", 42),
        ("1.5", 1.5),
        ("-3", -3),
        ("- 3", -3),
        ("0xff", 255),
        ("1e3", 1000),
        ("2.5E-1", 0.25),
        ("''", ""),
        ("'it''s'", "it's"),
        ("'Quý IV/2023 – Sở TT&TT'", "Quý IV/2023 – Sở TT&TT"),
        ("'}}'", "}}"),
    ])
    func literal(source: String, expected: ExpressionValue) throws {
        #expect(try parse(source).kind == .literal(expected))
    }

    // MARK: - Locations

    @Test func nodesKnowTheirRange() throws {
        let expression = try Expression.parse("steps.a.outputs['n'] >= -1", offset: 10)
        guard case .binary(.greaterOrEqual, let left, let right) = expression.kind else {
            Issue.record("not a comparison: \(expression)")
            return
        }
        #expect((expression.offset, expression.length) == (10, 26))
        #expect((left.offset, left.length) == (10, 20))
        #expect((right.offset, right.length) == (34, 2))
        guard case .index(let base, let index) = left.kind, case .member(_, let name) = base.kind else {
            Issue.record("not an index: \(left)")
            return
        }
        #expect((index.offset, index.length) == (26, 3))
        #expect(name == Expression.Name("outputs", offset: 18, length: 7))
    }

    @Test func callKeepsNameAndArguments() throws {
        let expression = try parse("format('{0} và {1}', vars.a, 2)")
        guard case .call(let name, let arguments) = expression.kind else {
            Issue.record("not a call")
            return
        }
        #expect(name.text == "format")
        #expect(arguments.map(\.description) == ["'{0} và {1}'", "vars.a", "2"])
        #expect(expression.length == 31)
    }

    // MARK: - Errors

    @Test(arguments: [
        ("a == 1️⃣", "expected a value, a name or '(', found end of expression"),
        ("a 1️⃣b", "expected an operator or the end of the expression, found 'b'"),
        ("a 1️⃣= b", "unexpected '=': compare with '=='"),
        ("a 1️⃣& b", "unexpected '&': write '&&' for logical and"),
        ("a 1️⃣| b", "unexpected '|': write '||' for logical or"),
        ("a 1️⃣+ b", "unexpected '+': expressions have no arithmetic; compute the value in a step"),
        ("1️⃣\"x\"", "strings use single quotes: write 'text', not \"text\""),
        ("1️⃣'abc", "unterminated string: close it with a single quote (write '' for a quote inside)"),
        ("x < 1️⃣5wd", "invalid number '5wd': write digits such as 42, 1.5 or 0xFF"),
        ("f(a, b1️⃣", "expected ')' to close the '(', found end of expression"),
        ("a[0 1️⃣1]", "expected ']' to close the '[', found 1"),
        ("(a || b1️⃣", "expected ')' to close the '(', found end of expression"),
        ("1️⃣a.b(1)", "only functions can be called: write a function name such as contains(…) before '('"),
        ("a.1️⃣'b'", "expected a member name after '.', found 'b'"),
        ("f(a,1️⃣)", "expected a value, a name or '(', found ')'"),
        ("1️⃣#", "unexpected character '#': remove it"),
        ("1️⃣)", "expected a value, a name or '(', found ')'"),
    ])
    func error(marked: String, message: String) {
        let source = Marked(marked)
        #expect {
            try Expression.parse(source.text, offset: 4)
        } throws: { error in
            let error = error as? ExpressionError
            return error?.message.en == message && error?.offset == source.offset + 4
        }
    }

    /// Found by Fuzz/: a lone combining mark (U+05C4 counts as alphabetic) was read as the
    /// start of a name, and the expression printed back read differently.
    @Test(arguments: ["1 != \n\u{5C4}-t", "a.\n\u{5C4}b", "\u{301}x"])
    func nameStartingWithACombiningMarkIsAnError(source: String) {
        #expect {
            try Expression.parse(source)
        } throws: { error in
            (error as? ExpressionError)?.message.en.hasPrefix("unexpected character") == true
        }
    }

    @Test func errorLengthCoversTheToken() {
        #expect {
            try Expression.parse("x < 5wd")
        } throws: { error in
            let error = error as? ExpressionError
            return error?.message.en == "invalid number '5wd': write digits such as 42, 1.5 or 0xFF" && error?.offset == 4 && error?.length == 3
        }
    }

    // MARK: - Limits

    @Test(arguments: [
        String(repeating: "(", count: 60) + "a" + String(repeating: ")", count: 60),
        String(repeating: "!", count: 200) + "a",
        (0..<150).map { "a\($0)" }.joined(separator: " && "),
        "f(" + String(repeating: "a[", count: 80) + "0" + String(repeating: "]", count: 80) + ")",
    ])
    func deepNestingIsAnErrorNotACrash(source: String) {
        #expect {
            try Expression.parse(source)
        } throws: { error in
            (error as? ExpressionError)?.message.en.hasPrefix("expression is nested too deeply") == true
        }
    }

    @Test func reasonableNestingParses() throws {
        let source = String(repeating: "(", count: 40) + "a" + String(repeating: ")", count: 40)
        #expect(try parse(source).description == "a")
        #expect(try parse((0..<60).map { "a\($0)" }.joined(separator: " || ")).height == 60)
    }
}
