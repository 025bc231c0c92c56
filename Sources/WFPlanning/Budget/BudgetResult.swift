/// One budget figure (a checkpoint's, or a step's own) with its status as of a date.
public struct BudgetResult: Sendable, Hashable {
    /// The checkpoint's id, or the step's for a step's own figures.
    public var id: String
    public var title: String
    public var owner: String?
    /// The checkpoint's date; nil for a step's own figures, whose `expect` applies at once.
    public var date: CivilDate?
    public var allocated: Double
    public var spent: Double
    public var currency: String
    /// The disbursement rate expected by the date, 0…1.
    public var expect: Double?
    public var state: BudgetState
    /// The CSV rows the figures add up, when they came from a file.
    public var lines: [BudgetLine]
    /// The CSV file, relative to the workflow's folder.
    public var file: String?
    /// Which budget this is a snapshot of: checkpoints with the same source are snapshots of
    /// one budget (`file:…`, `name:…`, or `checkpoint:ID` for a budget of its own).
    public var source: String
    public var description: String?

    public init(id: String, title: String, owner: String? = nil, date: CivilDate? = nil, allocated: Double, spent: Double,
                currency: String = "VND", expect: Double? = nil, state: BudgetState, lines: [BudgetLine] = [],
                file: String? = nil, source: String? = nil, description: String? = nil) {
        self.id = id
        self.title = title
        self.owner = owner
        self.date = date
        self.allocated = allocated
        self.spent = spent
        self.currency = currency
        self.expect = expect
        self.state = state
        self.lines = lines
        self.file = file
        self.source = source ?? "checkpoint:\(id)"
        self.description = description
    }

    /// Spent over allocated, 0…1 (above 1 when over budget); 0 when nothing is allocated.
    public var rate: Double { BudgetRule.rate(allocated: allocated, spent: spent) }

    /// The checkpoint as the `items` output lists it:
    /// `{id, title, owner, date, allocated, spent, rate, expect, status, currency, budget, lines}`.
    public var outputValue: ExpressionValue {
        .object([
            "id": .string(id), "title": .string(title), "owner": owner.map { .string($0) } ?? .null,
            "date": date.map { .string($0.iso) } ?? .null,
            "allocated": .number(allocated), "spent": .number(spent), "rate": .number(rate),
            "expect": expect.map { .number($0) } ?? .null, "status": .string(state.rawValue),
            "currency": .string(currency), "budget": .string(source), "lines": .array(lines.map(\.outputValue)),
        ])
    }
}
