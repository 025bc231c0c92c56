public import WFDiagnostics
public import WFLocalization

/// A reference or function call that does not fit the plan, found at validate time.
public struct ExpressionProblem: Sendable, Hashable {
    /// `.unknownReference`, `.undeclaredSecret` or `.expression`.
    public var rule: Rule
    /// What is wrong and what to do, lower-case, in both languages.
    public var message: Message
    /// Offset in Characters from the start of the template string.
    public var offset: Int
    /// Length in Characters of the name the problem is about.
    public var length: Int
    /// A close, valid name for a "did you mean" note.
    public var suggestion: String?

    /// A located problem.
    public init(_ rule: Rule, _ message: Message, offset: Int, length: Int, suggestion: String? = nil) {
        self.rule = rule
        self.message = message
        self.offset = offset
        self.length = max(1, length)
        self.suggestion = suggestion
    }
}
