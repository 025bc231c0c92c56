/// The words of the planning rules in the plan's language: states, time left, what an item
/// waits for, budget lines. Every output that shows a status to a person words it here.
public struct PlanWording: Sendable {
    public var lang: Language

    public init(lang: Language) {
        self.lang = lang
    }

    private var vi: Bool { lang == .vi }
    private var dates: DateWording { DateWording(lang: lang) }

    // MARK: - States

    /// `hoàn thành`, `đúng tiến độ`, `sắp đến hạn`, `quá hạn` / `done`, `on track`, `due soon`, `overdue`.
    public func state(_ state: DeadlineState) -> String {
        switch (state, vi) {
        case (.done, true): "hoàn thành"
        case (.onTrack, true): "đúng tiến độ"
        case (.dueSoon, true): "sắp đến hạn"
        case (.overdue, true): "quá hạn"
        case (.ongoing, true): "thường xuyên"
        case (.done, false): "done"
        case (.onTrack, false): "on track"
        case (.dueSoon, false): "due soon"
        case (.overdue, false): "overdue"
        case (.ongoing, false): "ongoing"
        }
    }

    /// `đúng tiến độ`, `chậm giải ngân`, `vượt dự toán` / `on track`, `behind`, `over budget`.
    public func state(_ state: BudgetState) -> String {
        switch (state, vi) {
        case (.onTrack, true): "đúng tiến độ"
        case (.below, true): "chậm giải ngân"
        case (.overBudget, true): "vượt dự toán"
        case (.onTrack, false): "on track"
        case (.below, false): "behind"
        case (.overBudget, false): "over budget"
        }
    }

    /// `sắp diễn ra`, `hôm nay`, `đã qua` / `upcoming`, `today`, `past`.
    public func state(_ state: EventState) -> String {
        switch (state, vi) {
        case (.upcoming, true): "sắp diễn ra"
        case (.today, true): "hôm nay"
        case (.past, true): "đã qua"
        case (.upcoming, false): "upcoming"
        case (.today, false): "today"
        case (.past, false): "past"
        }
    }

    /// `đạt`, `chưa đạt`, `chưa đánh giá` / `met`, `not met`, `not judged`.
    public func state(_ judgement: KPIJudgement) -> String {
        switch (judgement, vi) {
        case (.met, true): "đạt"
        case (.notMet, true): "chưa đạt"
        case (.unknown, true): "chưa đánh giá"
        case (.met, false): "met"
        case (.notMet, false): "not met"
        case (.unknown, false): "not judged"
        }
    }

    /// A KPI as a line: `Tỷ lệ hồ sơ trực tuyến: 62% (mục tiêu >= 80%) – chưa đạt`.
    public func kpi(_ status: KPIStatus) -> String {
        let kpi = status.kpi
        var text = kpi.metric
        if let actual = kpi.actual { text += ": " + kpi.withUnit(actual) }
        if let target = kpi.target { text += vi ? " (mục tiêu \(kpi.withUnit(target)))" : " (target \(kpi.withUnit(target)))" }
        if status.judgement != .unknown { text += " – " + state(status.judgement) }
        return text
    }

    /// A state with a capital first letter, for table cells: `Quá hạn`.
    public func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    // MARK: - Items

    /// How far the due date is: `còn 3 ngày làm việc`, `đến hạn hôm nay`, `quá hạn 5 ngày`.
    public func timeLeft(_ item: ItemStatus) -> String {
        if item.daysLeft < 0 { return (vi ? "quá hạn " : "overdue by ") + dates.count(-item.daysLeft, workingDays: false) }
        if item.daysLeft == 0 { return vi ? "đến hạn hôm nay" : "due today" }
        if item.workdaysLeft <= 0 {
            // Due on a day off with no working day before it.
            return vi ? "còn \(dates.count(item.daysLeft, workingDays: false)), không còn ngày làm việc nào"
                : "\(dates.count(item.daysLeft, workingDays: false)) left, no working day"
        }
        return vi ? "còn " + dates.count(item.workdaysLeft, workingDays: true)
            : dates.count(item.workdaysLeft, workingDays: true) + " left"
    }

    /// `tiến độ 80%` / `progress 80%`: progress as written (0…1).
    public func progress(_ fraction: Double) -> String {
        (vi ? "tiến độ " : "progress ") + NumberWording.percent(fraction)
    }

    /// `chờ: du-thao-de-an, ngay-cds` / `waiting for: …`; empty when the item waits for nothing.
    public func waiting(_ item: ItemStatus) -> String {
        guard item.isWaiting else { return "" }
        return (vi ? "chờ: " : "waiting for: ") + item.waitingFor.joined(separator: ", ")
    }

    /// The state with its time and what it waits for: `quá hạn 12 ngày, chờ: du-thao-de-an`,
    /// `sắp đến hạn: còn 3 ngày làm việc`, `hoàn thành`.
    public func status(_ item: ItemStatus) -> String {
        var text: String
        switch item.state {
        case .done: return state(.done)
        case .ongoing: text = state(.ongoing)
        case .overdue: text = timeLeft(item)
        case .onTrack, .dueSoon: text = state(item.state) + ": " + timeLeft(item)
        }
        if item.isWaiting { text += ", " + waiting(item) }
        return text
    }

    /// One line for logs and notes: `quá hạn 12 ngày, chờ: du-thao-de-an (hạn 31/10/2023)`.
    public func line(_ item: ItemStatus) -> String {
        if item.state == .ongoing { return status(item) }
        if let text = item.dueText, let due = item.due, !text.contains(due.vietnamese) {
            // `(hạn Quý II/2025, ngày 30/06/2025)`: no parentheses inside parentheses.
            return "\(status(item)) (\(vi ? "hạn" : "due") \(text), \(vi ? "ngày" : "on") \(dates.short(due)))"
        }
        return "\(status(item)) (\(vi ? "hạn" : "due") \(deadline(item)))"
    }

    /// The deadline as a person reads it: the phrase as the plan writes it, with the date it
    /// resolves to (`Quý II/2025 (30/06/2025)`); the date alone (`31/10/2023`); `thường xuyên`.
    public func deadline(_ item: ItemStatus) -> String {
        guard let due = item.due else { return item.dueText ?? state(.ongoing) }
        guard let text = item.dueText else { return dates.short(due) }
        // "Chậm nhất 15/10/2025" already shows its date.
        return text.contains(due.vietnamese) ? text : "\(text) (\(dates.short(due)))"
    }

    /// `2 quá hạn, 1 sắp đến hạn, 5 đúng tiến độ (1 đang chờ việc trước)`: non-zero counts, most urgent first.
    public func summary(_ summary: DeadlineSummary) -> String {
        if summary.items.isEmpty { return vi ? "không có nhiệm vụ nào" : "no tasks" }
        var text = DeadlineState.byUrgency.compactMap { state in
            let n = summary.count(state)
            return n > 0 ? "\(n) \(self.state(state))" : nil
        }.joined(separator: ", ")
        if summary.waiting > 0 {
            text += vi ? " (\(summary.waiting) đang chờ việc trước)" : " (\(summary.waiting) waiting for earlier work)"
        }
        return text
    }

    // MARK: - Budgets

    /// `đã giải ngân 850.000.000 đ / 1.200.000.000 đ (70,8%), kỳ vọng 80% đến 15/12/2023: đúng tiến độ`.
    public func line(_ budget: BudgetResult) -> String {
        let money = NumberWording.money
        var text = (vi ? "đã giải ngân " : "disbursed ")
            + "\(money(budget.spent, budget.currency)) / \(money(budget.allocated, budget.currency)) (\(NumberWording.percent(budget.rate)))"
        if let expect = budget.expect {
            text += (vi ? ", kỳ vọng " : ", expected ") + NumberWording.percent(expect)
            if let date = budget.date { text += (vi ? " đến " : " by ") + dates.short(date) }
        }
        return text + ": " + state(budget.state)
    }
}
