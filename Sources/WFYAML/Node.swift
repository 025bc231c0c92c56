public import WFDiagnostics
public import WFLocalization

/// A YAML node with its source range: a scalar, a mapping or a sequence.
public struct Node: Sendable {
    /// The content of a node.
    public enum Content: Sendable {
        case scalar(Scalar)
        case mapping([Pair])
        case sequence([Node])
    }

    /// A key and its value in a mapping, in source order.
    public struct Pair: Sendable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public let content: Content
    public var range: SourceRange
    /// An explicit tag (`!!str`), if any.
    public var tag: String?
    /// Whether `${{` occurs in this scalar or in any scalar below this node. Expression checks
    /// and evaluation skip the subtrees without one, which is most of a plan.
    public let containsExpressionMarker: Bool

    public init(_ content: Content, range: SourceRange, tag: String? = nil) {
        self.content = content
        self.range = range
        self.tag = tag
        switch content {
        case .scalar(let scalar): containsExpressionMarker = scalar.text.containsASCII("${{")
        case .mapping(let pairs): containsExpressionMarker = pairs.contains { $0.key.containsExpressionMarker || $0.value.containsExpressionMarker }
        case .sequence(let items): containsExpressionMarker = items.contains { $0.containsExpressionMarker }
        }
    }
}

/// A scalar's text and how it was written.
public struct Scalar: Sendable, Hashable {
    /// How a scalar was written in the source.
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Plain scalars are the only ones `wf` resolves to numbers, booleans or null.
    public var isPlain: Bool { style == .plain }

    /// True for a plain `~`, `null`, `Null`, `NULL` or empty scalar.
    public var isNull: Bool {
        guard isPlain, text.utf8.count <= 4 else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

// MARK: - Access

extension Node {
    /// The scalar, if this is a scalar node.
    public var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    /// The pairs, if this is a mapping node.
    public var pairs: [Pair]? {
        if case .mapping(let p) = content { return p }
        return nil
    }

    /// The items, if this is a sequence node.
    public var items: [Node]? {
        if case .sequence(let i) = content { return i }
        return nil
    }

    /// True for a null scalar (`~`, `null`, or nothing at all).
    public var isNull: Bool { scalar?.isNull ?? false }

    /// The value for a scalar key in a mapping.
    public subscript(key: String) -> Node? {
        pairs?.first { $0.key.scalar?.text == key }?.value
    }

    /// This node's kind, for messages, in both languages: "a mapping" / "một nhóm mục".
    public var kindMessage: Message {
        switch content {
        case .scalar(let s): return s.isNull ? YAMLText.kindNull.message : YAMLText.kindScalar.message
        case .mapping: return YAMLText.kindMapping.message
        case .sequence: return YAMLText.kindList.message
        }
    }

    /// A word for this node's kind, in English: "a mapping", "a list", "a scalar" (`kindMessage`
    /// holds both languages).
    public var kindDescription: String { kindMessage.en }
}

// MARK: - Moving

extension Node {
    private init(content: Content, range: SourceRange, tag: String?, containsExpressionMarker: Bool) {
        self.content = content
        self.range = range
        self.tag = tag
        self.containsExpressionMarker = containsExpressionMarker
    }

    /// This node with every position on line `line` or below moved by `delta` lines: the tree
    /// of the same text after lines were added (or removed) above `line`. Nodes that end above
    /// `line` are kept as they are.
    public func moved(by delta: Int, from line: Int) -> Node {
        guard delta != 0 else { return self }
        return repositioned(from: line) { $0.line >= line ? SourcePosition(line: $0.line + delta, column: $0.column) : $0 }
    }

    /// This node with `position` applied to every start and end in it. Nodes that end above
    /// line `line` are kept as they are: `position` must keep those.
    public func repositioned(from line: Int, _ position: (SourcePosition) -> SourcePosition) -> Node {
        guard range.end.line >= line else { return self }
        let range = SourceRange(start: position(range.start), end: position(range.end))
        switch content {
        case .scalar:
            var moved = self
            moved.range = range
            return moved
        case .mapping(let pairs):
            let pairs = pairs.map { Pair(key: $0.key.repositioned(from: line, position), value: $0.value.repositioned(from: line, position)) }
            return Node(content: .mapping(pairs), range: range, tag: tag, containsExpressionMarker: containsExpressionMarker)
        case .sequence(let items):
            let items = items.map { $0.repositioned(from: line, position) }
            return Node(content: .sequence(items), range: range, tag: tag, containsExpressionMarker: containsExpressionMarker)
        }
    }
}
