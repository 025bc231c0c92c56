/// A statically known path an expression reads: `steps.kiem-tra-han.outputs.overdue` is
/// `["steps", "kiem-tra-han", "outputs", "overdue"]`.
public struct ExpressionReference: Sendable, Hashable {
    /// The context name followed by the member names, up to the first dynamic index.
    public var path: [String]
    /// Offset in Characters of the path's first Character.
    public var offset: Int
    /// Length in Characters from the context name to the end of the last name in `path`.
    public var length: Int

    /// A located reference.
    public init(path: [String], offset: Int, length: Int) {
        self.path = path
        self.offset = offset
        self.length = length
    }
}

/// Every context path `expression` reads, in source order; the graph builder uses the
/// `steps.<id>` ones to order steps after the steps whose outputs they read.
public func references(in expression: Expression) -> [ExpressionReference] {
    var found: [ExpressionReference] = []
    expression.walk(
        chain: { chain in
            guard let root = chain.root else { return }
            found.append(ExpressionReference(
                path: [root] + chain.components.map(\.name),
                offset: chain.base.offset, length: chain.staticEnd - chain.base.offset))
        },
        call: { _, _, _ in })
    return found
}
