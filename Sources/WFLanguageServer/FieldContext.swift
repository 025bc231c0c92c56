import WFCore

/// Which mapping of the format a path of keys leads to, and so which keys it may hold: the
/// keys of FormatSpec, or a plugin's inputs under a step's `with:`.
///
/// A path lists mapping keys from the top, with `-` for an item of a list:
/// `["events", "-", "prepare", "-"]` is a prepare item.
enum FieldContext {
    /// What a path leads to.
    enum Target: Equatable {
        /// A mapping with the keys of a FormatSpec object.
        case object(String)
        /// A step's `with:`.
        case inputs
        /// `owners:`, whose keys are ids.
        case owners
        /// A mapping of free names (`vars:`, `env:`).
        case names
    }

    static func target(of path: [String]) -> Target? {
        // An owner's id is any name.
        let key = path.count == 2 && path[0] == "owners" ? "owners/*" : path.joined(separator: "/")
        switch key {
        case "": return .object("plan")
        case "owners": return .owners
        case "owners/*": return .object("owner")
        case "vars", "steps/-/env": return .names
        case "goals/-": return .object("goal")
        case "goals/-/kpi": return .object("kpi")
        case "events/-": return .object("event")
        case "events/-/prepare/-": return .object("prepare")
        case "checkpoints/-": return .object("checkpoint")
        case "checkpoints/-/budget": return .object("budget")
        case "steps/-": return .object("step")
        case "steps/-/retry": return .object("retry")
        case "steps/-/with": return .inputs
        case "calendar": return .object("calendar")
        case "period": return .object("period")
        default: return nil
        }
    }

    /// The fields of a FormatSpec object by name.
    static func fields(_ object: String) -> [FormatSpec.Field] {
        FormatSpec.objects.first { $0.name == object }?.fields ?? []
    }

    /// The declaration of the key at the end of `path` (`["goals", "-", "due"]`), if it is one.
    static func field(at path: [String]) -> FormatSpec.Field? {
        guard let key = path.last, case .object(let object)? = target(of: Array(path.dropLast())) else { return nil }
        return fields(object).first { $0.name == key }
    }
}
