import Foundation
import WFCore
import WFExpressions
import WFYAML

/// Helpers for the expressions of a node: its `if:` condition and the templates in `with:`/`env:`.
enum NodeExpressions {
    /// Which ids of goals/events/checkpoints/steps `templates` read (nil: any, via a dynamic index).
    static func needed(by templates: [Template]) -> [String: Set<String>?] {
        var needed: [String: Set<String>?] = [:]
        for template in templates {
            for expression in template.expressions {
                for reference in references(in: expression) {
                    guard let root = reference.path.first, ["goals", "events", "checkpoints", "steps"].contains(root) else { continue }
                    if reference.path.count < 2 {
                        needed[root] = .some(nil)
                    } else if case .some(.some(var ids)) = needed[root] {
                        ids.insert(reference.path[1])
                        needed[root] = .some(ids)
                    } else if needed[root] == nil {
                        needed[root] = .some([reference.path[1]])
                    }
                }
            }
        }
        return needed
    }

    /// True when an expression calls one of the status functions.
    static func callsStatusFunction(_ expression: WFExpressions.Expression) -> Bool {
        switch expression.kind {
        case .literal, .context: return false
        case .call(let name, let arguments):
            if ["success", "failure", "always", "cancelled"].contains(name.text.lowercased()) { return true }
            return arguments.contains(where: callsStatusFunction)
        case .member(let base, _): return callsStatusFunction(base)
        case .index(let base, let index): return callsStatusFunction(base) || callsStatusFunction(index)
        case .unary(_, let operand): return callsStatusFunction(operand)
        case .binary(_, let left, let right): return callsStatusFunction(left) || callsStatusFunction(right)
        }
    }

    /// Parses a condition written bare (`failure()`) or wrapped (`${{ failure() }}`).
    static func condition(_ text: String, templates: TemplateCache) -> Template {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return templates.parse(trimmed.containsExpressionMarker ? trimmed : "${{ \(trimmed) }}").template
    }
}
