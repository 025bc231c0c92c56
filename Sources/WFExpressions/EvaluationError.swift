/// A failure while evaluating an expression, located like the expression's nodes.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong and what to do, lower-case.
    public var message: String
    /// Offset in Characters of the node that failed.
    public var offset: Int
    /// Length in Characters of that node.
    public var length: Int

    /// A located evaluation failure.
    public init(_ message: String, offset: Int, length: Int) {
        self.message = message
        self.offset = offset
        self.length = max(1, length)
    }

    /// A failure about the given node.
    init(_ message: String, at node: Expression) {
        self.init(message, offset: node.offset, length: node.length)
    }

    /// The message.
    public var description: String { message }
}
