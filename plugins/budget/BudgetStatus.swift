public import Foundation
public import WFPluginAPI

/// The one budget rule `budget` nodes, `wf plan` and reports share.
///
/// - `over-budget` when more is spent than allocated, at any date;
/// - `below` when the checkpoint's date has come (as of its date or later) and the rate
///   spent/allocated is under `expect`;
/// - `on-track` otherwise. Before its date a checkpoint is not judged against `expect`:
///   disbursement figures usually run from the start of the budget year, not of the plan's
///   period, so a pro-rata target would mislead. A step's own figures have no date, so its
///   `expect` applies on every run.
public enum BudgetStatus {
    /// Reads a file named relative to the workflow's folder.
    public typealias FileReader = @Sendable (String) throws -> Data

    /// The status of figures as of `asOf`; `date` nil means `expect` applies now.
    public static func state(allocated: Double, spent: Double, expect: Double?, date: CivilDate?,
                             asOf: CivilDate) -> BudgetState {
        if spent > allocated { return .overBudget }
        if let expect, date.map({ asOf >= $0 }) ?? true, rate(allocated: allocated, spent: spent) < expect {
            return .below
        }
        return .onTrack
    }

    /// Spent over allocated; 0 when nothing is allocated.
    public static func rate(allocated: Double, spent: Double) -> Double {
        allocated > 0 ? spent / allocated : 0
    }

    /// Every checkpoint `items` selects (all when nil), in plan order, with its status as of `asOf`.
    ///
    /// `defaultExpect` applies to checkpoints without their own `expect:`. CSV files are read
    /// through `read`; a file that cannot be read or parsed throws.
    public static func evaluate(plan compiled: CompiledPlan, asOf: CivilDate, items: [String]? = nil,
                                defaultExpect: Double? = nil, read: FileReader? = nil) throws -> [BudgetResult] {
        let reader = read ?? fileReader(baseDirectory: compiled.baseDirectory)
        let selected = items.flatMap { $0.isEmpty ? nil : Set($0) }
        return try compiled.plan.checkpoints
            .filter { selected?.contains($0.id.value) ?? true }
            .map { try evaluate($0, asOf: asOf, defaultExpect: defaultExpect, read: reader) }
    }

    /// One checkpoint's budget, inline or from its CSV `file`, as of `asOf`.
    public static func evaluate(_ checkpoint: Checkpoint, asOf: CivilDate, defaultExpect: Double? = nil,
                                read: FileReader) throws -> BudgetResult {
        let budget = checkpoint.budget
        var allocated = budget.allocated ?? 0
        var spent = budget.spent ?? 0
        var lines: [BudgetLine] = []
        if let file = budget.file?.value {
            lines = try BudgetCSV.parse(try read(file), name: file)
            allocated = lines.reduce(0) { $0 + $1.allocated }
            spent = lines.reduce(0) { $0 + $1.spent }
        }
        let expect = checkpoint.expect ?? defaultExpect
        let date = checkpoint.date.value.date
        return BudgetResult(
            id: checkpoint.id.value, title: checkpoint.title, owner: checkpoint.owner?.value, date: date,
            allocated: allocated, spent: spent, currency: budget.currency, expect: expect,
            state: state(allocated: allocated, spent: spent, expect: expect, date: date, asOf: asOf),
            lines: lines, file: budget.file?.value)
    }

    /// Reads files relative to `baseDirectory` (absolute paths as they are).
    public static func fileReader(baseDirectory: String) -> FileReader {
        { relative in
            let path = relative.hasPrefix("/") ? relative : (baseDirectory.isEmpty ? relative : baseDirectory + "/" + relative)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw PluginError("cannot read budget file '\(relative)'")
            }
            return data
        }
    }

    /// The worst status of several budgets: over-budget, then below, then on-track.
    public static func worst(_ results: [BudgetResult]) -> BudgetState {
        results.map(\.state).max { $0.severity < $1.severity } ?? .onTrack
    }
}
