public import WFPluginAPI

/// `uses: budget`: allocated against spent, and the disbursement rate against `expect`.
///
/// A checkpoint node (which runs through this plugin by default) reports its own budget from
/// the run's planning snapshot. A step checks the figures it is given (`allocated`/`spent`, or
/// a CSV `file`), or else the plan's checkpoints (`items:` selects them): their total takes each
/// budget's latest snapshot, never a sum of snapshots of one budget. Side-effect free.
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
                  doc: "A CSV file, relative to the workflow's folder, with the columns item,allocated,spent (and optional note, date); its rows are added up. Instead of 'allocated'/'spent'."),
        InputSpec("expect", .percentage,
                  doc: "The disbursement rate expected (80%): the step's own figures are 'below' when under it; for checkpoints it applies to those without their own 'expect', from their date on."),
        InputSpec("items", .idList, doc: "Which checkpoints to check when the step has no figures of its own; all by default."),
    ]

    public static let outputs: [OutputSpec] = [
        OutputSpec("allocated", .number, doc: "The amount allocated (over several budgets: each budget's latest snapshot, added up)."),
        OutputSpec("spent", .number, doc: "The amount spent (over several budgets: each budget's latest snapshot, added up)."),
        OutputSpec("rate", .number, doc: "spent / allocated, 0…1 (above 1 when over budget; 0 when nothing is allocated)."),
        OutputSpec("status", .choice(BudgetState.allCases.map(\.rawValue)),
                   doc: "on-track; below (the date has come and the rate is under 'expect'); over-budget (more spent than allocated). Over several budgets, the worst of their latest snapshots."),
        OutputSpec("items", .any,
                   doc: "One object per checkpoint: {id, title, owner, date, allocated, spent, rate, expect, status, currency, budget, lines}; budget names the budget it is a snapshot of, lines are the CSV rows {item, allocated, spent, note, date}."),
        OutputSpec("currency", .string, doc: "The currency of the amounts."),
    ]

    public init() {}

    public func run(_ invocation: Invocation) async throws -> Outcome {
        let inputs = invocation.inputs
        let expect = inputs.percentage("expect")
        let node = invocation.node
        let words = PlanWording(lang: invocation.language)
        if node.kind == .checkpoint {
            guard let status = invocation.snapshot.checkpoint(node.id) else {
                throw PluginError(PluginText.checkpointMissing(id: node.id), language: invocation.language)
            }
            guard let result = status.budget.map({ Self.judged($0, defaultExpect: expect, asOf: invocation.asOf) }) else {
                throw status.problem.map(PluginError.init) ?? PluginError(PluginText.budgetUnreadable(id: node.id), language: invocation.language)
            }
            return Outcome(outputs: Self.outputs(result, items: [result]), note: words.line(result))
        }
        if inputs["allocated"] != nil || inputs["file"] != nil {
            let result = try Self.ownFigures(inputs, node: node, asOf: invocation.asOf, language: invocation.language, read: { try invocation.workspace.read($0) })
            return Outcome(outputs: Self.outputs(result, items: [result]), note: words.line(result))
        }
        let selected = Set(inputs.strings("items"))
        var results: [BudgetResult] = []
        for status in invocation.snapshot.checkpoints where selected.isEmpty || selected.contains(status.id) {
            guard let budget = status.budget else {
                throw status.problem.map(PluginError.init) ?? PluginError(PluginText.budgetUnreadable(id: status.id), language: invocation.language)
            }
            results.append(Self.judged(budget, defaultExpect: expect, asOf: invocation.asOf))
        }
        let total: BudgetResult
        do {
            total = try BudgetRule.total(results, asOf: invocation.asOf, id: node.id, title: node.title, owner: node.owner,
                                         currency: inputs.string("currency") ?? "VND")
        } catch {
            throw PluginError(String(describing: error))
        }
        for result in results where result.state != .onTrack {
            invocation.log.info("\(result.id): \(words.line(result))")
        }
        return Outcome(outputs: Self.outputs(total, items: results), note: Self.note(total, results, words: words))
    }

    // MARK: - Helpers

    /// A checkpoint's budget judged with the step's `expect` when it has none of its own.
    static func judged(_ budget: BudgetResult, defaultExpect: Double?, asOf: CivilDate) -> BudgetResult {
        guard budget.expect == nil, let defaultExpect else { return budget }
        var result = budget
        result.expect = defaultExpect
        result.state = BudgetRule.state(allocated: budget.allocated, spent: budget.spent, expect: defaultExpect,
                                        date: budget.date, asOf: asOf)
        return result
    }

    /// A step's own figures: `allocated`/`spent`, or the rows of `file`.
    static func ownFigures(_ inputs: Inputs, node: PlanGraph.Node, asOf: CivilDate, language: Language,
                           read: BudgetRule.FileReader) throws -> BudgetResult {
        var lines: [BudgetLine] = []
        let allocated: Double
        let spent: Double
        let file = inputs.string("file")
        if let file {
            guard inputs["allocated"] == nil, inputs["spent"] == nil else {
                throw PluginError(PluginText.figuresAndFile.message, language: language)
            }
            do {
                lines = try BudgetCSV.parse(try read(file), name: file).filter { $0.date.map { $0 <= asOf } ?? true }
            } catch {
                throw PluginError(String(describing: error))
            }
            allocated = lines.reduce(0) { $0 + $1.allocated }
            spent = lines.reduce(0) { $0 + $1.spent }
        } else {
            guard let value = inputs.number("allocated") else {
                throw PluginError(PluginText.notANumber(input: "allocated", text: inputs.string("allocated") ?? ""), language: language)
            }
            allocated = value
            if inputs["spent"] != nil, inputs.number("spent") == nil {
                throw PluginError(PluginText.notANumber(input: "spent", text: inputs.string("spent") ?? ""), language: language)
            }
            spent = inputs.number("spent") ?? 0
        }
        return BudgetRule.figures(
            id: node.id, title: node.title, owner: node.owner, allocated: allocated, spent: spent,
            currency: inputs.string("currency") ?? "VND", expect: inputs.percentage("expect"), lines: lines, file: file,
            asOf: asOf)
    }

    static func outputs(_ result: BudgetResult, items: [BudgetResult]) -> [String: ExpressionValue] {
        [
            "allocated": .number(result.allocated), "spent": .number(result.spent), "rate": .number(result.rate),
            "status": .string(result.state.rawValue), "currency": .string(result.currency),
            "items": .array(items.map(\.outputValue)),
        ]
    }

    /// `2 mốc giải ngân: đã giải ngân … (70,8%): chậm giải ngân ('giai-ngan-q4')`.
    static func note(_ total: BudgetResult, _ results: [BudgetResult], words: PlanWording) -> String {
        if results.isEmpty { return PluginText.noCheckpoints.message.text(words.lang) }
        var text = PluginText.checkpointsLine(count: results.count, line: words.line(total)).text(words.lang)
        let behind = results.filter { $0.state != .onTrack }.map { "'\($0.id)'" }
        if !behind.isEmpty { text += " (\(behind.joined(separator: ", ")))" }
        return text
    }
}
