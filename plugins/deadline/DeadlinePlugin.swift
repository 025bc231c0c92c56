public import WFPluginAPI

/// `uses: deadline`: goals' and prepare items' deadline statuses as of the run date.
///
/// The statuses come from the run's planning snapshot, so a step, a goal's own node, `wf plan`
/// and the report always agree. A step reports the items `items:`/`owner:` select (all by
/// default); a goal or prepare node reports itself. Side-effect free.
public struct DeadlinePlugin: Plugin {
    public static let name = "deadline"
    public static let summary = "Checks goals' and prepare items' deadlines as of the run date (done, on-track, due-soon, overdue, ongoing; and what each waits for)."

    public static let inputs: [InputSpec] = [
        InputSpec("warn", .duration,
                  doc: "Deprecated: the due-soon window is the plan's top-level 'warn:' (or an item's own 'warn:'), the same for every output.",
                  deprecated: "set the window once for the whole plan with the top-level key 'warn: 5wd', or on one goal with its own 'warn:'"),
        InputSpec("fail_on", .choice(FailOn.allCases.map(\.rawValue)), default: "never",
                  doc: "When the node fails: 'never'; 'overdue' when an item's due date has passed (whatever it waits for); 'due-soon' when an item is overdue or due soon. The same rule as 'wf run --fail-on'."),
        InputSpec("items", .idList,
                  doc: "Only these goals and prepare items (an event's id stands for its prepare items); all by default."),
        InputSpec("owner", .string,
                  doc: "Only the items of this owner id (a prepare item without an owner belongs to its event's)."),
    ]

    public static let outputs: [OutputSpec] = [
        OutputSpec("total", .number, doc: "Items checked (a step; a goal or prepare node outputs only its own status, days_left, workdays_left, due and waiting_for)."),
        OutputSpec("done", .number, doc: "Items done (done: true or progress 100%)."),
        OutputSpec("on_track", .number, doc: "Items not done and due later than the warning window."),
        OutputSpec("due_soon", .number, doc: "Items not done and due within the warning window (today included)."),
        OutputSpec("overdue", .number, doc: "Items not done whose due date has passed, whatever they wait for."),
        OutputSpec("ongoing", .number, doc: "Continuous work (due: Thường xuyên): no due date, never overdue."),
        OutputSpec("waiting", .number, doc: "Items overdue or due soon that wait for an 'after:' dependency not finished."),
        OutputSpec("blocked", .number, doc: "The old name of 'waiting'."),
        OutputSpec("items", .any,
                   doc: "The items, in plan order: objects {id, title, owner, partners, due, due_text, status, days_left, workdays_left, progress, waiting_for, warn}; status is done, on-track, due-soon, overdue or ongoing, due_text the deadline phrase as written (or null), due and the days null for ongoing work, progress 0…1 or null, waiting_for the ids of unfinished 'after:' dependencies."),
        OutputSpec("status", .string, doc: "On a goal or prepare node: its own status (done, on-track, due-soon, overdue, ongoing)."),
        OutputSpec("days_left", .number, doc: "On a goal or prepare node: calendar days until its due date, negative when overdue."),
        OutputSpec("workdays_left", .number, doc: "On a goal or prepare node: working days until its due date, negative when overdue."),
        OutputSpec("due", .date, doc: "On a goal or prepare node: its due date (ISO, 2023-10-31); null for ongoing work."),
        OutputSpec("due_text", .string, doc: "On a goal or prepare node: its deadline phrase as written (Quý II/2025), or null."),
        OutputSpec("waiting_for", .any, doc: "On a goal or prepare node: the ids of its unfinished 'after:' dependencies."),
    ]

    /// It only reads the run's planning snapshot.
    public static let runsInPlace = true

    public init() {}

    public func run(_ invocation: Invocation) async throws -> Outcome {
        let inputs = invocation.inputs
        let failOn = try Self.failOn(inputs, language: invocation.language)
        let node = invocation.node
        let snapshot = invocation.snapshot
        let words = PlanWording(lang: invocation.language)
        if node.kind == .goal || node.kind == .prepare {
            guard let item = snapshot.item(node.id) else { throw PluginError(PluginText.notPlanItem(id: node.id), language: invocation.language) }
            // Its own facts only: counts over one item would say nothing and cost state on every node.
            let outputs: [String: ExpressionValue] = [
                "status": .string(item.state.rawValue),
                "days_left": item.due == nil ? .null : .number(Double(item.daysLeft)),
                "workdays_left": item.due == nil ? .null : .number(Double(item.workdaysLeft)),
                "due": item.due.map { .string($0.iso) } ?? .null, "due_text": item.dueText.map { .string($0) } ?? .null,
                "waiting_for": .array(item.waitingFor.map { .string($0) }),
            ]
            return Self.outcome(outputs: outputs, note: words.line(item), failing: failOn.failing([item]), failOn: failOn, language: invocation.language)
        }
        let owner = inputs.string("owner").flatMap { $0.isEmpty ? nil : $0 }
        let items = snapshot.items(selecting: inputs.strings("items"), owner: owner)
        let summary = DeadlineSummary(items)
        for index in items.indices where items[index].state == .overdue || items[index].state == .dueSoon {
            invocation.log.info("\(items[index].id): \(words.line(items[index]))")
        }
        return Self.outcome(outputs: summary.outputs, note: words.summary(summary), failing: failOn.failing(items), failOn: failOn, language: invocation.language)
    }

    static func outcome(
        outputs: [String: ExpressionValue], note: String, failing: [ItemStatus], failOn: FailOn, language: Language = .en
    ) -> Outcome {
        guard !failing.isEmpty else { return Outcome(outputs: outputs, note: note) }
        let ids = failing.map { "'\($0.id)'" }.joined(separator: ", ")
        return Outcome(outputs: outputs, note: PluginText.failOnNote(note: note, rule: failOn.rawValue, ids: ids).text(language), failed: true)
    }

    // MARK: - Inputs

    static func failOn(_ inputs: Inputs, language: Language) throws -> FailOn {
        guard let text = inputs.string("fail_on"), !text.isEmpty else { return .never }
        guard let value = FailOn(rawValue: text) else {
            throw PluginError(PluginText.badFailOn(text: text), language: language)
        }
        return value
    }
}
