public import WFPluginAPI

/// `uses: deadline`: every goal's and prepare item's status as of the run date.
///
/// A step computes the items `items:`/`owner:` select (all by default); a goal or prepare
/// node, which runs through this plugin by default, computes itself. Side-effect free.
public struct DeadlinePlugin: Plugin {
    public static let name = "deadline"
    public static let summary = "Checks goals' and prepare items' deadlines as of the run date (done, on-track, due-soon, overdue, blocked)."

    public static let inputs: [InputSpec] = [
        InputSpec("warn", .duration, default: "5wd",
                  doc: "The due-soon window: an item due within it is 'due-soon'. Working days of the plan's calendar for 'wd' (5wd), calendar days for 'd' and 'w' (7d, 2w)."),
        InputSpec("fail_on", .choice(FailOn.allCases.map(\.rawValue)), default: "never",
                  doc: "When the node fails: 'never'; 'overdue' when an item's due date has passed (blocked ones included); 'due-soon' when an item is overdue, due soon or blocked."),
        InputSpec("items", .idList,
                  doc: "Only these goals and prepare items (an event's id stands for its prepare items); all by default."),
        InputSpec("owner", .string,
                  doc: "Only the items of this owner id (a prepare item without an owner belongs to its event's)."),
    ]

    public static let outputs: [OutputSpec] = [
        OutputSpec("total", .number, doc: "Items checked."),
        OutputSpec("done", .number, doc: "Items done (done: true or progress 100%)."),
        OutputSpec("on_track", .number, doc: "Items not done and due later than the warning window."),
        OutputSpec("due_soon", .number, doc: "Items not done and due within the warning window (today included)."),
        OutputSpec("overdue", .number, doc: "Items not done whose due date has passed."),
        OutputSpec("blocked", .number, doc: "Items due soon or overdue while an 'after:' dependency is overdue or not done."),
        OutputSpec("items", .any,
                   doc: "The items, in plan order: objects {id, title, owner, due, status, days_left, workdays_left, progress}; status is done, on-track, due-soon, overdue or blocked, progress 0…1 or null."),
        OutputSpec("status", .string, doc: "On a goal or prepare node: its own status (done, on-track, due-soon, overdue, blocked)."),
        OutputSpec("days_left", .number, doc: "On a goal or prepare node: calendar days until its due date, negative when overdue."),
        OutputSpec("workdays_left", .number, doc: "On a goal or prepare node: working days until its due date, negative when overdue."),
        OutputSpec("due", .date, doc: "On a goal or prepare node: its due date (ISO, 2023-10-31)."),
    ]

    public init() {}

    public func run(_ invocation: Invocation) async throws -> Outcome {
        let inputs = invocation.inputs
        let warn = try Self.warn(inputs)
        let failOn = try Self.failOn(inputs)
        let node = invocation.node
        let isItem = node.kind == .goal || node.kind == .prepare
        let selected = inputs.strings("items")
        let owner = inputs.string("owner") ?? ""
        let items = DeadlineStatus.evaluate(
            plan: invocation.plan, asOf: invocation.asOf, warn: warn,
            items: isItem ? [node.id] : (selected.isEmpty ? nil : selected),
            owner: isItem || owner.isEmpty ? nil : owner)
        let summary = DeadlineSummary(items)
        var outputs = summary.outputs
        var note = summary.vietnamese
        if isItem, let item = items.first(where: { $0.id == node.id }) {
            outputs["status"] = .string(item.state.rawValue)
            outputs["days_left"] = .number(Double(item.daysLeft))
            outputs["workdays_left"] = .number(Double(item.workdaysLeft))
            outputs["due"] = .string(item.due.iso)
            note = item.vietnameseLine
        } else {
            for item in items where item.state != .onTrack && item.state != .done {
                invocation.log.info("\(item.id): \(item.vietnameseLine)")
            }
        }
        let failing = failOn.failing(items)
        if !failing.isEmpty {
            let ids = failing.map { "'\($0.id)'" }.joined(separator: ", ")
            note += " — fail_on: \(failOn.rawValue) (\(ids))"
        }
        return Outcome(outputs: outputs, note: note, failed: !failing.isEmpty)
    }

    // MARK: - Inputs

    static func warn(_ inputs: Inputs) throws -> PlanDuration {
        guard let text = inputs.string("warn"), !text.isEmpty else { return DeadlineStatus.defaultWarn }
        guard let duration = PlanDuration.parse(text) else {
            throw PluginError("'warn' must be a duration such as 5wd or 7d, not '\(text)'")
        }
        return duration
    }

    static func failOn(_ inputs: Inputs) throws -> FailOn {
        guard let text = inputs.string("fail_on"), !text.isEmpty else { return .never }
        guard let value = FailOn(rawValue: text) else {
            throw PluginError("'fail_on' must be never, overdue or due-soon, not '\(text)'")
        }
        return value
    }
}
