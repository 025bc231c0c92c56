import WFJSON

/// A value an expression produces or reads: the JSON data model, as in GitHub Actions.
public enum ExpressionValue: Sendable, Hashable {
    /// No value: a missing member, an unset output.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// Every number is a double, as in JSON.
    case number(Double)
    /// Text, compared ignoring case.
    case string(String)
    /// A list, such as an owner's `notify` channels.
    case array([ExpressionValue])
    /// Named members, such as a goal's `title` and `due`.
    case object([String: ExpressionValue])
}

// MARK: - Interpolation

extension ExpressionValue: CustomStringConvertible {
    /// The value as interpolated into a string: `null` is empty, integral numbers have no
    /// `.0`, arrays and objects are compact JSON.
    public var description: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .number(let value): Self.text(of: value)
        case .string(let text): text
        case .array, .object: json()
        }
    }

    /// How a number prints: `3`, `-0.5`, `1200000000`, `NaN`, `Infinity`.
    static func text(of number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        return JSON.text(of: number)
    }
}

// MARK: - Accessors

extension ExpressionValue {
    /// True for `.null`.
    public var isNull: Bool { self == .null }

    /// The string, when the value is one.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number, when the value is one.
    public var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The boolean, when the value is one.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The elements, when the value is an array.
    public var arrayValue: [ExpressionValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The members, when the value is an object.
    public var objectValue: [String: ExpressionValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The member `name` of an object: exact match first, then ignoring case (as in
    /// GitHub Actions); `.null` when absent or when the value is not an object.
    public subscript(member name: String) -> ExpressionValue {
        guard case .object(let members) = self else { return .null }
        if let value = members[name] { return value }
        let folded = name.lowercased()
        return members.keys.sorted().first { $0.lowercased() == folded }.flatMap { members[$0] } ?? .null
    }
}

// MARK: - Literals

extension ExpressionValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    /// `"text"` is `.string("text")`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// `42` is `.number(42)`.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// `1.5` is `.number(1.5)`.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// `true` is `.bool(true)`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `[1, "a"]` is an array.
    public init(arrayLiteral elements: ExpressionValue...) { self = .array(elements) }
    /// `["k": 1]` is an object; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, ExpressionValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
