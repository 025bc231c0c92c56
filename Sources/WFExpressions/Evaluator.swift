import WFLocalization

/// Evaluates an expression against a context, with GitHub Actions' semantics:
/// `&&` and `||` short-circuit and yield an operand, comparisons coerce across types.
public func evaluate(_ expression: Expression, in context: some EvaluationContext) throws(EvaluationError) -> ExpressionValue {
    try Evaluator(context: context).evaluate(expression)
}

/// Walks the syntax tree; its depth is bounded by ``Parser/maxHeight``.
struct Evaluator<Context: EvaluationContext> {
    let context: Context

    func evaluate(_ expression: Expression) throws(EvaluationError) -> ExpressionValue {
        switch expression.kind {
        case .literal(let value):
            return value
        case .context(let name):
            guard let value = context.lookup(name) else {
                throw EvaluationError(ExpressionText.nothingNamed(name: name), at: expression)
            }
            return value
        case .member(let base, let name):
            return try evaluate(base)[member: name.text]
        case .index(let base, let index):
            return Self.element(of: try evaluate(base), at: try evaluate(index))
        case .call(let name, let arguments):
            return try call(name, arguments, node: expression)
        case .unary(.not, let operand):
            return .bool(!(try evaluate(operand).isTruthy))
        case .unary(.negate, let operand):
            return .number(-(try evaluate(operand).coercedNumber))
        case .binary(.and, let left, let right):
            let value = try evaluate(left)
            return value.isTruthy ? try evaluate(right) : value
        case .binary(.or, let left, let right):
            let value = try evaluate(left)
            return value.isTruthy ? value : try evaluate(right)
        case .binary(let op, let left, let right):
            return .bool(Self.apply(op, try evaluate(left), try evaluate(right)))
        }
    }

    // MARK: - Operations

    /// `base[index]`: an array element by integer index, an object member by name; else null.
    static func element(of base: ExpressionValue, at index: ExpressionValue) -> ExpressionValue {
        switch base {
        case .array(let items):
            let number = index.coercedNumber.rounded(.towardZero)
            guard number.isFinite, number >= 0, number < Double(items.count) else { return .null }
            return items[Int(number)]
        case .object:
            return base[member: index.description]
        default:
            return .null
        }
    }

    static func apply(_ op: BinaryOperator, _ left: ExpressionValue, _ right: ExpressionValue) -> Bool {
        switch op {
        case .equal: left.looselyEquals(right)
        case .notEqual: !left.looselyEquals(right)
        case .less: left.compare(to: right) == .ascending
        case .lessOrEqual: [.ascending, .same].contains(left.compare(to: right))
        case .greater: left.compare(to: right) == .descending
        case .greaterOrEqual: [.descending, .same].contains(left.compare(to: right))
        case .and: left.isTruthy && right.isTruthy
        case .or: left.isTruthy || right.isTruthy
        }
    }

    private func call(_ name: Expression.Name, _ arguments: [Expression], node: Expression) throws(EvaluationError) -> ExpressionValue {
        guard let function = Function.named(name.text) else {
            throw EvaluationError(ExpressionText.unknownFunction(name: name.text, functions: Function.list),
                                  offset: name.offset, length: name.length)
        }
        guard function.arity.contains(arguments.count) else {
            throw EvaluationError(ExpressionText.wrongArity(name: function.name, arity: function.arityDescription, count: arguments.count), at: node)
        }
        var values: [ExpressionValue] = []
        for argument in arguments { values.append(try evaluate(argument)) }
        switch function.implementation {
        case .builtin(let body):
            do {
                return try body(values)
            } catch {
                throw EvaluationError(error.message, at: node)
            }
        case .host:
            guard let value = context.call(function.name, values) else {
                throw EvaluationError(ExpressionText.notAvailable(name: function.name), at: node)
            }
            return value
        }
    }
}
