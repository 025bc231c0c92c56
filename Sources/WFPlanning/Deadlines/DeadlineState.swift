/// A goal's or prepare item's deadline status as of a date.
///
/// The raw values are the machine values plugins output and `wf plan --format json` prints;
/// words for people come from ``PlanWording``. What an item waits for is a separate fact
/// (``ItemStatus/waitingFor``): a late item is `overdue` whatever it waits for.
public enum DeadlineState: String, Sendable, CaseIterable, Comparable {
    /// `done: true`, or progress 100%.
    case done
    /// Not done, due later than the warning window.
    case onTrack = "on-track"
    /// Not done, due within the warning window (today included).
    case dueSoon = "due-soon"
    /// Not done, and the due date has passed.
    case overdue
    /// Continuous work ("Thường xuyên"): no due date, never overdue.
    case ongoing

    /// Most urgent first: overdue, due-soon, on-track, ongoing, done (the order of summaries).
    public static let byUrgency: [DeadlineState] = [.overdue, .dueSoon, .onTrack, .ongoing, .done]

    /// Orders by urgency, most urgent first.
    public static func < (a: DeadlineState, b: DeadlineState) -> Bool {
        a.urgency < b.urgency
    }

    private var urgency: Int {
        switch self {
        case .overdue: 0
        case .dueSoon: 1
        case .onTrack: 2
        case .ongoing: 3
        case .done: 4
        }
    }
}
