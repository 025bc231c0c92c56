import WFYAML

/// A plan item named in a message (`goal 'bao-cao-quy'` / `nhiệm vụ 'bao-cao-quy'`): the kind
/// and the id are kept, and made into words only when a message is made, since validating a
/// large plan reads every item and reports on few.
struct ItemName {
    let kind: SubjectText
    let id: String
    /// The item's title, shown beside the id in Vietnamese; nil where it is not known yet.
    var title: String?

    init(_ kind: SubjectText, _ id: String, title: String? = nil) {
        self.kind = kind
        self.id = id
        self.title = title
    }

    var message: Message { SubjectText.item(kind, id: id, title: title) }

    /// `'after' of goal 'x'` / `mục 'after' của nhiệm vụ 'x'`.
    func key(_ name: String) -> Message { SubjectText.keyOf(key: name, item: message) }
}

extension PlanGraph.Kind {
    /// `goal` / `nhiệm vụ`, `prepare item` / `việc chuẩn bị`, …
    var subject: SubjectText {
        switch self {
        case .goal: .goalKind
        case .event: .eventKind
        case .prepare: .prepareKind
        case .checkpoint: .checkpointKind
        case .step: .stepKind
        }
    }
}

extension PlanGraph.Node {
    /// `goal 'bao-cao-quy'` / `nhiệm vụ 'bao-cao-quy' (Báo cáo quý)`.
    var subjectName: Message { SubjectText.item(kind.subject, id: id, title: title) }
}

extension PlanDuration {
    /// The duration spelled out, sign dropped: `5 working days` / `5 ngày làm việc`, `1 week` / `1 tuần`.
    public var words: Message {
        let count = abs(amount)
        switch unit {
        case .days: return DurationText.spelled(count, one: .oneDay, many: .days)
        case .workingDays: return DurationText.spelled(count, one: .oneWorkingDay, many: .workingDays)
        case .weeks: return DurationText.spelled(count, one: .oneWeek, many: .weeks)
        case .hours: return DurationText.spelled(count, one: .oneHour, many: .hours)
        case .minutes: return DurationText.spelled(count, one: .oneMinute, many: .minutes)
        case .seconds: return DurationText.spelled(count, one: .oneSecond, many: .seconds)
        }
    }
}

extension Recurrence {
    /// `month` / `tháng`, `half-year` / `nửa năm`.
    var words: Message {
        switch self {
        case .month: DurationText.month.message
        case .quarter: DurationText.quarter.message
        case .halfYear: DurationText.halfYear.message
        case .year: DurationText.year.message
        }
    }
}

/// What a value written in the plan is, for "must be …, found …": its text, or its shape.
/// Nil for an empty value (the message then says it is empty).
func foundValue(_ node: Node) -> Message? {
    if let scalar = node.scalar {
        return scalar.isNull ? nil : .verbatim("'\(scalar.text.prefix(40))'")
    }
    return node.pairs != nil ? DecodeText.foundMapping.message : DecodeText.foundList.message
}

/// "`subject` must be `expected`, found …" for `node`.
func typeMismatchMessage(_ node: Node, expected: DecodeText, subject: Message) -> Message {
    typeMismatchMessage(node, expected: expected.message, subject: subject)
}

func typeMismatchMessage(_ node: Node, expected: Message, subject: Message) -> Message {
    guard let found = foundValue(node) else { return DecodeText.typeMismatchEmpty(subject: subject, expected: expected) }
    return DecodeText.typeMismatch(subject: subject, expected: expected, found: found)
}

/// Text from a module below that may still be English only (a `String`) or already a `Message`.
func asMessage(_ text: String) -> Message { .verbatim(text) }
func asMessage(_ message: Message) -> Message { message }
