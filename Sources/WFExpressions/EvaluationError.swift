public import WFLocalization

/// A failure while evaluating an expression, located like the expression's nodes.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong and what to do, lower-case, in both languages.
    public var message: Message
    /// Offset in Characters of the node that failed.
    public var offset: Int
    /// Length in Characters of that node.
    public var length: Int

    /// A located evaluation failure.
    public init(_ message: Message, offset: Int, length: Int) {
        self.message = message
        self.offset = offset
        self.length = max(1, length)
    }

    /// A failure about the given node.
    init(_ message: Message, at node: Expression) {
        self.init(message, offset: node.offset, length: node.length)
    }

    /// The message, in English.
    public var description: String { message.en }
}
