/// A budget's disbursement status.
///
/// The raw values are the machine values outputs and `wf plan --format json` use;
/// ``PlanWording`` words them for people.
public enum BudgetState: String, Sendable, CaseIterable {
    /// Within the allocation and not behind the expected rate.
    case onTrack = "on-track"
    /// On or after the checkpoint's date, the rate is below `expect`.
    case below
    /// More spent than allocated.
    case overBudget = "over-budget"

    /// How serious the status is: on-track 0, below 1, over-budget 2.
    public var severity: Int {
        switch self {
        case .onTrack: 0
        case .below: 1
        case .overBudget: 2
        }
    }
}
