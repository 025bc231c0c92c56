import WFCalendar
import WFDiagnostics

// MARK: - Dates against the period and the dependencies

extension ValidationPass {
    mutating func checkSchedule() {
        if let period = plan.period?.value {
            for i in plan.goals.indices {
                guard let due = plan.goals[i].due else { continue }
                let id = plan.goals[i].id.value, title = plan.goals[i].title
                checkInPeriod(due.value.date, due.range, .isDue, ItemName(.goalKind, id, title: title), period)
            }
            for event in plan.events {
                checkInPeriod(event.date.value.date, event.date.range, .happensOn, ItemName(.eventKind, event.id.value, title: event.title), period)
                // A prepare item due relative to its event is not checked: preparing the 10/10
                // day of a Q4 plan (-10wd) falls in September, by design. A dated one is.
                for item in event.prepare {
                    if case .date(let due) = item.due.value {
                        checkInPeriod(due.date, item.due.range, .isDue, ItemName(.prepareKind, item.id.value, title: item.title), period)
                    }
                }
            }
            for checkpoint in plan.checkpoints {
                checkInPeriod(checkpoint.date.value.date, checkpoint.date.range, .fallsOn, ItemName(.checkpointKind, checkpoint.id.value, title: checkpoint.title), period)
            }
        }
        for edge in graph.edges where edge.kind == .after {
            let item = graph.nodes[edge.from]
            let dependency = graph.nodes[edge.to]
            guard let due = item.date, let dependencyDue = dependency.date, due < dependencyDue else { continue }
            warning(.scheduleConflict,
                    ValidationText.dueBeforeDependency(item: item.subjectName, date: due.vietnamese, dependency: dependency.id),
                    at: edge.range,
                    notes: [Diagnostic.Note(ValidationText.dependencyDue(id: dependency.id, date: dependencyDue.vietnamese), at: dependency.range)])
        }
        for event in plan.events {
            for item in event.prepare {
                // A positive offset (`+2wd`) was reported where the nodes were added: one warning per mistake.
                if case .relative(let offset) = item.due.value, offset.amount > 0 { continue }
                guard let due = prepareDue[item.id.value], due > event.date.value.date else { continue }
                warning(.scheduleConflict,
                        ValidationText.prepareAfterEvent(id: item.id.value, due: due.vietnamese, event: event.id.value,
                                                         date: event.date.value.date.vietnamese),
                        at: item.due.range, notes: [Diagnostic.Note(DecodeText.theEventsDate.message, at: event.date.range)])
            }
        }
    }

    /// Dates written as dates (not phrases) that fall on a day off of the plan's calendar.
    mutating func checkWorkingDays() {
        guard !calendar.isCalendarDaysOnly else { return }
        for i in plan.goals.indices where plan.goals[i].duePhrase == nil {
            guard let due = plan.goals[i].due else { continue }
            let id = plan.goals[i].id.value, title = plan.goals[i].title
            checkWorkingDay(due.value.date, due.range, .isDue, ItemName(.goalKind, id, title: title))
        }
        for event in plan.events {
            checkWorkingDay(event.date.value.date, event.date.range, .happensOn, ItemName(.eventKind, event.id.value, title: event.title))
            for item in event.prepare {
                if case .date(let due) = item.due.value {
                    checkWorkingDay(due.date, item.due.range, .isDue, ItemName(.prepareKind, item.id.value, title: item.title))
                }
            }
        }
        for checkpoint in plan.checkpoints where checkpoint.datePhrase == nil {
            checkWorkingDay(checkpoint.date.value.date, checkpoint.date.range, .fallsOn, ItemName(.checkpointKind, checkpoint.id.value, title: checkpoint.title))
        }
    }

    /// `goal 'x' is due 25/04/2026` / `nhiệm vụ 'x' (Báo cáo) có thời hạn 25/04/2026`: the item
    /// and its date, with the item's title in Vietnamese.
    private func when(_ wording: ValidationText, _ item: ItemName, _ date: CivilDate) -> Message {
        wording(item: item.message, date: date.vietnamese)
    }

    private mutating func checkWorkingDay(_ date: CivilDate, _ range: SourceRange, _ wording: ValidationText, _ item: @autoclosure () -> ItemName) {
        guard !calendar.isWorkingDay(date) else { return }
        let subject = when(wording, item(), date)
        let message = calendar.holiday(on: date).map { ValidationText.dayOffHoliday(when: subject, holiday: $0.name) }
            ?? ValidationText.dayOffWeekday(when: subject, weekday: WeekdayText.of(weekday: date.weekday))
        var before = date.adding(days: -1)
        while !calendar.isWorkingDay(before), date.days(until: before) > -40 { before = before.adding(days: -1) }
        warning(.nonWorkingDay, message, at: range,
                notes: [Diagnostic.Note(ValidationText.workingDayBefore(weekday: WeekdayText.of(weekday: before.weekday), date: before.vietnamese))])
    }

    private mutating func checkInPeriod(_ date: CivilDate, _ range: SourceRange, _ wording: ValidationText, _ item: @autoclosure () -> ItemName, _ period: Period) {
        guard !period.contains(date) else { return }
        warning(.outOfPeriod,
                ValidationText.outOfPeriod(when: when(wording, item(), date), period: period.label,
                                           start: period.start.vietnamese, end: period.end.vietnamese),
                at: range, notes: plan.period.map { [Diagnostic.Note(ValidationText.thePlansPeriod.message, at: $0.range)] } ?? [])
    }
}
