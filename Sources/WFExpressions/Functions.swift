import WFLocalization

// MARK: - Builtin functions

extension Function {
    /// The functions `wf` computes itself, with GitHub Actions' semantics.
    static let builtins: [Function] = [
        Function(name: "contains", arity: 2...2, implementation: .builtin(contains)),
        Function(name: "startsWith", arity: 2...2, implementation: .builtin(startsWith)),
        Function(name: "endsWith", arity: 2...2, implementation: .builtin(endsWith)),
        Function(name: "format", arity: 1...Int.max, implementation: .builtin(format)),
        Function(name: "join", arity: 1...2, implementation: .builtin(join)),
        Function(name: "length", arity: 1...1, implementation: .builtin(length)),
        Function(name: "toJSON", arity: 1...1, implementation: .builtin(toJSON)),
        Function(name: "fromJSON", arity: 1...1, implementation: .builtin(fromJSON)),
    ]

    /// `contains(search, item)`: an array element loosely equal to `item`, or a substring
    /// ignoring case.
    @Sendable static func contains(_ arguments: [ExpressionValue]) -> ExpressionValue {
        let (search, item) = (arguments[0], arguments[1])
        if case .array(let items) = search {
            return .bool(items.contains { $0.looselyEquals(item) })
        }
        return .bool(search.description.lowercased().contains(item.description.lowercased()))
    }

    /// `startsWith(text, prefix)`, ignoring case.
    @Sendable static func startsWith(_ arguments: [ExpressionValue]) -> ExpressionValue {
        .bool(arguments[0].description.lowercased().hasPrefix(arguments[1].description.lowercased()))
    }

    /// `endsWith(text, suffix)`, ignoring case.
    @Sendable static func endsWith(_ arguments: [ExpressionValue]) -> ExpressionValue {
        .bool(arguments[0].description.lowercased().hasSuffix(arguments[1].description.lowercased()))
    }

    /// `format('{0} và {1}', a, b)`: `{N}` is the N-th argument after the format string;
    /// `{{` and `}}` are literal braces.
    @Sendable static func format(_ arguments: [ExpressionValue]) throws(FunctionFailure) -> ExpressionValue {
        let format = try FormatString(arguments[0].description)
        return .string(try format.apply(Array(arguments.dropFirst())))
    }

    /// `join(array, separator = ',')`: the elements' text joined; a non-array is its own text.
    @Sendable static func join(_ arguments: [ExpressionValue]) -> ExpressionValue {
        let separator = arguments.count > 1 ? arguments[1].description : ","
        guard case .array(let items) = arguments[0] else { return .string(arguments[0].description) }
        return .string(items.map(\.description).joined(separator: separator))
    }

    /// `length(x)`: Characters of a string, elements of an array, members of an object; null is 0.
    @Sendable static func length(_ arguments: [ExpressionValue]) throws(FunctionFailure) -> ExpressionValue {
        switch arguments[0] {
        case .null: return 0
        case .string(let text): return .number(Double(text.count))
        case .array(let items): return .number(Double(items.count))
        case .object(let members): return .number(Double(members.count))
        case .bool, .number:
            throw FunctionFailure(ExpressionText.lengthTakes(type: arguments[0].typeName))
        }
    }

    /// `toJSON(x)`: the value as indented JSON.
    @Sendable static func toJSON(_ arguments: [ExpressionValue]) -> ExpressionValue {
        .string(arguments[0].json(pretty: true))
    }

    /// `fromJSON(text)`: the value a JSON text describes.
    @Sendable static func fromJSON(_ arguments: [ExpressionValue]) throws(FunctionFailure) -> ExpressionValue {
        let text = arguments[0].description
        guard let value = ExpressionValue(json: text) else {
            let excerpt = text.count > 40 ? String(text.prefix(40)) + "…" : text
            throw FunctionFailure(ExpressionText.fromJSONCannotParse(excerpt: excerpt))
        }
        return value
    }
}

extension ExpressionValue {
    /// "null", "a boolean", "a number", "a string", "an array", "an object".
    var typeName: Message {
        switch self {
        case .null: ExpressionText.typeNull.message
        case .bool: ExpressionText.typeBoolean.message
        case .number: ExpressionText.typeNumber.message
        case .string: ExpressionText.typeString.message
        case .array: ExpressionText.typeArray.message
        case .object: ExpressionText.typeObject.message
        }
    }
}
