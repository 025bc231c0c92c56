import WFDiagnostics
import WFYAML

/// The YAML node at a position in the tree the loader parsed, with the keys that lead to it.
struct NodeLocation {
    /// Mapping keys from the top, `-` for a list item; ends with the node's own key.
    var path: [String]
    var node: Node
    /// True when the position is on a key rather than its value.
    var isKey: Bool
    /// The mappings that hold the node, innermost last.
    var mappings: [Node]

    /// The innermost enclosing mapping's scalar value for `key` (the item's `id`).
    func sibling(_ key: String) -> String? {
        mappings.last?[key]?.scalar?.text
    }

    /// Finds the innermost node at `position`; nil when it is outside the tree.
    static func locate(_ position: SourcePosition, in root: Node) -> NodeLocation? {
        var location = NodeLocation(path: [], node: root, isKey: false, mappings: [])
        guard root.range.contains(position) || root.pairs != nil else { return nil }
        var node = root
        descend: while true {
            switch node.content {
            case .scalar:
                return location
            case .mapping(let pairs):
                location.mappings.append(node)
                for pair in pairs {
                    let key = pair.key.scalar?.text ?? "?"
                    if pair.key.range.contains(position) {
                        location.path.append(key)
                        location.node = pair.key
                        location.isKey = true
                        return location
                    }
                    if pair.value.range.contains(position), !(pair.value.isNull && pair.value.range.start != position) {
                        location.path.append(key)
                        location.node = pair.value
                        node = pair.value
                        continue descend
                    }
                }
                return location
            case .sequence(let items):
                guard let item = items.first(where: { $0.range.contains(position) }) else { return location }
                location.path.append("-")
                location.node = item
                node = item
            }
        }
    }
}
