import WFLocalization

/// A precedence-climbing, recursive-descent parser for the expression language.
///
/// Grammar, loosest first:
/// ```
/// expression := or
/// binary     := unary (op unary)*        -- || < && < == != < < <= > >=
/// unary      := ('!' | '-') unary | postfix
/// postfix    := primary ('.' name | '[' expression ']')*
/// primary    := literal | name | name '(' arguments ')' | '(' expression ')'
/// ```
struct Parser {
    /// Deepest nesting of parentheses, brackets, arguments and prefix operators.
    static let maxDepth = 50
    /// Tallest syntax tree accepted (a long `a && b && …` chain grows the tree too).
    static let maxHeight = 100

    private let tokens: [Token]
    private var position = 0
    private var depth = 0

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole expression whose first Character sits at `offset` in the template.
    static func parse<Unit: TextUnit>(_ source: some Sequence<Unit>, offset: Int) throws(ExpressionError) -> Expression {
        var parser = Parser(tokens: try Lexer<Unit>.tokenize(source, offset: offset))
        let expression = try parser.expression()
        guard parser.current.kind == .end else {
            throw .unexpected(parser.current, expected: .expectedOperatorOrEnd)
        }
        return expression
    }

    // MARK: - Levels

    private mutating func expression() throws(ExpressionError) -> Expression {
        try binary(above: 0)
    }

    /// Operators binding tighter than `precedence`, left-associative.
    private mutating func binary(above precedence: Int) throws(ExpressionError) -> Expression {
        var left = try unary()
        while case .punctuation(let punctuation) = current.kind,
              let op = punctuation.binaryOperator, op.precedence > precedence {
            advance()
            let right = try binary(above: op.precedence)
            left = try node(.binary(op, left, right), from: left.offset, to: right.end)
        }
        return left
    }

    private mutating func unary() throws(ExpressionError) -> Expression {
        let token = current
        let op: UnaryOperator
        switch token.kind {
        case .punctuation(.not): op = .not
        case .punctuation(.minus): op = .negate
        default: return try postfix()
        }
        advance()
        try enter()
        let operand = try unary()
        depth -= 1
        if op == .negate, case .literal(.number(let value)) = operand.kind {
            return try node(.literal(.number(-value)), from: token.offset, to: operand.end)
        }
        return try node(.unary(op, operand), from: token.offset, to: operand.end)
    }

    private mutating func postfix() throws(ExpressionError) -> Expression {
        var base = try primary()
        while true {
            switch current.kind {
            case .punctuation(.dot):
                advance()
                guard case .identifier(let name) = current.kind else {
                    throw .unexpected(current, expected: .expectedMemberName)
                }
                let member = Expression.Name(name, offset: current.offset, length: current.length)
                advance()
                base = try node(.member(base, member), from: base.offset, to: member.offset + member.length)
            case .punctuation(.openBracket):
                let open = current
                advance()
                try enter()
                let index = try expression()
                depth -= 1
                let close = try expect(.closeBracket, closing: open)
                base = try node(.index(base, index), from: base.offset, to: close.end)
            case .punctuation(.openParen):
                throw .notCallable(at: base.offset, length: current.end - base.offset)
            default:
                return base
            }
        }
    }

    private mutating func primary() throws(ExpressionError) -> Expression {
        let token = current
        switch token.kind {
        case .literal(let value):
            advance()
            return try node(.literal(value), from: token.offset, to: token.end)
        case .identifier(let name):
            advance()
            guard current.kind == .punctuation(.openParen) else {
                return try node(.context(name), from: token.offset, to: token.end)
            }
            return try call(Expression.Name(name, offset: token.offset, length: token.length))
        case .punctuation(.openParen):
            advance()
            try enter()
            let inner = try expression()
            depth -= 1
            _ = try expect(.closeParen, closing: token)
            return inner
        default:
            throw .unexpected(token, expected: .expectedValue)
        }
    }

    private mutating func call(_ name: Expression.Name) throws(ExpressionError) -> Expression {
        let open = current
        advance()
        var arguments: [Expression] = []
        try enter()
        if current.kind != .punctuation(.closeParen) {
            repeat {
                arguments.append(try expression())
            } while consume(.comma)
        }
        depth -= 1
        let close = try expect(.closeParen, closing: open)
        return try node(.call(name, arguments), from: name.offset, to: close.end)
    }

    // MARK: - Tokens

    private var current: Token { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() {
        position += 1
    }

    private mutating func consume(_ punctuation: Token.Punctuation) -> Bool {
        guard current.kind == .punctuation(punctuation) else { return false }
        advance()
        return true
    }

    private mutating func expect(_ punctuation: Token.Punctuation, closing open: Token) throws(ExpressionError) -> Token {
        let token = current
        guard consume(punctuation) else {
            if open.kind == .punctuation(.openParen), case .punctuation(.comma) = token.kind {
                throw .unexpected(token, expected: .expectedCloseParenthesis)
            }
            throw .unclosed(open, found: token)
        }
        return token
    }

    // MARK: - Limits

    private mutating func enter() throws(ExpressionError) {
        depth += 1
        if depth > Self.maxDepth { throw .tooDeep(at: current.offset) }
    }

    private func node(_ kind: Expression.Kind, from start: Int, to end: Int) throws(ExpressionError) -> Expression {
        let expression = Expression(kind, offset: start, length: end - start)
        if expression.height > Self.maxHeight { throw .tooDeep(at: start) }
        return expression
    }
}

// MARK: - Public entry point

extension Expression {
    /// Parses one expression (the text between `${{` and `}}`).
    ///
    /// Offsets of the result and of a thrown error are Characters into `source` plus `offset`.
    public static func parse(_ source: String, offset: Int = 0) throws(ExpressionError) -> Expression {
        try Parser.parse(source, offset: offset)
    }
}
