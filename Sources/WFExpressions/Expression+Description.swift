// MARK: - Canonical text

extension Expression: CustomStringConvertible {
    /// The expression in canonical form, every binary operation parenthesised:
    /// `a || b && c` reads `(a || (b && c))`.
    public var description: String {
        switch kind {
        case .literal(let value): value.literalText
        case .context(let name): name
        case .member(let base, let name): "\(base).\(name.text)"
        case .index(let base, let index): "\(base)[\(index)]"
        case .call(let name, let arguments):
            "\(name.text)(\(arguments.map(\.description).joined(separator: ", ")))"
        case .unary(let op, let operand): "\(op.rawValue)\(operand)"
        case .binary(let op, let left, let right): "(\(left) \(op.rawValue) \(right))"
        }
    }
}

extension ExpressionValue {
    /// The value written as a literal of the expression language, where one exists.
    var literalText: String {
        switch self {
        case .null: "null"
        case .string(let text): "'" + text.replacing("'", with: "''") + "'"
        case .bool, .number: description
        case .array, .object: json()
        }
    }
}
