import Testing
@testable import WFExpressions

@Suite struct TemplateTests {
    /// The template's segments, as `text` and `{expression}` for a compact comparison.
    private func shape(_ string: String) -> [String] {
        let (template, errors) = Template.parse(string)
        #expect(errors.isEmpty, "\(errors)")
        return template.segments.map {
            switch $0 {
            case .text(let text): text
            case .expression(let expression, _, _, _): "{\(expression)}"
            }
        }
    }

    // MARK: - Splitting

    @Test(arguments: [
        ("plain text", ["plain text"]),
        ("", []),
        ("${{ vars.a }}", ["{vars.a}"]),
        ("${{vars.a}}", ["{vars.a}"]),
        ("a ${{ x }} b ${{ y }}", ["a ", "{x}", " b ", "{y}"]),
        ("${{ x }}${{ y }}", ["{x}", "{y}"]),
        ("${{ '}}' }}", ["{'}}'}"]),
        ("${{ format('{{0}} {0}}}', 1) }}!", ["{format('{{0}} {0}}}', 1)}", "!"]),
        ("${{ 'it''s }}' == x }}", ["{('it''s }}' == x)}"]),
        ("{ not } an ${ expression }", ["{ not } an ${ expression }"]),
        ("${{ x }}}", ["{x}", "}"]),
        ("$${{ x }}", ["$", "{x}"]),
        ("Quý IV: ${{ steps.kiem-tra-han.outputs.overdue }} nhiệm vụ quá hạn",
         ["Quý IV: ", "{steps.kiem-tra-han.outputs.overdue}", " nhiệm vụ quá hạn"]),
    ])
    func splitting(string: String, expected: [String]) {
        #expect(shape(string) == expected)
    }

    @Test("an ASCII template scanned as bytes gives what scanning its Characters gives")
    func bytesAndCharacters() {
        // Seeded: the same strings every run. Characters the scanner and the lexer treat apart.
        var state: UInt64 = 0xB17E5
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        let pieces = ["${{", "}}", "{", "}", "$", "'", "''", "\"", " ", "\t", "\n", "\r\n", "\r", "vars.a", "goals.10-10", ".", "-", "==",
                      "!=", "&&", "||", "!", "(", ")", "[", "]", ",", "1.5e-3", "0x1F", "12", "null", "true", "format", "_x", "é", "\u{301}"]
        var compared = 0
        for _ in 0..<5_000 {
            let text = (0..<(1 + next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
            let bytes = Template.parse(text), characters = Template.parseAsCharacters(text)
            #expect(bytes == characters, "\(text.debugDescription)")
            // The lexer, on the Characters and on the bytes of an ASCII text.
            if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
                let lexedCharacters = Result { () throws(ExpressionError) in try Parser.parse(text, offset: 3) }
                let lexedBytes = Result { () throws(ExpressionError) in try Parser.parse(Array(text.utf8), offset: 3) }
                #expect(lexedBytes == lexedCharacters, "\(text.debugDescription)")
            }
            if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) && text.contains("$") { compared += 1 }
        }
        // The strings that are ASCII without CR and have a `$` take the bytes' scan: 682 of
        // the 5,000 when this test was written.
        #expect(compared > 500, "\(compared)")
    }

    @Test func segmentsKnowTheirPlaceholder() {
        let (template, _) = Template.parse("Quý IV: ${{  x  }} và ${{ y }}")
        let placeholders = template.segments.compactMap { segment -> [String]? in
            guard case .expression(_, let source, let offset, let length) = segment else { return nil }
            return [source, "\(offset)", "\(length)"]
        }
        #expect(placeholders == [["x", "8", "10"], ["y", "22", "8"]])
    }

    // MARK: - Offsets in Characters

    @Test(arguments: [
        "Quý IV: ${{ 1️⃣x }}",
        "Kế hoạch hưởng ứng Ngày CĐS quốc gia – ${{ 1️⃣vars.a }}",
        "👨‍👩‍👧 ${{ 1️⃣x }}",
        "a\r\nb ${{ 1️⃣x }}",
        "${{ a }} Sở TT&TT ${{ 1️⃣b }}",
    ])
    func expressionOffsetsCountCharacters(marked: String) {
        let string = Marked(marked)
        let (template, _) = Template.parse(string.text)
        #expect(template.expressions.last?.offset == string.offset)
    }

    @Test func vietnameseOffsetMatchesTheColumn() {
        let (template, _) = Template.parse("Quý IV: ${{ x }}")
        guard case .expression(let expression, _, let offset, _) = template.segments.last else {
            Issue.record("no expression")
            return
        }
        #expect(offset == 8)
        #expect(expression.offset == 12)
    }

    // MARK: - Errors

    @Test(arguments: [
        ("Quý IV: 1️⃣${{ x", "unterminated expression: close '${{' with '}}'", 3),
        ("${{ a }} 1️⃣${{ b } }", "unterminated expression: close '${{' with '}}'", 3),
        ("${{ x == 1️⃣'abc }}", "unterminated string: close it with a single quote (write '' for a quote inside)", 1),
        ("Quý 1️⃣${{  }}", "empty expression: write an expression between '${{' and '}}'", 7),
        ("Quý IV: ${{ a == 1️⃣}}", "expected a value, a name or '(', found end of expression", 1),
        ("đ ${{ x }} đ ${{ a 1️⃣= b }}", "unexpected '=': compare with '=='", 1),
        ("${{ 1️⃣\"x\" }}", "strings use single quotes: write 'text', not \"text\"", 1),
    ])
    func error(marked: String, message: String, length: Int) {
        let string = Marked(marked)
        let (_, errors) = Template.parse(string.text)
        #expect(errors.map { [$0.message.en, "\($0.offset)", "\($0.length)"] } == [[message, "\(string.offset)", "\(length)"]])
    }

    @Test func everyBrokenPlaceholderIsReported() {
        let (template, errors) = Template.parse("${{ a = 1 }} ok ${{ b }} ${{ c & d }}")
        #expect(errors.map(\.offset) == [6, 31])
        #expect(template.expressions.map(\.description) == ["b"])
        #expect(template.segments.first == .text("${{ a = 1 }} ok "))
    }

    // MARK: - Kinds of template

    @Test(arguments: [
        ("plain", true, false),
        ("", true, false),
        ("${{ x }}", false, true),
        ("  ${{ x }}\n", false, true),
        ("${{ x }}${{ y }}", false, false),
        ("n = ${{ x }}", false, false),
        ("${{ x = }}", true, false),
    ])
    func kind(string: String, isPlainText: Bool, isSingleExpression: Bool) {
        let (template, _) = Template.parse(string)
        #expect(template.isPlainText == isPlainText)
        #expect(template.isSingleExpression == isSingleExpression)
    }
}

@Suite("template fast paths")
struct TemplateFastPathTests {
    @Test("a value without '$' is one text segment, as the scanner would make it")
    func noPlaceholder() {
        let (template, errors) = Template.parse("Báo cáo quý {IV}")
        #expect(errors.isEmpty)
        #expect(template.segments.count == 1)
        let (empty, _) = Template.parse("")
        #expect(empty.segments.isEmpty)
    }

    @Test("trimming scalars equals trimming Characters", arguments: [
        "  a  ", "\t\n x\u{301} \u{2003}", "", "   ", "a", " Nhiệm vụ\u{A0}", "\u{85}b\u{2028}",
    ])
    func trimmed(text: String) {
        let expected = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        #expect(text.trimmed == expected)
    }
}
