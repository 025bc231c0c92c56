/// A goal's or prepare item's deadline status as of a date.
///
/// The raw values are the machine values plugins output and `wf plan --format json` prints;
/// ``vietnamese`` is the word for human text.
public enum DeadlineState: String, Sendable, CaseIterable, Comparable {
    /// `done: true`, or progress 100%.
    case done
    /// Not done, due later than the warning window.
    case onTrack = "on-track"
    /// Not done, due within the warning window (today included).
    case dueSoon = "due-soon"
    /// Not done, and the due date has passed.
    case overdue
    /// Due soon or overdue while an `after:` dependency is overdue or not done.
    case blocked

    /// The status in Vietnamese: `hoàn thành`, `đúng tiến độ`, `sắp đến hạn`, `quá hạn`, `bị chặn`.
    public var vietnamese: String {
        switch self {
        case .done: "hoàn thành"
        case .onTrack: "đúng tiến độ"
        case .dueSoon: "sắp đến hạn"
        case .overdue: "quá hạn"
        case .blocked: "bị chặn"
        }
    }

    /// Most urgent first: overdue, blocked, due-soon, on-track, done (the order of summaries).
    public static let byUrgency: [DeadlineState] = [.overdue, .blocked, .dueSoon, .onTrack, .done]

    /// Orders by urgency, most urgent first.
    public static func < (a: DeadlineState, b: DeadlineState) -> Bool {
        (byUrgency.firstIndex(of: a) ?? 0) < (byUrgency.firstIndex(of: b) ?? 0)
    }
}
