public import WFCore

/// One row of a budget CSV file: an item with its allocation and what was spent on it, and,
/// in a disbursement ledger, the day it was booked.
public struct BudgetLine: Sendable, Hashable {
    public var item: String
    public var allocated: Double
    public var spent: Double
    /// The `note` column, when there is one and it is not empty.
    public var note: String?
    /// The `date` column, when there is one and it is not empty: a checkpoint counts the row
    /// only on or after this day.
    public var date: CivilDate?

    public init(item: String, allocated: Double, spent: Double, note: String? = nil, date: CivilDate? = nil) {
        self.item = item
        self.allocated = allocated
        self.spent = spent
        self.note = note
        self.date = date
    }

    /// `{item, allocated, spent, note, date}` for outputs.
    public var outputValue: ExpressionValue {
        .object([
            "item": .string(item), "allocated": .number(allocated), "spent": .number(spent),
            "note": note.map { .string($0) } ?? .null, "date": date.map { .string($0.iso) } ?? .null,
        ])
    }
}
