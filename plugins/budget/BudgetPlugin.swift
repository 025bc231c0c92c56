public import WFPluginAPI

/// `uses: budget`: allocated against spent, and the disbursement rate against `expect`.
///
/// A checkpoint node (which runs through this plugin by default) checks its own `budget:`.
/// A step checks the figures it is given (`allocated`/`spent`, or a CSV `file`), or else the
/// plan's checkpoints (`items:` selects them). Side-effect free.
public struct BudgetPlugin: Plugin {
    public static let name = "budget"
    public static let summary = "Compares allocated and spent budget (inline or CSV) and the disbursement rate against 'expect'."

    public static let inputs: [InputSpec] = [
        InputSpec("allocated", .number,
                  doc: "The amount allocated (dự toán), for a step that checks its own figures instead of the plan's checkpoints."),
        InputSpec("spent", .number, doc: "The amount disbursed so far, with 'allocated'; 0 when left out."),
        InputSpec("currency", .string, default: "VND",
                  doc: "The currency of 'allocated'/'spent' or 'file' (VND is written 'đ' in notes)."),
        InputSpec("file", .string,
                  doc: "A CSV file, relative to the workflow's folder, with the columns item,allocated,spent (and an optional note); its rows are added up. Instead of 'allocated'/'spent'."),
        InputSpec("expect", .percentage,
                  doc: "The disbursement rate expected (80%): the step's own figures are 'below' when under it; for checkpoints it applies to those without their own 'expect', from their date on."),
        InputSpec("items", .idList, doc: "Which checkpoints to check when the step has no figures of its own; all by default."),
    ]

    public static let outputs: [OutputSpec] = [
        OutputSpec("allocated", .number, doc: "The amount allocated (summed over the checkpoints checked)."),
        OutputSpec("spent", .number, doc: "The amount spent (summed over the checkpoints checked)."),
        OutputSpec("rate", .number, doc: "spent / allocated, 0…1 (above 1 when over budget; 0 when nothing is allocated)."),
        OutputSpec("status", .choice(BudgetState.allCases.map(\.rawValue)),
                   doc: "on-track; below (the date has come and the rate is under 'expect'); over-budget (more spent than allocated). Over several checkpoints, the worst."),
        OutputSpec("items", .any,
                   doc: "One object per checkpoint: {id, title, owner, date, allocated, spent, rate, expect, status, currency, lines}; lines are the CSV rows {item, allocated, spent, note}."),
        OutputSpec("currency", .string, doc: "The currency of the amounts."),
    ]

    public init() {}

    public func run(_ invocation: Invocation) async throws -> Outcome {
        let inputs = invocation.inputs
        let workspace = invocation.workspace
        let read: BudgetStatus.FileReader = { try workspace.read($0) }
        let expect = inputs.percentage("expect")
        let node = invocation.node
        if node.kind == .checkpoint {
            guard let checkpoint = invocation.plan.plan.checkpoints.first(where: { $0.id.value == node.id }) else {
                throw PluginError("checkpoint '\(node.id)' is not in the plan")
            }
            let result = try BudgetStatus.evaluate(checkpoint, asOf: invocation.asOf, defaultExpect: expect, read: read)
            return Outcome(outputs: Self.outputs(result, items: [result]), note: result.vietnameseLine)
        }
        if inputs["allocated"] != nil || inputs["file"] != nil {
            let result = try Self.ownFigures(inputs, node: node, asOf: invocation.asOf, read: read)
            return Outcome(outputs: Self.outputs(result, items: [result]), note: result.vietnameseLine)
        }
        let results = try BudgetStatus.evaluate(plan: invocation.plan, asOf: invocation.asOf,
                                                items: inputs.strings("items"), defaultExpect: expect, read: read)
        let currencies = Set(results.map(\.currency))
        guard currencies.count <= 1 else {
            throw PluginError("the checkpoints use different currencies (\(currencies.sorted().joined(separator: ", "))); select one currency's with 'items'")
        }
        let total = BudgetResult(
            id: node.id, title: node.title, owner: node.owner, allocated: results.reduce(0) { $0 + $1.allocated },
            spent: results.reduce(0) { $0 + $1.spent }, currency: currencies.first ?? inputs.string("currency") ?? "VND",
            state: BudgetStatus.worst(results))
        for result in results where result.state != .onTrack {
            invocation.log.info("\(result.id): \(result.vietnameseLine)")
        }
        return Outcome(outputs: Self.outputs(total, items: results), note: Self.note(total, results))
    }

    // MARK: - Helpers

    /// A step's own figures: `allocated`/`spent`, or the rows of `file`.
    static func ownFigures(_ inputs: Inputs, node: PlanGraph.Node, asOf: CivilDate,
                           read: BudgetStatus.FileReader) throws -> BudgetResult {
        var lines: [BudgetLine] = []
        let allocated: Double
        let spent: Double
        let file = inputs.string("file")
        if let file {
            guard inputs["allocated"] == nil, inputs["spent"] == nil else {
                throw PluginError("give 'allocated' and 'spent', or a CSV 'file', not both")
            }
            lines = try BudgetCSV.parse(try read(file), name: file)
            allocated = lines.reduce(0) { $0 + $1.allocated }
            spent = lines.reduce(0) { $0 + $1.spent }
        } else {
            guard let value = inputs.number("allocated") else {
                throw PluginError("'allocated' must be a number, not '\(inputs.string("allocated") ?? "")'")
            }
            allocated = value
            if inputs["spent"] != nil, inputs.number("spent") == nil {
                throw PluginError("'spent' must be a number, not '\(inputs.string("spent") ?? "")'")
            }
            spent = inputs.number("spent") ?? 0
        }
        let expect = inputs.percentage("expect")
        return BudgetResult(
            id: node.id, title: node.title, owner: node.owner, allocated: allocated, spent: spent,
            currency: inputs.string("currency") ?? "VND", expect: expect,
            state: BudgetStatus.state(allocated: allocated, spent: spent, expect: expect, date: nil, asOf: asOf),
            lines: lines, file: file)
    }

    static func outputs(_ result: BudgetResult, items: [BudgetResult]) -> [String: ExpressionValue] {
        [
            "allocated": .number(result.allocated), "spent": .number(result.spent), "rate": .number(result.rate),
            "status": .string(result.state.rawValue), "currency": .string(result.currency),
            "items": .array(items.map(\.outputValue)),
        ]
    }

    /// `2 mốc giải ngân: đã giải ngân … (70,8%): chậm giải ngân ('giai-ngan-q4')`.
    static func note(_ total: BudgetResult, _ results: [BudgetResult]) -> String {
        if results.isEmpty { return "không có mốc giải ngân nào" }
        var text = "\(results.count) mốc giải ngân: " + total.vietnameseLine
        let behind = results.filter { $0.state != .onTrack }.map { "'\($0.id)'" }
        if !behind.isEmpty { text += " (\(behind.joined(separator: ", ")))" }
        return text
    }
}
