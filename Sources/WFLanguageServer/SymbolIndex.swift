import WFCore
import WFExpressions
import WFDiagnostics
import WFYAML

/// Where each id of a plan is declared and where it is named: the data behind go to
/// definition, find references, the outline and id completion.
struct SymbolIndex: Sendable {
    /// What an id names.
    enum Kind: String, Sendable {
        case owner, goal, event, prepare, checkpoint, step
    }

    /// A declared id.
    struct Definition: Sendable {
        var id: String
        var kind: Kind
        var title: String
        /// The id's own scalar.
        var selection: SourceRange
        /// The whole item.
        var range: SourceRange
        /// For a prepare item: its event; the outline nests it there.
        var parent: String?
    }

    /// An id named somewhere: in `after:`, `needs:`, `owner:`, `partners:`, `members:` or an
    /// `owner:ID` channel.
    struct Reference: Sendable {
        var id: String
        var range: SourceRange
    }

    private(set) var definitions: [Definition] = []
    private(set) var references: [Reference] = []
    private var byID: [String: Int] = [:]

    init() {}

    init(_ plan: Plan) {
        for owner in plan.owners {
            add(Definition(id: owner.id.value, kind: .owner, title: owner.name, selection: owner.id.range, range: owner.id.range))
            refer(owner.members)
            refer(owner.notify.compactMap(Self.ownerChannel))
        }
        for goal in plan.goals {
            add(Definition(id: goal.id.value, kind: .goal, title: goal.title, selection: goal.id.range, range: goal.range))
            refer(goal.owner.map { [$0] } ?? [])
            refer(goal.partners + goal.after)
        }
        for event in plan.events {
            add(Definition(id: event.id.value, kind: .event, title: event.title, selection: event.id.range, range: event.range))
            refer(event.owner.map { [$0] } ?? [])
            refer(event.partners + event.after)
            for item in event.prepare {
                add(Definition(id: item.id.value, kind: .prepare, title: item.title, selection: item.id.range, range: item.range,
                               parent: event.id.value))
                refer(item.owner.map { [$0] } ?? [])
                refer(item.partners + item.after)
            }
        }
        for checkpoint in plan.checkpoints {
            add(Definition(id: checkpoint.id.value, kind: .checkpoint, title: checkpoint.title, selection: checkpoint.id.range,
                           range: checkpoint.range))
            refer(checkpoint.owner.map { [$0] } ?? [])
            refer(checkpoint.partners + checkpoint.after)
        }
        var inputIDs: [Located<String>] = []
        for step in plan.steps {
            add(Definition(id: step.id.value, kind: .step, title: step.name ?? step.uses.value, selection: step.id.range, range: step.range))
            refer(step.needs)
            for entry in step.with { inputIDs += Self.ids(in: entry.value) }
        }
        // A list in `with:` may hold other words than ids: only the ids the plan declares count.
        refer(inputIDs.filter { byID[$0.value] != nil })
        if let root = plan.root { refer(Self.expressionIDs(in: root)) }
    }

    /// The definition of `id`, the first when it is declared twice.
    func definition(_ id: String) -> Definition? { byID[id].map { definitions[$0] } }

    /// The ids of the given kinds, in plan order.
    func ids(of kinds: Set<Kind>) -> [Definition] { definitions.filter { kinds.contains($0.kind) } }

    /// The id declared or named at `position`, with the range of its text there.
    func symbol(at position: SourcePosition) -> (id: String, range: SourceRange)? {
        if let definition = definitions.first(where: { $0.selection.contains(position) }) {
            return (definition.id, definition.selection)
        }
        if let reference = references.first(where: { $0.range.contains(position) }) {
            return (reference.id, reference.range)
        }
        return nil
    }

    /// Every place `id` is named, and its declaration first when `includeDeclaration`.
    func occurrences(of id: String, includeDeclaration: Bool) -> [SourceRange] {
        let declared = includeDeclaration ? definitions.filter { $0.id == id }.map(\.selection) : []
        return declared + references.filter { $0.id == id }.map(\.range)
    }

    // MARK: - Building

    private mutating func add(_ definition: Definition) {
        if byID[definition.id] == nil { byID[definition.id] = definitions.count }
        definitions.append(definition)
    }

    private mutating func refer(_ located: [Located<String>]) {
        references += located.map { Reference(id: $0.value, range: $0.range) }
    }

    /// `owner:cntt` names the owner `cntt`; the range is that of the id inside the scalar.
    private static func ownerChannel(_ channel: Located<String>) -> Located<String>? {
        guard channel.value.hasPrefix("owner:"), channel.range.start.line == channel.range.end.line else { return nil }
        let id = String(channel.value.dropFirst("owner:".count))
        let width = channel.range.end.column - channel.range.start.column
        // A quoted scalar is two characters wider than its text.
        let quote = width == channel.value.count + 2 ? 1 : 0
        let start = channel.range.start.column + quote + "owner:".count
        return Located(id, at: SourceRange(line: channel.range.start.line, column: start, endColumn: start + id.count))
    }

    /// The ids `${{ }}` expressions name (`goals.de-an-cds.title`, `steps.x.outputs.n`), in
    /// one-line scalars, where a character offset in the text is a column in the file.
    private static func expressionIDs(in node: Node) -> [Located<String>] {
        guard node.containsExpressionMarker else { return [] }
        switch node.content {
        case .mapping(let pairs): return pairs.flatMap { expressionIDs(in: $0.value) }
        case .sequence(let items): return items.flatMap { expressionIDs(in: $0) }
        case .scalar(let scalar):
            guard node.range.start.line == node.range.end.line, !scalar.text.utf8.contains(0x0A),
                  [.plain, .singleQuoted, .doubleQuoted].contains(scalar.style) else { return [] }
            let (template, _) = Template.parse(scalar.text)
            let characters = Array(scalar.text)
            let shift = scalar.style == .plain ? 0 : 1
            return template.expressions.flatMap(references(in:)).compactMap { reference in
                guard reference.path.count >= 2, Self.collections.contains(reference.path[0]) else { return nil }
                let id = reference.path[1]
                let offset = reference.offset + reference.path[0].count + 1
                // `goals['x']` is skipped: only the dotted form has the id at this offset.
                guard offset + id.count <= characters.count, String(characters[offset..<(offset + id.count)]) == id else { return nil }
                let column = node.range.start.column + shift + offset
                return Located(id, at: SourceRange(line: node.range.start.line, column: column, endColumn: column + id.count))
            }
        }
    }

    private static let collections: Set<String> = ["goals", "events", "checkpoints", "steps", "owners"]

    /// The scalar ids of a plugin input given as a list (`items: [a, b]`): plan items and steps.
    private static func ids(in node: Node) -> [Located<String>] {
        (node.items ?? []).compactMap { item in
            guard let text = item.scalar?.text, Validator.isSlug(text) else { return nil }
            return Located(text, at: item.range)
        }
    }
}

extension SourceRange {
    /// Whether `position` is inside the range; its end counts, so that a cursor just after a
    /// word finds the word.
    func contains(_ position: SourcePosition) -> Bool { start <= position && position <= end }
}
