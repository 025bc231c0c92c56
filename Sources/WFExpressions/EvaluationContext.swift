/// What an expression can read: the roots (`vars`, `steps`, …) and the functions the host
/// provides (`days_until`, `success`, …).
public protocol EvaluationContext: Sendable {
    /// The value of a root name, or nil when the context has no such root.
    func lookup(_ root: String) -> ExpressionValue?
    /// The result of a host-provided function, or nil when the host does not provide it here.
    func call(_ function: String, _ arguments: [ExpressionValue]) -> ExpressionValue?
}

extension EvaluationContext {
    /// By default a context provides no functions.
    public func call(_ function: String, _ arguments: [ExpressionValue]) -> ExpressionValue? { nil }
}

/// A context made of fixed values and, optionally, host functions: for tests, previews
/// and simple hosts.
public struct StaticContext: EvaluationContext {
    /// A host function's implementation.
    public typealias Function = @Sendable ([ExpressionValue]) -> ExpressionValue?

    /// The roots, by name.
    public var roots: [String: ExpressionValue]
    /// Host functions by name (`days_until`, `success`, …).
    public var functions: [String: Function]

    /// A context with the given roots and host functions.
    public init(_ roots: [String: ExpressionValue] = [:], functions: [String: Function] = [:]) {
        self.roots = roots
        self.functions = functions
    }

    /// The root's value from ``roots``.
    public func lookup(_ root: String) -> ExpressionValue? { roots[root] }

    /// The result of the function in ``functions``, if there is one.
    public func call(_ function: String, _ arguments: [ExpressionValue]) -> ExpressionValue? {
        functions[function]?(arguments)
    }
}
