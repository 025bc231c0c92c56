// MARK: - Finding `${{ … }}`

extension Template {
    /// Splits `string` into text and expressions, parsing each `${{ … }}`.
    ///
    /// `}}` inside a string literal does not close the placeholder. Errors are located in
    /// Characters from the start of `string`; a placeholder with an error is kept as text.
    public static func parse(_ string: String) -> (Template, [ExpressionError]) {
        // Most values hold no placeholder at all: no need to look at their Characters.
        if !string.utf8.contains(UInt8(ascii: "$")) {
            return (Template(segments: string.isEmpty ? [] : [.text(string)]), [])
        }
        // An ASCII text without CR is scanned as bytes: there each is a Character.
        if string.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            var scanner = TemplateScanner(Array(string.utf8))
            scanner.scan()
            return (Template(segments: scanner.segments), scanner.errors)
        }
        return parseAsCharacters(string)
    }

    /// `parse` reading Characters whatever the text: what its scan of an ASCII text's bytes
    /// must agree with (the tests and the fuzzer compare the two).
    public static func parseAsCharacters(_ string: String) -> (Template, [ExpressionError]) {
        var scanner = TemplateScanner(Array(string))
        scanner.scan()
        return (Template(segments: scanner.segments), scanner.errors)
    }
}

/// One pass over a template's Characters.
private struct TemplateScanner<Unit: TextUnit> {
    let characters: [Unit]
    var segments: [Template.Segment] = []
    var errors: [ExpressionError] = []
    private var text: [Unit] = []

    init(_ characters: [Unit]) {
        self.characters = characters
    }

    mutating func scan() {
        var i = 0
        while i < characters.count {
            guard isOpening(at: i) else {
                text.append(characters[i])
                i += 1
                continue
            }
            switch closing(after: i + 3) {
            case .found(let close):
                placeholder(from: i, close: close)
                i = close + 2
            case .unterminatedString(let quote):
                errors.append(.unterminatedString(at: quote))
                appendText(from: i)
                i = characters.count
            case .missing:
                errors.append(.unterminatedTemplate(at: i))
                appendText(from: i)
                i = characters.count
            }
        }
        flushText()
    }

    // MARK: - Placeholders

    private enum Closing {
        case found(Int)
        case unterminatedString(Int)
        case missing
    }

    private func isOpening(at i: Int) -> Bool {
        i + 2 < characters.count && characters[i].is(UInt8(ascii: "$")) && characters[i + 1].is(UInt8(ascii: "{"))
            && characters[i + 2].is(UInt8(ascii: "{"))
    }

    /// The index of the `}}` that ends the placeholder, skipping string literals.
    private func closing(after start: Int) -> Closing {
        var quote: Int?
        var i = start
        while i < characters.count {
            let c = characters[i]
            if quote != nil {
                if c.is(UInt8(ascii: "'")) {
                    if i + 1 < characters.count, characters[i + 1].is(UInt8(ascii: "'")) { i += 1 } else { quote = nil }
                }
            } else if c.is(UInt8(ascii: "'")) {
                quote = i
            } else if c.is(UInt8(ascii: "}")), i + 1 < characters.count, characters[i + 1].is(UInt8(ascii: "}")) {
                return .found(i)
            }
            i += 1
        }
        return quote.map(Closing.unterminatedString) ?? .missing
    }

    private mutating func placeholder(from start: Int, close: Int) {
        let inner = characters[(start + 3)..<close]
        let length = close + 2 - start
        guard inner.contains(where: { !$0.isSpace }) else {
            errors.append(.emptyExpression(at: start, length: length))
            appendText(from: start, to: close + 2)
            return
        }
        do {
            let expression = try Unit.parse(inner, offset: start + 3)
            flushText()
            var trimmed = inner[...]
            while trimmed.first?.isSpace == true { trimmed.removeFirst() }
            while trimmed.last?.isSpace == true { trimmed.removeLast() }
            segments.append(.expression(expression, source: Unit.text(trimmed), offset: start, length: length))
        } catch {
            errors.append(error)
            appendText(from: start, to: close + 2)
        }
    }

    // MARK: - Text

    private mutating func appendText(from start: Int, to end: Int? = nil) {
        text.append(contentsOf: characters[start..<(end ?? characters.count)])
    }

    private mutating func flushText() {
        if !text.isEmpty { segments.append(.text(Unit.text(text))) }
        text.removeAll(keepingCapacity: true)
    }
}
