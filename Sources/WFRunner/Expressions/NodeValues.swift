import WFCore
public import WFExpressions
public import WFYAML
import WFDiagnostics

/// YAML nodes as expression values, the way `wf` reads scalars (`ScalarResolver`).
public enum NodeValues {
    /// A scalar's typed value; mappings become objects and sequences arrays.
    public static func value(_ node: Node) -> ExpressionValue {
        switch node.content {
        case .scalar: return scalar(node)
        case .mapping(let pairs):
            var members: [String: ExpressionValue] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar?.text else { continue }
                members[key] = value(pair.value)
            }
            return .object(members)
        case .sequence(let items):
            return .array(items.map(value))
        }
    }

    /// A scalar's typed value: null, boolean, number or string.
    public static func scalar(_ node: Node) -> ExpressionValue {
        switch ScalarResolver.value(node) {
        case nil: return .null
        case .bool(let flag)?: return .bool(flag)
        case .integer(let int)?: return .number(Double(int))
        case .number(let number)?: return .number(number)
        case .string(let text)?: return .string(text)
        }
    }

    /// Text as YAML would read it written plain (`--var n=3` is a number, a default `true` a boolean).
    public static func plain(_ text: String) -> ExpressionValue {
        scalar(Node(.scalar(Scalar(text)), range: .fileStart))
    }
}
