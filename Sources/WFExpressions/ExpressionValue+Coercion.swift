/// GitHub Actions' rules for truthiness, equality and ordering across types.
extension ExpressionValue {
    /// Falsy values are `null`, `false`, `0`, `-0`, `NaN` and `''`; everything else is truthy.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .number(let value): value != 0 && !value.isNaN
        case .string(let text): !text.isEmpty
        case .array, .object: true
        }
    }

    /// The value as a number: `null` → 0, booleans → 1/0, a string → its number (blank → 0,
    /// not a number → NaN), arrays and objects → NaN.
    public var coercedNumber: Double {
        switch self {
        case .null: 0
        case .bool(let value): value ? 1 : 0
        case .number(let value): value
        case .string(let text): Self.number(parsing: text)
        case .array, .object: .nan
        }
    }

    /// Loose equality (`==`): strings ignore case; values of different types are compared
    /// as numbers; arrays and objects equal only values of the same shape and contents.
    public func looselyEquals(_ other: ExpressionValue) -> Bool {
        switch (self, other) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a.lowercased() == b.lowercased()
        case (.array, .array), (.object, .object): self == other
        case (.array, _), (_, .array), (.object, _), (_, .object): false
        default: coercedNumber == other.coercedNumber
        }
    }

    /// Ordering for `<` and friends: strings ignore case; other pairs compare as numbers.
    /// Nil when the values cannot be ordered (arrays, objects, NaN): every comparison is false.
    func compare(to other: ExpressionValue) -> Order? {
        switch (self, other) {
        case (.string(let a), .string(let b)):
            let (x, y) = (a.lowercased(), b.lowercased())
            return x < y ? .ascending : x == y ? .same : .descending
        case (.array, _), (_, .array), (.object, _), (_, .object):
            return nil
        default:
            let (x, y) = (coercedNumber, other.coercedNumber)
            if x.isNaN || y.isNaN { return nil }
            return x < y ? .ascending : x == y ? .same : .descending
        }
    }

    enum Order { case ascending, same, descending }

    /// A string's number as GitHub Actions reads it: blank is 0, `0x` is hex, otherwise a
    /// decimal with optional sign, fraction and exponent; anything else is NaN.
    static func number(parsing text: String) -> Double {
        let trimmed = text.trimmed
        if trimmed.isEmpty { return 0 }
        var digits = Substring(trimmed)
        var sign = 1.0
        if let first = digits.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        if digits == "Infinity" { return sign * .infinity }
        return NumberLiteral.value(String(digits)).map { sign * $0 } ?? .nan
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmed: String {
        // Whitespace is never part of a grapheme that starts with something else, so trimming
        // Unicode scalars gives the same result as trimming Characters, without grapheme breaking.
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
