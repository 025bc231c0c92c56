/// A syntax error in an expression or a template, located in the template string.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what to do, lower-case.
    public var message: String
    /// Offset in Characters from the start of the template string.
    public var offset: Int
    /// Length in Characters of the text the error is about (at least 1).
    public var length: Int

    /// A located syntax error.
    public init(_ message: String, offset: Int, length: Int = 1) {
        self.message = message
        self.offset = offset
        self.length = max(1, length)
    }

    /// The offset and the message, for test output and logs.
    public var description: String { "\(offset): \(message)" }
}

// MARK: - Messages

extension ExpressionError {
    static func unterminatedTemplate(at offset: Int) -> Self {
        Self("unterminated expression: close '${{' with '}}'", offset: offset, length: 3)
    }

    static func unterminatedString(at offset: Int) -> Self {
        Self("unterminated string: close it with a single quote (write '' for a quote inside)", offset: offset)
    }

    static func emptyExpression(at offset: Int, length: Int) -> Self {
        Self("empty expression: write an expression between '${{' and '}}'", offset: offset, length: length)
    }

    static func doubleQuotes(at offset: Int) -> Self {
        Self("strings use single quotes: write 'text', not \"text\"", offset: offset)
    }

    static func unexpectedCharacter(_ character: Character, at offset: Int) -> Self {
        switch character {
        case "=": Self("unexpected '=': compare with '=='", offset: offset)
        case "&": Self("unexpected '&': write '&&' for logical and", offset: offset)
        case "|": Self("unexpected '|': write '||' for logical or", offset: offset)
        case "+", "*", "/", "%":
            Self("unexpected '\(character)': expressions have no arithmetic; compute the value in a step", offset: offset)
        default: Self("unexpected character '\(character)': remove it", offset: offset)
        }
    }

    static func invalidNumber(_ text: String, at offset: Int) -> Self {
        Self("invalid number '\(text)': write digits such as 42, 1.5 or 0xFF", offset: offset, length: text.count)
    }

    static func unexpected(_ token: Token, expected: String) -> Self {
        Self("expected \(expected), found \(token.kind.summary)", offset: token.offset, length: token.length)
    }

    static func unclosed(_ open: Token, found: Token) -> Self {
        let closing = open.kind == .punctuation(.openBracket) ? "]" : ")"
        return Self("expected '\(closing)' to close the '\(closing == "]" ? "[" : "(")', found \(found.kind.summary)",
                    offset: found.offset, length: found.length)
    }

    static func notCallable(at offset: Int, length: Int) -> Self {
        Self("only functions can be called: write a function name such as contains(…) before '('", offset: offset, length: length)
    }

    static func tooDeep(at offset: Int) -> Self {
        Self("expression is nested too deeply: split it into simpler expressions", offset: offset)
    }
}
