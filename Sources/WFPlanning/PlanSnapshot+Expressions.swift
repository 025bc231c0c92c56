public import WFCore

/// The snapshot as `${{ goals.ID.… }}`, `${{ events.ID.… }}` and `${{ checkpoints.ID.… }}` read it:
/// one value for every member of the tables the reference checker validates against.
extension PlanSnapshot {
    /// `goals.<id>`, goals and prepare items, by id.
    public func goalValues() -> [String: ExpressionValue] {
        var values: [String: ExpressionValue] = [:]
        values.reserveCapacity(items.count)
        for index in items.indices { values[items[index].id] = Self.value(items[index]) }
        return values
    }

    /// `goals.<id>` for one goal or prepare item; nil for an unknown id. A run builds only the
    /// items its expressions name: a plan has thousands, its templates name a few.
    public func goalValue(_ id: String) -> ExpressionValue? {
        item(id).map(Self.value)
    }

    /// `events.<id>`, by id.
    public func eventValues() -> [String: ExpressionValue] {
        var values: [String: ExpressionValue] = [:]
        for event in events { values[event.id] = Self.value(event) }
        return values
    }

    /// `checkpoints.<id>`, by id.
    public func checkpointValues(_ plan: Plan) -> [String: ExpressionValue] {
        var values: [String: ExpressionValue] = [:]
        for checkpoint in plan.checkpoints {
            values[checkpoint.id.value] = Self.value(checkpoint, budget: self.checkpoint(checkpoint.id.value)?.budget)
        }
        return values
    }

    static func value(_ item: ItemStatus) -> ExpressionValue {
        var object: [String: ExpressionValue] = [:]
        for member in GoalMember.allCases {
            let value: ExpressionValue = switch member {
            case .id: .string(item.id)
            case .title: .string(item.title)
            case .due: item.due.map { .string($0.iso) } ?? .null
            case .owner: optional(item.owner)
            case .event: optional(item.event)
            case .status: .string(item.state.rawValue)
            case .progress: item.progress.map(ExpressionValue.number) ?? .null
            case .done: .bool(item.state == .done)
            case .daysLeft: item.due == nil ? .null : .number(Double(item.daysLeft))
            case .workdaysLeft: item.due == nil ? .null : .number(Double(item.workdaysLeft))
            case .waitingFor: .array(item.waitingFor.map(ExpressionValue.string))
            case .warn: .string(item.warn.description)
            case .description: optional(item.description)
            case .product: optional(item.product)
            case .group: optional(item.group)
            }
            object[member.rawValue] = value
        }
        return .object(object)
    }

    static func value(_ event: EventStatus) -> ExpressionValue {
        var object: [String: ExpressionValue] = [:]
        for member in EventMember.allCases {
            let value: ExpressionValue = switch member {
            case .id: .string(event.id)
            case .title: .string(event.title)
            case .date: .string(event.date.date.iso)
            case .owner: optional(event.owner)
            case .status: .string(event.state.rawValue)
            case .location: optional(event.location)
            case .daysLeft: .number(Double(event.daysLeft))
            case .reminder: optional(event.reminders.current?.offset)
            }
            object[member.rawValue] = value
        }
        return .object(object)
    }

    static func value(_ checkpoint: Checkpoint, budget: BudgetResult?) -> ExpressionValue {
        var object: [String: ExpressionValue] = [:]
        for member in CheckpointMember.allCases {
            let value: ExpressionValue = switch member {
            case .id: .string(checkpoint.id.value)
            case .title: .string(checkpoint.title)
            case .date: .string(checkpoint.date.value.date.iso)
            case .owner: optional(checkpoint.owner?.value)
            case .allocated: budget.map { .number($0.allocated) } ?? .null
            case .spent: budget.map { .number($0.spent) } ?? .null
            case .rate: budget.map { .number($0.rate) } ?? .null
            case .currency: .string(checkpoint.budget.currency)
            case .expect: checkpoint.expect.map(ExpressionValue.number) ?? .null
            case .status: budget.map { .string($0.state.rawValue) } ?? .null
            case .budget: .string(BudgetRule.source(checkpoint))
            }
            object[member.rawValue] = value
        }
        return .object(object)
    }

    private static func optional(_ text: String?) -> ExpressionValue {
        text.map(ExpressionValue.string) ?? .null
    }
}
