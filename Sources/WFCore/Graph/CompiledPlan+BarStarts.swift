public import WFCalendar

extension CompiledPlan {
    /// How many days the bar of an item with nothing to start from covers, ending at its due date.
    public static let shortBarDays = 7

    /// Where each goal's and prepare item's bar starts on a timeline or a Gantt chart, by id;
    /// the one rule the HTML report and `wf graph --format gantt` both draw with:
    ///
    /// 1. its `start:`;
    /// 2. else the day after the latest date among its `after:` items, so the bar begins where
    ///    its predecessor's ends;
    /// 3. else the start of the span its due phrase names (`Quý II/2025` → 01/04/2025);
    /// 4. else the plan period's start;
    /// 5. else a short bar of `shortBarDays` days ending at its due date.
    ///
    /// Continuous work ("Thường xuyên") has no due date and no entry.
    ///
    /// A start after the due date is the due date (a one-day bar); a rule that would start the bar
    /// after its due date gives way to the next one.
    public func barStarts() -> [String: CivilDate] {
        var starts: [String: CivilDate] = [:]
        let periodStart = plan.period?.value.start
        func start(id: String, explicit: CivilDate?, after: [String], phrase: DeadlinePhrase? = nil) {
            guard let due = graph[id]?.date else { return }
            if let explicit {
                starts[id] = min(explicit, due)
                return
            }
            let predecessor = after.compactMap { graph[$0]?.date }.max()
            if let predecessor, predecessor < due {
                starts[id] = predecessor.adding(days: 1)
            } else if case .within(let span)? = phrase?.meaning, span.start <= due {
                starts[id] = span.start
            } else if let periodStart, periodStart <= due {
                starts[id] = periodStart
            } else {
                starts[id] = due.adding(days: 1 - Self.shortBarDays)
            }
        }
        for goal in plan.goals {
            start(id: goal.id.value, explicit: goal.start?.value.date, after: goal.after.map(\.value), phrase: goal.duePhrase)
        }
        for event in plan.events {
            for item in event.prepare {
                start(id: item.id.value, explicit: nil, after: item.after.map(\.value))
            }
        }
        return starts
    }
}
