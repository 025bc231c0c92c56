import WFPluginAPI

/// Deadline facts of one goal: from the run's `deadline` outputs when present, else computed here.
struct DeadlineFacts: Sendable, Equatable {
    var status: String
    var daysLeft: Int?
    var workdaysLeft: Int?
}

/// Deadline and budget facts that earlier nodes published, as the report reads them.
enum ReportStatus {
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
