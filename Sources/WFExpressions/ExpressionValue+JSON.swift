import WFJSON

// MARK: - JSON

extension ExpressionValue {
    /// The value as a `JSON` value, object keys sorted so that output is stable.
    public var jsonValue: JSON {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .number(let value): .number(value)
        case .string(let text): .string(text)
        case .array(let items): .array(items.map(\.jsonValue))
        case .object(let members): .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value.jsonValue) })
        }
    }

    /// A `JSON` value as an expression value; of repeated object keys the last one counts.
    public init(_ json: JSON) {
        switch json {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .number(let value): self = .number(value)
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(ExpressionValue.init))
        case .object(let members):
            var object: [String: ExpressionValue] = [:]
            for (key, value) in members { object[key] = ExpressionValue(value) }
            self = .object(object)
        }
    }

    /// The value as JSON: compact by default, or indented by two spaces. Object keys are
    /// sorted so that output is stable; NaN and infinities, which JSON lacks, become `null`.
    public func json(pretty: Bool = false) -> String {
        jsonValue.serialized(indent: pretty ? 2 : 0)
    }

    /// Parses JSON text (RFC 8259); nil when it is not valid JSON or nests deeper than 256.
    public init?(json text: String) {
        guard let json = JSON(parsing: text) else { return nil }
        self.init(json)
    }
}
