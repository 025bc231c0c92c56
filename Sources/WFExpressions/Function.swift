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
    var arityDescription: String {
        func arguments(_ n: Int) -> String { n == 1 ? "1 argument" : "\(n) arguments" }
        if arity.upperBound == .max { return "takes at least \(arguments(arity.lowerBound))" }
        if arity.count == 1 { return arity.lowerBound == 0 ? "takes no arguments" : "takes \(arguments(arity.lowerBound))" }
        if arity.count == 2 { return "takes \(arity.lowerBound) or \(arguments(arity.upperBound))" }
        return "takes \(arity.lowerBound) to \(arguments(arity.upperBound))"
    }

    /// "contains, startsWith, …, always or cancelled".
    static var list: String {
        let names = all.map(\.name)
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }
}

/// Why a builtin function could not compute its result.
struct FunctionFailure: Error, Sendable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
