import WFLocalization

// MARK: - Collections of ids

extension ReferenceChecker {
    /// The contexts keyed by declared ids.
    enum Collection: String, CaseIterable, Sendable {
        case goals, events, checkpoints, steps, owners

        /// "goal" / "nhiệm vụ", "event" / "sự kiện", …
        var noun: Message {
            switch self {
            case .goals: ExpressionText.goal.message
            case .events: ExpressionText.event.message
            case .checkpoints: ExpressionText.checkpoint.message
            case .steps: ExpressionText.step.message
            case .owners: ExpressionText.owner.message
            }
        }

        /// "a goal" / "một nhiệm vụ", "an event" / "một sự kiện", …
        var withArticle: Message {
            switch self {
            case .goals: ExpressionText.aGoal.message
            case .events: ExpressionText.anEvent.message
            case .checkpoints: ExpressionText.aCheckpoint.message
            case .steps: ExpressionText.aStep.message
            case .owners: ExpressionText.anOwner.message
            }
        }

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

extension Message {
    static func unknownContext(_ root: String) -> Message {
        ExpressionText.unknownContext(root: root, contexts: ExpressionText.list(ExpressionScope.contexts))
    }

    static func idAsContext(_ id: String, collection: ReferenceChecker.Collection) -> Message {
        ExpressionText.idAsContext(id: id, collection: collection.rawValue, noun: collection.noun)
    }

    static func unknownVariable(_ name: String) -> Message {
        ExpressionText.unknownVariable(name: name)
    }

    static func undeclaredSecret(_ name: String) -> Message {
        ExpressionText.undeclaredSecret(name: name)
    }

    static func unknownID(_ id: String, collection: ReferenceChecker.Collection) -> Message {
        ExpressionText.unknownID(noun: collection.noun, id: id, aNoun: collection.withArticle, collection: collection.rawValue)
    }

    static func idInWrongCollection(_ id: String, collection: ReferenceChecker.Collection, actual: ReferenceChecker.Collection) -> Message {
        ExpressionText.idInWrongCollection(id: id, actual: actual.withArticle, expected: collection.withArticle,
                                           collection: actual.rawValue)
    }

    /// `owner` names what has no such member: `'plan'`, `goal 'bao-cao'`.
    static func unknownMember(_ name: String, of owner: Message, members: [String]) -> Message {
        ExpressionText.unknownMember(owner: owner, name: name, members: ExpressionText.list(members))
    }

    static func unknownOutput(_ name: String, step: String, declared: Set<String>) -> Message {
        declared.isEmpty
            ? ExpressionText.unknownOutputNoOutputs(step: step, name: name)
            : ExpressionText.unknownOutput(step: step, name: name, outputs: ExpressionText.list(declared.sorted()))
    }

    static func memberOfValue(_ name: String, value: String) -> Message {
        ExpressionText.memberOfValue(value: value, name: name)
    }

    static func unknownFunction(_ name: String) -> Message {
        ExpressionText.unknownFunction(name: name, functions: Function.list)
    }

    static func wrongArity(_ function: Function, count: Int) -> Message {
        ExpressionText.wrongArity(name: function.name, arity: function.arityDescription, count: count)
    }
}
