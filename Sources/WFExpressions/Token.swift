import WFLocalization

/// One lexical token of an expression, located in the template string.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case identifier(String)
        /// `null`, `true`, `false`, a number or a string.
        case literal(ExpressionValue)
        case punctuation(Punctuation)
        case end
    }

    enum Punctuation: String, Sendable, Hashable {
        case dot = ".", comma = ","
        case openParen = "(", closeParen = ")", openBracket = "[", closeBracket = "]"
        case not = "!", minus = "-"
        case equal = "==", notEqual = "!="
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case and = "&&", or = "||"

        /// The binary operator this punctuation spells, if any.
        var binaryOperator: BinaryOperator? {
            switch self {
            case .or: .or
            case .and: .and
            case .equal: .equal
            case .notEqual: .notEqual
            case .less: .less
            case .lessOrEqual: .lessOrEqual
            case .greater: .greater
            case .greaterOrEqual: .greaterOrEqual
            case .dot, .comma, .openParen, .closeParen, .openBracket, .closeBracket, .not, .minus: nil
            }
        }
    }

    var kind: Kind
    var offset: Int
    var length: Int

    var end: Int { offset + length }
}

extension Token.Kind {
    /// How the token reads in a message: `'foo'`, `number 42`, `end of expression`.
    var summary: Message {
        switch self {
        case .identifier(let name): .verbatim("'\(name)'")
        case .literal(let value): .verbatim(value.literalText)
        case .punctuation(let punctuation): .verbatim("'\(punctuation.rawValue)'")
        case .end: ExpressionText.endOfExpression.message
        }
    }
}
