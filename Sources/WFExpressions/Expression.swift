/// A parsed expression: what it is, and where it was written.
///
/// `offset` and `length` count Characters. An expression parsed from a ``Template`` is
/// located in the whole template string; one parsed with ``Expression/parse(_:offset:)``
/// is located in its source, shifted by the given offset.
public struct Expression: Sendable, Hashable {
    /// The kinds of expression node.
    public indirect enum Kind: Sendable, Hashable {
        /// `null`, `true`, `42`, `'text'`.
        case literal(ExpressionValue)
        /// A root name such as `vars` or `steps`.
        case context(String)
        /// `base.name`.
        case member(Expression, Name)
        /// `base[index]`.
        case index(Expression, Expression)
        /// `name(arguments…)`.
        case call(Name, [Expression])
        /// `!operand` or `-operand`.
        case unary(UnaryOperator, Expression)
        /// `left op right`.
        case binary(BinaryOperator, Expression, Expression)
    }

    /// A name written in the source (a member or a function), with its position.
    public struct Name: Sendable, Hashable {
        /// The name as written.
        public var text: String
        /// Offset of the name's first Character.
        public var offset: Int
        /// Length of the name in Characters.
        public var length: Int

        /// A located name.
        public init(_ text: String, offset: Int, length: Int) {
            self.text = text
            self.offset = offset
            self.length = length
        }
    }

    /// What the node is.
    public var kind: Kind
    /// Offset of the node's first Character.
    public var offset: Int
    /// Length of the node in Characters.
    public var length: Int
    /// Number of nodes on the longest path down from this one (a leaf is 1).
    let height: Int

    /// A located expression node.
    public init(_ kind: Kind, offset: Int, length: Int) {
        self.kind = kind
        self.offset = offset
        self.length = length
        self.height = 1 + kind.children.map(\.height).reduce(0, max)
    }

    /// Offset just past the node's last Character.
    public var end: Int { offset + length }
}

// MARK: - Operators

/// A prefix operator.
public enum UnaryOperator: String, Sendable, Hashable, CaseIterable {
    /// Logical not: `!x` is true when `x` is falsy.
    case not = "!"
    /// Numeric negation: `-x`.
    case negate = "-"
}

/// An infix operator, from lowest to highest precedence: `||`, `&&`, `== !=`, `< <= > >=`.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    /// `a || b`: `a` when truthy, else `b`.
    case or = "||"
    /// `a && b`: `a` when falsy, else `b`.
    case and = "&&"
    /// Loose equality, see ``ExpressionValue/looselyEquals(_:)``.
    case equal = "=="
    /// Loose inequality.
    case notEqual = "!="
    /// Less than: strings ignore case, other values compare as numbers.
    case less = "<"
    /// Less than or equal.
    case lessOrEqual = "<="
    /// Greater than.
    case greater = ">"
    /// Greater than or equal.
    case greaterOrEqual = ">="

    /// Binding strength: higher binds tighter.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        }
    }
}

// MARK: - Children

extension Expression.Kind {
    /// The direct sub-expressions, in source order.
    var children: [Expression] {
        switch self {
        case .literal, .context: []
        case .member(let base, _): [base]
        case .index(let base, let index): [base, index]
        case .call(_, let arguments): arguments
        case .unary(_, let operand): [operand]
        case .binary(_, let left, let right): [left, right]
        }
    }
}
