import WFLocalization

/// A function of the expression language: its name, how many arguments it takes, and
/// whether `wf` computes it or the host (through ``EvaluationContext/call(_:_:)``) does.
struct Function: Sendable {
    typealias Body = @Sendable ([ExpressionValue]) throws(FunctionFailure) -> ExpressionValue

    enum Implementation: Sendable {
        case builtin(Body)
        /// Delegated to the evaluation context: it depends on the run (date, statuses).
        case host
    }

    /// The canonical spelling.
    let name: String
    let arity: ClosedRange<Int>
    let implementation: Implementation

    /// Every function, builtin then host-provided, in the order messages list them.
    static let all: [Function] = builtins + [
        Function(name: "days_until", arity: 1...1, implementation: .host),
        Function(name: "workdays_until", arity: 1...1, implementation: .host),
        Function(name: "date_vi", arity: 1...1, implementation: .host),
        Function(name: "format_date", arity: 2...2, implementation: .host),
        Function(name: "money_vi", arity: 1...2, implementation: .host),
        Function(name: "success", arity: 0...0, implementation: .host),
        Function(name: "failure", arity: 0...0, implementation: .host),
        Function(name: "always", arity: 0...0, implementation: .host),
        Function(name: "cancelled", arity: 0...0, implementation: .host),
    ]

    private static let byName: [String: Function] = Dictionary(
        all.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// The function called `name`, ignoring case as GitHub Actions does (`toJson`).
    static func named(_ name: String) -> Function? {
        byName[name.lowercased()]
    }

    /// "takes 2 arguments", "takes no arguments", "takes 1 or 2 arguments", "takes at least 1 argument".
    var arityDescription: Message {
        let (low, high) = (arity.lowerBound, arity.upperBound)
        if high == .max { return low == 1 ? ExpressionText.takesAtLeastOneArgument.message : ExpressionText.takesAtLeastArguments(count: low) }
        if low == high {
            switch low {
            case 0: return ExpressionText.takesNoArguments.message
            case 1: return ExpressionText.takesOneArgument.message
            default: return ExpressionText.takesArguments(count: low)
            }
        }
        if high == low + 1 { return ExpressionText.takesOneOrTwoArguments(low: low, high: high) }
        return ExpressionText.takesRangeOfArguments(low: low, high: high)
    }

    /// "contains, startsWith, …, always or cancelled".
    static var list: Message {
        ExpressionText.list(all.map(\.name))
    }
}

/// Why a builtin function could not compute its result.
struct FunctionFailure: Error, Sendable {
    let message: Message

    init(_ message: Message) {
        self.message = message
    }
}
