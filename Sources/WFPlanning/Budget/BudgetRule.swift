public import Foundation

/// The one budget rule: every budget figure `budget` nodes, `wf plan` and reports show.
///
/// - `over-budget` when more is spent than allocated, at any date;
/// - `below` when the checkpoint's date has come (as of its date or later) and the rate
///   spent/allocated is under `expect`;
/// - `on-track` otherwise. Before its date a checkpoint is not judged against `expect`:
///   disbursement figures usually run from the start of the budget year, not of the plan's
///   period, so a pro-rata target would mislead. A step's own figures have no date, so its
///   `expect` applies on every run.
///
/// Checkpoints that read the same budget (the same CSV file, or budgets with the same `name`)
/// are snapshots of one budget: a total takes each budget's latest snapshot on or before the
/// as-of date (the earliest when none has come yet), never their sum.
public enum BudgetRule {
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

    /// Which budget a checkpoint's figures are a snapshot of.
    public static func source(_ checkpoint: Checkpoint) -> String {
        if let file = checkpoint.budget.file?.value { return "file:" + file }
        if let name = checkpoint.budget.name, !name.isEmpty { return "name:" + name }
        return "checkpoint:" + checkpoint.id.value
    }

    /// One checkpoint's budget, inline or from its CSV `file`, as of `asOf`. A ledger's rows
    /// (a `date` column) count up to the checkpoint's date, or the as-of date when earlier.
    /// `lines` gives a file's rows (`BudgetCSV.parse` of its bytes): checkpoints that share a
    /// file share one reading of it.
    public static func evaluate(_ checkpoint: Checkpoint, asOf: CivilDate, defaultExpect: Double? = nil,
                                lines fileLines: (String) throws -> [BudgetLine]) throws -> BudgetResult {
        let budget = checkpoint.budget
        let date = checkpoint.date.value.date
        var allocated = budget.allocated ?? 0
        var spent = budget.spent ?? 0
        var lines: [BudgetLine] = []
        if let file = budget.file?.value {
            lines = try fileLines(file)
            let cutoff = min(date, asOf)
            lines = lines.filter { $0.date.map { $0 <= cutoff } ?? true }
            allocated = lines.reduce(0) { $0 + $1.allocated }
            spent = lines.reduce(0) { $0 + $1.spent }
        }
        let expect = checkpoint.expect ?? defaultExpect
        return BudgetResult(
            id: checkpoint.id.value, title: checkpoint.title, owner: checkpoint.owner?.value, date: date,
            allocated: allocated, spent: spent, currency: budget.currency, expect: expect,
            state: state(allocated: allocated, spent: spent, expect: expect, date: date, asOf: asOf),
            lines: lines, file: budget.file?.value, source: source(checkpoint), description: checkpoint.description)
    }

    /// Figures a step gives itself (`allocated`/`spent` or a CSV file's rows), judged at once.
    public static func figures(id: String, title: String, owner: String?, allocated: Double, spent: Double,
                               currency: String, expect: Double?, lines: [BudgetLine] = [], file: String? = nil,
                               asOf: CivilDate) -> BudgetResult {
        BudgetResult(
            id: id, title: title, owner: owner, allocated: allocated, spent: spent, currency: currency, expect: expect,
            state: state(allocated: allocated, spent: spent, expect: expect, date: nil, asOf: asOf), lines: lines,
            file: file, source: "step:" + id)
    }

    /// Each budget's latest snapshot on or before `asOf` (its earliest when none has come yet),
    /// in the order the budgets first appear.
    public static func latest(_ results: [BudgetResult], asOf: CivilDate) -> [BudgetResult] {
        var chosen: [String: BudgetResult] = [:]
        var order: [String] = []
        for result in results {
            guard let current = chosen[result.source] else {
                chosen[result.source] = result
                order.append(result.source)
                continue
            }
            if isLater(result, than: current, asOf: asOf) { chosen[result.source] = result }
        }
        return order.compactMap { chosen[$0] }
    }

    /// The total of several budgets: allocated and spent of each budget's latest snapshot added
    /// up, judged by the worst of those snapshots. Throws when the currencies differ.
    public static func total(_ results: [BudgetResult], asOf: CivilDate, id: String, title: String,
                             owner: String? = nil, currency: String = "VND") throws -> BudgetResult {
        let latest = latest(results, asOf: asOf)
        let currencies = Set(latest.map(\.currency))
        guard currencies.count <= 1 else {
            throw BudgetError("the checkpoints use different currencies (\(currencies.sorted().joined(separator: ", "))); select one currency's with 'items'")
        }
        return BudgetResult(
            id: id, title: title, owner: owner, allocated: latest.reduce(0) { $0 + $1.allocated },
            spent: latest.reduce(0) { $0 + $1.spent }, currency: currencies.first ?? currency,
            state: worst(latest), source: "total:" + id)
    }

    /// The worst status of several budgets: over-budget, then below, then on-track.
    public static func worst(_ results: [BudgetResult]) -> BudgetState {
        results.map(\.state).max { $0.severity < $1.severity } ?? .onTrack
    }

    /// Reads files relative to `baseDirectory` (absolute paths as they are).
    public static func fileReader(baseDirectory: String) -> FileReader {
        { relative in
            let path = relative.hasPrefix("/") ? relative : (baseDirectory.isEmpty ? relative : baseDirectory + "/" + relative)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw BudgetError("cannot read budget file '\(relative)'")
            }
            return data
        }
    }

    /// True when `a` is a later snapshot than `b` as of `asOf`: among those on or before it the
    /// latest, else the earliest.
    private static func isLater(_ a: BudgetResult, than b: BudgetResult, asOf: CivilDate) -> Bool {
        let da = a.date ?? asOf, db = b.date ?? asOf
        switch (da <= asOf, db <= asOf) {
        case (true, true): return da > db
        case (true, false): return true
        case (false, true): return false
        case (false, false): return da < db
        }
    }
}
