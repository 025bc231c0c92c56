public import WFPluginAPI

/// One row of a budget CSV file: an item with its allocation and what was spent on it.
public struct BudgetLine: Sendable, Hashable {
    public var item: String
    public var allocated: Double
    public var spent: Double
    /// The `note` column, when there is one and it is not empty.
    public var note: String?

    public init(item: String, allocated: Double, spent: Double, note: String? = nil) {
        self.item = item
        self.allocated = allocated
        self.spent = spent
        self.note = note
    }

    /// `{item, allocated, spent, note}` for outputs.
    public var outputValue: ExpressionValue {
        .object([
            "item": .string(item), "allocated": .number(allocated), "spent": .number(spent),
            "note": note.map { .string($0) } ?? .null,
        ])
    }
}
