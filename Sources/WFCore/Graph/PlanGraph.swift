public import WFCalendar
public import WFDiagnostics

/// The compiled dependency graph: one node per goal, event, prepare item, checkpoint and step.
public struct PlanGraph: Sendable {
    /// What a node stands for.
    public enum Kind: String, Sendable, CaseIterable {
        case goal, event, prepare, checkpoint, step

        /// The plugin a plan item runs through when it names none.
        public var defaultPlugin: String? {
            switch self {
            case .goal, .prepare: return "deadline"
            case .event: return "notify"
            case .checkpoint: return "budget"
            case .step: return nil
            }
        }
    }

    /// A node of the graph.
    public struct Node: Sendable {
        public var id: String
        public var kind: Kind
        public var title: String
        public var owner: String?
        /// The due date (goals, prepare items) or the date (events, checkpoints); nil for steps.
        public var date: CivilDate?
        /// The plugin that runs the node.
        public var plugin: String
        /// For a prepare item, its event's id.
        public var parent: String?
        public var range: SourceRange

        public init(id: String, kind: Kind, title: String, owner: String? = nil, date: CivilDate? = nil,
                    plugin: String, parent: String? = nil, range: SourceRange) {
            self.id = id
            self.kind = kind
            self.title = title
            self.owner = owner
            self.date = date
            self.plugin = plugin
            self.parent = parent
            self.range = range
        }
    }

    /// Why one node depends on another.
    public enum EdgeKind: String, Sendable {
        case after, needs, prepare, expression
    }

    /// `from` depends on `to`: `to` runs first.
    public struct Edge: Sendable, Hashable {
        public var from: Int
        public var to: Int
        public var kind: EdgeKind
        /// Where the dependency is written.
        public var range: SourceRange
    }

    public private(set) var nodes: [Node] = []
    public private(set) var edges: [Edge] = []
    /// For each node, the indices of the nodes it depends on.
    public private(set) var dependencies: [[Int]] = []
    /// For each node, the indices of the nodes that depend on it.
    public private(set) var dependents: [[Int]] = []
    private var indexByID: [String: Int] = [:]

    public init() {}

    /// Adds a node; returns its index, or the index of the node already holding that id.
    @discardableResult
    public mutating func add(_ node: Node) -> Int {
        if let existing = indexByID[node.id] { return existing }
        nodes.append(node)
        dependencies.append([])
        dependents.append([])
        indexByID[node.id] = nodes.count - 1
        return nodes.count - 1
    }

    /// Records that `from` depends on `to`; repeated edges are kept once.
    public mutating func connect(_ from: Int, dependsOn to: Int, kind: EdgeKind, at range: SourceRange) {
        guard !dependencies[from].contains(to) else { return }
        dependencies[from].append(to)
        dependents[to].append(from)
        edges.append(Edge(from: from, to: to, kind: kind, range: range))
    }

    public func index(of id: String) -> Int? { indexByID[id] }

    /// Makes room for `count` nodes, so a large plan's graph is not regrown again and again.
    public mutating func reserveCapacity(_ count: Int) {
        nodes.reserveCapacity(count)
        dependencies.reserveCapacity(count)
        dependents.reserveCapacity(count)
        indexByID.reserveCapacity(count)
    }

    public subscript(id: String) -> Node? { indexByID[id].map { nodes[$0] } }

    /// All node ids, in declaration order.
    public var ids: [String] { nodes.map(\.id) }
}
