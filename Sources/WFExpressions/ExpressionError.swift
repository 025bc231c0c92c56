public import WFLocalization

/// A syntax error in an expression or a template, located in the template string.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what to do, lower-case, in both languages.
    public var message: Message
    /// Offset in Characters from the start of the template string.
    public var offset: Int
    /// Length in Characters of the text the error is about (at least 1).
    public var length: Int

    /// A located syntax error.
    public init(_ message: Message, offset: Int, length: Int = 1) {
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
        Self(ExpressionText.unterminatedTemplate.message, offset: offset, length: 3)
    }

    static func unterminatedString(at offset: Int) -> Self {
        Self(ExpressionText.unterminatedString.message, offset: offset)
    }

    static func emptyExpression(at offset: Int, length: Int) -> Self {
        Self(ExpressionText.emptyExpression.message, offset: offset, length: length)
    }

    static func doubleQuotes(at offset: Int) -> Self {
        Self(ExpressionText.doubleQuotes.message, offset: offset)
    }

    static func unexpectedCharacter(_ character: Character, at offset: Int) -> Self {
        switch character {
        case "=": Self(ExpressionText.singleEquals.message, offset: offset)
        case "&": Self(ExpressionText.singleAmpersand.message, offset: offset)
        case "|": Self(ExpressionText.singleBar.message, offset: offset)
        case "+", "*", "/", "%": Self(ExpressionText.noArithmetic(character: character), offset: offset)
        default: Self(ExpressionText.unexpectedCharacter(character: character), offset: offset)
        }
    }

    static func invalidNumber(_ text: String, at offset: Int) -> Self {
        Self(ExpressionText.invalidNumber(text: text), offset: offset, length: text.count)
    }

    static func unexpected(_ token: Token, expected: ExpressionText) -> Self {
        Self(ExpressionText.expectedFound(expected: expected.message, found: token.kind.summary), offset: token.offset, length: token.length)
    }

    static func unclosed(_ open: Token, found: Token) -> Self {
        let bracket = open.kind == .punctuation(.openBracket)
        return Self(ExpressionText.unclosed(closing: bracket ? "]" : ")", opening: bracket ? "[" : "(", found: found.kind.summary),
                    offset: found.offset, length: found.length)
    }

    static func notCallable(at offset: Int, length: Int) -> Self {
        Self(ExpressionText.notCallable.message, offset: offset, length: length)
    }

    static func tooDeep(at offset: Int) -> Self {
        Self(ExpressionText.tooDeep.message, offset: offset)
    }
}
