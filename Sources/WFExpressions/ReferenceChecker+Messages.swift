// MARK: - Collections of ids

extension ReferenceChecker {
    /// The contexts keyed by declared ids.
    enum Collection: String, CaseIterable, Sendable {
        case goals, events, checkpoints, steps, owners

        /// "goal", "event", …
        var noun: String { String(rawValue.dropLast()) }

        var article: String { self == .events || self == .owners ? "an" : "a" }

        var members: [String] {
            switch self {
            case .goals: ExpressionScope.goalMembers
            case .events: ExpressionScope.eventMembers
            case .checkpoints: ExpressionScope.checkpointMembers
            case .steps: ExpressionScope.stepMembers
            case .owners: ExpressionScope.ownerMembers
            }
        }
    }
}

// MARK: - Names that get suggestions

extension ReferenceChecker {
    /// The declared names a did-you-mean looks among.
    enum Names: Hashable, Sendable {
        case vars, secrets
        case ids(Collection)

        func names(in scope: ExpressionScope) -> [String] {
            switch self {
            case .vars: Array(scope.vars)
            case .secrets: Array(scope.secrets)
            case .ids(.goals): Array(scope.goals)
            case .ids(.events): Array(scope.events)
            case .ids(.checkpoints): Array(scope.checkpoints)
            case .ids(.owners): Array(scope.owners)
            case .ids(.steps): Array(scope.steps.keys)
            }
        }
    }
}

// MARK: - Messages

extension String {
    /// "a, b or c".
    static func list(_ names: some Sequence<String>, quoted: Bool = false) -> String {
        let items = names.map { quoted ? "'\($0)'" : $0 }
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }

    static func unknownContext(_ root: String) -> String {
        "unknown context '\(root)': start with \(list(ExpressionScope.contexts))"
    }

    static func idAsContext(_ id: String, collection: ReferenceChecker.Collection) -> String {
        "unknown context '\(id)': write '\(collection.rawValue).\(id)' to refer to the \(collection.noun) '\(id)'"
    }

    static func unknownVariable(_ name: String) -> String {
        "unknown variable 'vars.\(name)': declare '\(name)' under 'vars:' or fix the name"
    }

    static func undeclaredSecret(_ name: String) -> String {
        "secret '\(name)' is not declared: add it under 'secrets:'"
    }

    static func unknownID(_ id: String, collection: ReferenceChecker.Collection) -> String {
        "unknown \(collection.noun) '\(id)': use the id of \(collection.article) \(collection.noun) declared under '\(collection.rawValue):'"
    }

    static func idInWrongCollection(_ id: String, collection: ReferenceChecker.Collection, actual: ReferenceChecker.Collection) -> String {
        "'\(id)' is \(actual.article) \(actual.noun), not \(collection.article) \(collection.noun): write '\(actual.rawValue).\(id)'"
    }

    static func unknownMember(_ name: String, of owner: String, members: [String]) -> String {
        "\(owner) has no member '\(name)': use \(list(members))"
    }

    static func unknownOutput(_ name: String, step: String, declared: Set<String>) -> String {
        declared.isEmpty
            ? "step '\(step)' has no output '\(name)': its plugin declares no outputs"
            : "step '\(step)' has no output '\(name)': its outputs are \(list(declared.sorted()))"
    }

    static func memberOfValue(_ name: String, value: String) -> String {
        "'\(value)' is a single value and has no member '\(name)': remove '\(name)'"
    }

    static func unknownFunction(_ name: String) -> String {
        "unknown function '\(name)': use \(Function.list)"
    }

    static func wrongArity(_ function: Function, count: Int) -> String {
        "'\(function.name)' \(function.arityDescription), not \(count)"
    }
}
