import WFPluginAPI

/// Deadline facts of one goal: from the run's `deadline` outputs when present, else computed here.
struct DeadlineFacts: Sendable, Equatable {
    var status: String
    var daysLeft: Int?
    var workdaysLeft: Int?
}

/// The simple deadline status a report needs when no `deadline` node ran before it.
enum ReportStatus {
    /// The default warning window of the `deadline` plugin.
    static let defaultWarn = PlanDuration(amount: 5, unit: .workingDays)

    /// `done`, `overdue`, `due-soon` (within `warn`) or `on-track`, as of `asOf`.
    static func status(due: CivilDate, done: Bool, progress: Double?, asOf: CivilDate,
                       calendar: WorkingCalendar, warn: PlanDuration = defaultWarn) -> String {
        if done || (progress ?? 0) >= 1 { return "done" }
        if due < asOf { return "overdue" }
        let window = abs(warn.amount)
        let soon: Bool
        switch warn.unit {
        case .workingDays:
            soon = calendar.workingDays(from: asOf, to: due) <= window
        default:
            let seconds = abs(warn.seconds ?? 0)
            soon = Double(asOf.days(until: due)) * 86_400 <= seconds
        }
        return soon ? "due-soon" : "on-track"
    }

    /// Statuses after dependencies: a goal due soon or overdue whose `after:` goal is not done is `blocked`.
    static func applyBlocked(_ statuses: [String: String], dependencies: [String: [String]]) -> [String: String] {
        var result = statuses
        for (id, status) in statuses where status == "due-soon" || status == "overdue" {
            let waiting = (dependencies[id] ?? []).contains { dependency in
                guard let other = statuses[dependency] else { return false }
                return other != "done"
            }
            if waiting { result[id] = "blocked" }
        }
        return result
    }

    /// Deadline facts published by earlier nodes: a goal node's own `status`, `days_left`,
    /// `workdays_left`, and the `items` list of a `deadline` step (each with an `id`).
    static func published(_ outputs: [String: [String: ExpressionValue]], goalIDs: Set<String>) -> [String: DeadlineFacts] {
        var facts: [String: DeadlineFacts] = [:]
        for (_, values) in outputs.sorted(by: { $0.key < $1.key }) {
            guard case .array(let items)? = values["items"] else { continue }
            for case .object(let item) in items {
                guard let id = item["id"].flatMap(text), goalIDs.contains(id), let fact = self.facts(item) else { continue }
                facts[id] = fact
            }
        }
        for (id, values) in outputs where goalIDs.contains(id) {
            if let fact = self.facts(values) { facts[id] = fact }
        }
        return facts
    }

    private static func facts(_ values: [String: ExpressionValue]) -> DeadlineFacts? {
        guard let status = values["status"].flatMap(text), !status.isEmpty else { return nil }
        return DeadlineFacts(status: status, daysLeft: values["days_left"].flatMap(integer),
                             workdaysLeft: values["workdays_left"].flatMap(integer))
    }

    static func text(_ value: ExpressionValue) -> String? {
        if case .string(let text) = value { return text }
        return nil
    }

    static func integer(_ value: ExpressionValue) -> Int? {
        switch value {
        case .number(let number): return number.isFinite ? Int(number.rounded()) : nil
        case .string(let text): return Int(text)
        default: return nil
        }
    }

    static func number(_ value: ExpressionValue) -> Double? {
        switch value {
        case .number(let number): return number
        case .string(let text): return Double(text.replacing("_", with: "").replacing("%", with: ""))
        default: return nil
        }
    }
}
