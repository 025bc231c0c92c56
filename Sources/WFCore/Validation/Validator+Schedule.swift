import WFCalendar
import WFDiagnostics

// MARK: - Dates against the period and the dependencies

extension ValidationPass {
    mutating func checkSchedule() {
        if let period = plan.period?.value {
            for i in plan.goals.indices {
                guard let due = plan.goals[i].due else { continue }
                let id = plan.goals[i].id.value
                checkInPeriod(due.value.date, due.range, "goal '\(id)' is due", period)
            }
            for event in plan.events {
                checkInPeriod(event.date.value.date, event.date.range, "event '\(event.id.value)' is", period)
                // A prepare item due relative to its event is not checked: preparing the 10/10
                // day of a Q4 plan (-10wd) falls in September, by design. A dated one is.
                for item in event.prepare {
                    if case .date(let due) = item.due.value {
                        checkInPeriod(due.date, item.due.range, "prepare item '\(item.id.value)' is due", period)
                    }
                }
            }
            for checkpoint in plan.checkpoints {
                checkInPeriod(checkpoint.date.value.date, checkpoint.date.range, "checkpoint '\(checkpoint.id.value)' is", period)
            }
        }
        for edge in graph.edges where edge.kind == .after {
            let item = graph.nodes[edge.from]
            let dependency = graph.nodes[edge.to]
            guard let due = item.date, let dependencyDue = dependency.date, due < dependencyDue else { continue }
            warning(.scheduleConflict,
                    "\(item.kind.rawValue) '\(item.id)' is due \(due.vietnamese), before '\(dependency.id)' it comes after",
                    at: edge.range,
                    notes: [Diagnostic.Note("'\(dependency.id)' is due \(dependencyDue.vietnamese)", at: dependency.range)])
        }
        for event in plan.events {
            for item in event.prepare {
                // A positive offset (`+2wd`) was reported where the nodes were added: one warning per mistake.
                if case .relative(let offset) = item.due.value, offset.amount > 0 { continue }
                guard let due = prepareDue[item.id.value], due > event.date.value.date else { continue }
                warning(.scheduleConflict,
                        "prepare item '\(item.id.value)' is due \(due.vietnamese), after its event '\(event.id.value)' on \(event.date.value.date.vietnamese)",
                        at: item.due.range, notes: [Diagnostic.Note("the event's date", at: event.date.range)])
            }
        }
    }

    /// Dates written as dates (not phrases) that fall on a day off of the plan's calendar.
    mutating func checkWorkingDays() {
        guard !calendar.isCalendarDaysOnly else { return }
        for i in plan.goals.indices where plan.goals[i].duePhrase == nil {
            guard let due = plan.goals[i].due else { continue }
            let id = plan.goals[i].id.value
            checkWorkingDay(due.value.date, due.range, "goal '\(id)' is due")
        }
        for event in plan.events {
            checkWorkingDay(event.date.value.date, event.date.range, "event '\(event.id.value)' is")
            for item in event.prepare {
                if case .date(let due) = item.due.value {
                    checkWorkingDay(due.date, item.due.range, "prepare item '\(item.id.value)' is due")
                }
            }
        }
        for checkpoint in plan.checkpoints where checkpoint.datePhrase == nil {
            checkWorkingDay(checkpoint.date.value.date, checkpoint.date.range, "checkpoint '\(checkpoint.id.value)' is")
        }
    }

    private mutating func checkWorkingDay(_ date: CivilDate, _ range: SourceRange, _ what: @autoclosure () -> String) {
        guard !calendar.isWorkingDay(date) else { return }
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let why = calendar.holiday(on: date).map { "a day off: \($0.name)" } ?? "a \(weekdays[date.weekday - 1]), a day off"
        var before = date.adding(days: -1)
        while !calendar.isWorkingDay(before), date.days(until: before) > -40 { before = before.adding(days: -1) }
        warning(.nonWorkingDay, "\(what()) \(date.vietnamese), \(why)", at: range,
                notes: [Diagnostic.Note("the working day before is \(weekdays[before.weekday - 1]) \(before.vietnamese)")])
    }

    private mutating func checkInPeriod(_ date: CivilDate, _ range: SourceRange, _ what: @autoclosure () -> String, _ period: Period) {
        guard !period.contains(date) else { return }
        warning(.outOfPeriod, "\(what()) \(date.vietnamese), outside the plan's period \(period.label) (\(period.start.vietnamese)–\(period.end.vietnamese))",
                at: range, notes: plan.period.map { [Diagnostic.Note("the plan's period", at: $0.range)] } ?? [])
    }
}
