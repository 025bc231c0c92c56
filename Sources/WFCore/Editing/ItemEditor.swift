import WFCalendar
import WFDiagnostics
import WFExpressions
import WFYAML

/// The text of a plan after an ``ItemEdit``.
public struct ItemEditResult: Sendable {
    /// The whole file after the edit (the same bytes when nothing changed).
    public var bytes: [UInt8]
    /// False when the item already had that status: the file needs no write.
    public var changed: Bool
    /// The line the edit touched (1-based), for messages.
    public var line: Int
}

/// Edits `done:` and `progress:` of one goal or prepare item in the plan's text, in place.
///
/// The YAML is never written back from a tree: the parser's source ranges locate the bytes to
/// replace, and everything else (comments, key order, quoting, blank lines, CR LF line breaks,
/// a byte-order mark) stays byte for byte. A missing key is inserted with the item's own
/// indentation on a new line after `progress:` (for `done:`) or `done:` (for `progress:`) when
/// the item has it, else after `due:`; in a flow mapping (`{ id: a, … }`) it is added at the
/// end, before `}`. The result is parsed again and checked before it is returned.
public enum ItemEditor {
    /// Applies `edit` to the goal or prepare item `id` of the plan `bytes` (UTF-8).
    public static func apply(_ edit: ItemEdit, toItem id: String, in bytes: [UInt8]) throws(ItemEditError) -> ItemEditResult {
        let offsets = SourceOffsets(bytes)
        let found = try locate(id, in: bytes)
        let editor = MappingEditor(offsets: offsets, item: found.node, id: id)
        guard let splice = try editor.splice(for: edit) else {
            return ItemEditResult(bytes: bytes, changed: false, line: found.node.range.start.line)
        }
        var result = Array(bytes[..<splice.range.lowerBound])
        result += splice.replacement
        result += bytes[splice.range.upperBound...]
        try check(result, edit: edit, id: id, itemCount: found.count)
        return ItemEditResult(bytes: result, changed: true, line: splice.line)
    }

    // MARK: - Finding the item

    struct Found {
        var node: Node
        var count: Int
    }

    /// The item `id` among the goals and prepare items, with how many items there are.
    static func locate(_ id: String, in bytes: [UInt8]) throws(ItemEditError) -> Found {
        let document = YAMLParser.parse(bytes, limits: .unlimited)
        guard let root = document.root, !document.diagnostics.contains(where: { $0.severity == .error }) else {
            throw .notParsed
        }
        let items = statusItems(root)
        guard let match = items.first(where: { $0.id == id }) else {
            throw .unknownID(id, kind: otherKind(of: id, in: root),
                             suggestion: closestMatch(to: id, among: items.map(\.id)))
        }
        guard match.node.range.start >= match.list.range.start, match.node.pairs != nil else { throw .alias(id) }
        return Found(node: match.node, count: items.count)
    }

    /// Every goal and prepare item with its id and the list it is in, in plan order.
    static func statusItems(_ root: Node) -> [(id: String, node: Node, list: Node)] {
        var found: [(id: String, node: Node, list: Node)] = []
        func add(_ list: Node?) {
            guard let list, let items = list.items else { return }
            for item in items {
                if let id = item["id"]?.scalar?.text { found.append((id, item, list)) }
            }
        }
        add(root["goals"])
        for event in root["events"]?.items ?? [] { add(event["prepare"]) }
        return found
    }

    /// "an event", "a checkpoint" or "a step" when `id` names one.
    private static func otherKind(of id: String, in root: Node) -> String? {
        for (key, kind) in [("events", "an event"), ("checkpoints", "a checkpoint"), ("steps", "a step")] {
            if root[key]?.items?.contains(where: { $0["id"]?.scalar?.text == id }) == true { return kind }
        }
        return nil
    }

    // MARK: - Checking the result

    /// Parses the edited text again: the item must be there, with the value the edit wrote.
    private static func check(_ bytes: [UInt8], edit: ItemEdit, id: String, itemCount: Int) throws(ItemEditError) {
        let document = YAMLParser.parse(bytes, limits: .unlimited)
        guard let root = document.root, !document.diagnostics.contains(where: { $0.severity == .error }) else {
            throw .unsafe(id)
        }
        let items = statusItems(root)
        guard items.count == itemCount, let item = items.first(where: { $0.id == id })?.node else { throw .unsafe(id) }
        let value = item[edit.key]
        let ok: Bool
        switch edit {
        case .done: ok = value?.scalar == Scalar("true")
        case .undone: ok = value?.scalar == Scalar("false")
        case .progress(let fraction):
            ok = value?.scalar?.text == ItemEdit.percentText(fraction)
        case .addPeriod(let period):
            ok = value?.items?.contains { $0.scalar?.text == period.label } == true
        case .removePeriod(let period):
            ok = value?.items.map { !$0.contains { $0.scalar.flatMap { ItemEdit.period($0.text) } == period } } == true
        }
        guard ok else { throw .unsafe(id) }
    }
}

extension YAMLLimits {
    /// The size limit was checked when the file was loaded; the editor reads what was loaded.
    fileprivate static var unlimited: YAMLLimits {
        var limits = YAMLLimits.default
        limits.maxBytes = .max
        return limits
    }
}
