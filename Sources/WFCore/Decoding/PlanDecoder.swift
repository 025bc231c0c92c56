import WFCalendar
import WFExpressions
public import WFDiagnostics
public import WFYAML

/// Decodes a YAML node tree into a `Plan` by hand, so every problem points at its node.
public enum PlanDecoder {
    /// The keys of each part of the format, from `FormatSpec`.
    enum Keys {
        static let top = FormatSpec.top.names
        static let owner = FormatSpec.owner.names
        static let goal = FormatSpec.goal.names
        static let kpi = FormatSpec.kpi.names
        static let event = FormatSpec.event.names
        static let prepare = FormatSpec.prepare.names
        static let checkpoint = FormatSpec.checkpoint.names
        static let budget = FormatSpec.budget.names
        static let step = FormatSpec.step.names
        static let retry = FormatSpec.retry.names
        static let calendar = FormatSpec.calendar.names
        static let period = FormatSpec.period.names
        static let checkpointRequired = FormatSpec.checkpoint.requiredNames
        static let eventRequired = FormatSpec.event.requiredNames
        static let goalRequired = FormatSpec.goal.requiredNames
        static let kpiRequired = FormatSpec.kpi.requiredNames
        static let ownerRequired = FormatSpec.owner.requiredNames
        static let periodRequired = FormatSpec.period.requiredNames
        static let prepareRequired = FormatSpec.prepare.requiredNames
        static let retryRequired = FormatSpec.retry.requiredNames
        static let stepRequired = FormatSpec.step.requiredNames
        static let topRequired = FormatSpec.top.requiredNames
    }

    /// Decodes `root`; returns the plan (possibly partial) and the problems found. A long
    /// list of goals is decoded on two threads (beside the other lists) unless `twoThreads` is false.
    public static func decode(_ root: Node?, twoThreads: Bool = true) -> (Plan?, [Diagnostic]) {
        let decoded = decodeParts(root, twoThreads: twoThreads)
        return (decoded.plan, decoded.header + decoded.lists)
    }

    /// Decodes `root`; the problems of the top level (all but the items of the lists) come
    /// apart from those of the lists' items.
    static func decodeParts(_ root: Node?, twoThreads: Bool = true) -> (plan: Plan?, header: [Diagnostic], lists: [Diagnostic]) {
        let context = DecodeContext()
        guard let root, !root.isNull else {
            context.error(.missingKey, DecodeText.emptyFile.message, at: .fileStart)
            return (nil, context.diagnostics, [])
        }
        guard var plan = decodeHeader(root, context) else { return (nil, context.diagnostics, []) }
        let header = context.diagnostics
        context.diagnostics = []
        let f = Fields(node: root)
        let goalNodes = context.list(f["goals"], SubjectText.key(key: "goals"))
        // A large plan's goals are decoded on two threads: the second takes the goals from the
        // start up to about half of all the lists' lines, this one the other goals, then the
        // events, checkpoints and steps. Each has its own diagnostics, put together in the
        // order one thread would have found them.
        let split = twoThreads && goalNodes.count >= Background.threshold && Background.available
            ? goalsForSecondThread(goalNodes, otherLists: ["events", "checkpoints", "steps"].compactMap { f[$0] }) : 0
        let head = split > 0 ? Background.start {
            let headContext = DecodeContext()
            var goals: [Goal] = []
            // Room for every goal, so that this thread's are appended without copying these.
            goals.reserveCapacity(goalNodes.count)
            for node in goalNodes[..<split] {
                if let goal = decodeGoal(node, headContext) { goals.append(goal) }
            }
            return (goals: goals, diagnostics: headContext.diagnostics)
        } : nil
        let rest = DecodeContext()
        let tail = goalNodes[split...].compactMap { decodeGoal($0, rest) }
        plan.events = rest.list(f["events"], SubjectText.key(key: "events")).compactMap { decodeEvent($0, rest) }
        plan.checkpoints = rest.list(f["checkpoints"], SubjectText.key(key: "checkpoints")).compactMap { decodeCheckpoint($0, rest) }
        plan.steps = rest.list(f["steps"], SubjectText.key(key: "steps")).compactMap { decodeStep($0, rest) }
        if let head = head?.result() {
            plan.goals = head.goals
            plan.goals.append(contentsOf: tail)
            context.diagnostics += head.diagnostics
        } else {
            plan.goals = tail
        }
        return (plan, header, context.diagnostics + rest.diagnostics)
    }

    /// How many goals, from the first, the second thread decodes: about half the lines of
    /// the goals and `otherLists` together, and at least one.
    private static func goalsForSecondThread(_ goals: [Node], otherLists: [Node]) -> Int {
        func lines(_ node: Node) -> Int { node.range.end.line - node.range.start.line + 1 }
        guard let first = goals.first?.range.start.line, let last = goals.last?.range.end.line else { return 0 }
        let total = last - first + 1 + otherLists.reduce(0) { $0 + lines($1) }
        let target = first + total / 2
        // The first goal that starts past the target: the goals before it are the second thread's.
        var low = 0, high = goals.count
        while low < high {
            let middle = (low + high) / 2
            if goals[middle].range.start.line < target { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
    }

    // MARK: - Top level

    /// The plan's top level: every key but the lists of items.
    private static func decodeHeader(_ root: Node, _ c: DecodeContext) -> Plan? {
        guard let f = c.mapping(root, SubjectText.plan.message, keys: Keys.top, required: Keys.topRequired, ignorePrefix: "x-") else {
            return nil
        }
        var plan = Plan(root: root)
        if let node = f["wf"] {
            if let version = ScalarResolver.integer(node) {
                if version != FormatSpec.version {
                    c.error(.version, DecodeText.versionUnsupported(version: version, supported: FormatSpec.version), at: node.range)
                }
                plan.version = version
            } else {
                let found = node.scalar.map { Message.verbatim($0.text) } ?? foundValue(node) ?? .verbatim("")
                c.error(.version, DecodeText.versionInvalid(supported: FormatSpec.version, found: found), at: node.range)
            }
        }
        plan.name = c.string(f["name"], SubjectText.key(key: "name")) ?? ""
        plan.description = c.string(f["description"], SubjectText.key(key: "description"))
        if let node = f["period"] { plan.period = decodePeriod(node, c) }
        if let node = f["timezone"], let tz = c.string(node, SubjectText.key(key: "timezone")) {
            if !TimeZoneCheck.isKnown(tz) {
                c.error(.invalidValue, DecodeText.unknownTimeZone(zone: tz), at: node.range)
            }
            plan.timezone = tz
        }
        if let node = f["calendar"] { plan.calendar = decodeCalendar(node, c) }
        if let node = f["lang"], let text = c.string(node, SubjectText.key(key: "lang")) {
            if let lang = Language(rawValue: text) {
                plan.lang = lang
            } else {
                let choices = DecodeText.eitherOr(first: Language.vi.rawValue, second: Language.en.rawValue)
                c.error(.invalidValue, DecodeText.invalidLang(choices: choices, text: text), at: node.range)
            }
        }
        plan.warn = window(f["warn"], SubjectText.keyOf(key: "warn", item: SubjectText.plan.message), c)
        if let node = f["vars"] { plan.vars = decodeVars(node, c) }
        if let node = f["owners"] { plan.owners = decodeOwners(node, c) }
        plan.secrets = c.stringList(f["secrets"], SubjectText.key(key: "secrets"))
        return plan
    }

    private static func decodePeriod(_ node: Node, _ c: DecodeContext) -> Located<Period>? {
        if node.pairs != nil {
            guard let f = c.mapping(node, SubjectText.key(key: "period"), keys: Keys.period, required: Keys.periodRequired),
                  let start = c.date(f["start"], SubjectText.periodStart.message), let end = c.date(f["end"], SubjectText.periodEnd.message)
            else { return nil }
            guard start.value.date <= end.value.date else {
                c.error(.invalidValue, DecodeText.periodEndsBeforeStart.message, at: node.range)
                return nil
            }
            return Located(Period(start: start.value.date, end: end.value.date), at: node.range)
        }
        guard let text = c.string(node, SubjectText.key(key: "period")) else { return nil }
        guard let period = Period.parse(text) else {
            c.error(.invalidValue, DecodeText.invalidPeriod(text: text),
                    at: node.range)
            return nil
        }
        return Located(period, at: node.range)
    }

    private static func decodeCalendar(_ node: Node, _ c: DecodeContext) -> CalendarSpec {
        if node.pairs != nil {
            guard let f = c.mapping(node, SubjectText.key(key: "calendar"), keys: Keys.calendar) else { return .vn(off: [], work: []) }
            if let base = f["base"], let text = c.string(base, SubjectText.calendarBase.message), !FormatSpec.calendarBases.contains(text) {
                c.error(.invalidValue, DecodeText.invalidCalendarBase(text: text), at: base.range)
            }
            let off = c.list(f["off"], SubjectText.key(key: "off")).compactMap { c.date($0, SubjectText.aDayOff.message)?.value.date }
            let work = c.list(f["work"], SubjectText.key(key: "work")).compactMap { c.date($0, SubjectText.aWorkingDay.message)?.value.date }
            return .vn(off: off, work: work)
        }
        guard let text = c.string(node, SubjectText.key(key: "calendar")) else { return .vn(off: [], work: []) }
        switch text {
        case "vn": return .vn(off: [], work: [])
        case "none": return .none
        default:
            if text.hasSuffix(".yaml") || text.hasSuffix(".yml") || text.contains("/") { return .file(text) }
            c.error(.invalidValue, DecodeText.invalidCalendar(text: text),
                    at: node.range)
            return .vn(off: [], work: [])
        }
    }

    private static func decodeVars(_ node: Node, _ c: DecodeContext) -> [Variable] {
        guard let pairs = node.pairs else {
            c.typeMismatch(node, expected: .expectMapping, what: SubjectText.key(key: "vars"))
            return []
        }
        var vars: [Variable] = []
        for pair in pairs {
            guard let name = c.locatedString(pair.key, SubjectText.variableName.message) else { continue }
            if pair.value.scalar == nil {
                c.typeMismatch(pair.value, expected: .expectVariableValue, what: SubjectText.variable(name: name.value))
                continue
            }
            vars.append(Variable(name: name, value: pair.value))
        }
        return vars
    }

    private static func decodeOwners(_ node: Node, _ c: DecodeContext) -> [Owner] {
        guard let pairs = node.pairs else {
            c.typeMismatch(node, expected: .expectOwnerMapping, what: SubjectText.key(key: "owners"))
            return []
        }
        var owners: [Owner] = []
        for pair in pairs {
            guard let id = c.locatedString(pair.key, SubjectText.ownerID.message) else { continue }
            let what = ItemName(.ownerKind, id.value)
            if let name = pair.value.scalar?.text, !pair.value.isNull {
                owners.append(Owner(id: id, name: name))  // `vp: Văn phòng Sở` shorthand
                continue
            }
            guard let f = c.mapping(pair.value, what.message, keys: Keys.owner, required: Keys.ownerRequired) else { continue }
            owners.append(Owner(
                id: id, name: c.string(f["name"], SubjectText.nameOf(item: what.message)) ?? id.value,
                head: c.string(f["head"], SubjectText.headOf(item: what.message)),
                notify: c.stringList(f["notify"], SubjectText.channelsOf(item: what.message)),
                members: c.stringList(f["members"], SubjectText.membersOf(item: what.message)),
                email: c.locatedString(f["email"], SubjectText.emailOf(item: what.message))))
        }
        return owners
    }

    // MARK: - Plan items

    private static func itemID(_ node: Node, _ f: Fields, _ kind: SubjectText, _ c: DecodeContext) -> Located<String>? {
        c.locatedString(f["id"], SubjectText.idOf(item: kind.message))
    }

    private static func decodeGoal(_ node: Node, _ c: DecodeContext) -> Goal? {
        guard let f = c.mapping(node, SubjectText.aGoal.message, keys: Keys.goal, required: Keys.goalRequired),
              let id = itemID(node, f, .aGoal, c) else { return nil }
        var what = ItemName(.goalKind, id.value)
        let title = c.string(f["title"], SubjectText.titleOf(item: what.message))
        what.title = title
        var every: Located<Recurrence>?
        if let node = f["every"], let text = c.string(node, what.key("every")) {
            if let value = Recurrence.parse(text) {
                every = Located(value, at: node.range)
            } else {
                c.error(.invalidValue, DecodeText.invalidEvery(item: what.message, text: text),
                        at: node.range, notes: [Diagnostic.Note.didYouMean(closestMatch(to: text, among: Recurrence.allCases.map(\.rawValue)))].compactMap { $0 })
            }
        }
        let due = every == nil && f["every"] == nil
            ? deadline(f["due"], SubjectText.dueDateOf(item: what.message), c)
            : recurringDeadline(f["due"], SubjectText.dueDateOf(item: what.message), c)
        guard let title, let due else { return nil }
        let (done, doneOccurrences) = doneMarks(f["done"], what.key("done"), recurring: f["every"] != nil, c)
        var kpi: KPI?
        if let node = f["kpi"], let k = c.mapping(node, SubjectText.kpiOf(item: what.message), keys: Keys.kpi, required: Keys.kpiRequired) {
            func field(_ key: String) -> Message { SubjectText.keyOf(key: key, item: SubjectText.kpiOf(item: what.message)) }
            kpi = KPI(metric: c.string(k["metric"], field("metric")) ?? "", target: scalarText(k["target"], c, field("target")),
                      actual: scalarText(k["actual"], c, field("actual")), unit: c.string(k["unit"], field("unit")))
            // A target or actual value wf cannot read would leave the KPI unjudged without a word.
            if let target = kpi?.target, let node = k["target"], KPI.Target.parse(target) == nil {
                c.error(.invalidValue, DecodeText.kpiTargetInvalid(item: what.message, text: target),
                        at: node.range, notes: [Diagnostic.Note(DecodeText.kpiTargetForms.message)])
            }
            if let actual = kpi?.actual, let node = k["actual"], KPI.number(actual) == nil {
                c.error(.invalidValue, DecodeText.kpiActualInvalid(item: what.message, text: actual),
                        at: node.range, notes: [Diagnostic.Note(DecodeText.kpiActualForms.message)])
            }
        }
        return Goal(
            id: id, title: title, due: due.date, duePhrase: due.phrase, start: c.date(f["start"], SubjectText.startOf(item: what.message)),
            owner: c.locatedString(f["owner"], SubjectText.ownerOf(item: what.message)),
            partners: c.stringList(f["partners"], what.key("partners")),
            after: c.stringList(f["after"], what.key("after")),
            progress: c.percentage(f["progress"], SubjectText.progressOf(item: what.message)),
            done: done, kpi: kpi,
            description: c.string(f["description"], SubjectText.descriptionOf(item: what.message)),
            warn: window(f["warn"], what.key("warn"), c), every: every, doneOccurrences: doneOccurrences,
            product: c.string(f["product"], SubjectText.productOf(item: what.message)),
            group: c.string(f["group"], SubjectText.groupOf(item: what.message)),
            range: node.range)
    }

    /// The due day of a recurring task: `20` (day 20 of each period's last month), "trước ngày
    /// 20" or "chậm nhất ngày 20"; the occurrences' dates are worked out when the plan is loaded.
    private static func recurringDeadline(_ node: Node?, _ what: @autoclosure () -> Message, _ c: DecodeContext)
        -> (date: Located<PlanDateTime>?, phrase: DeadlinePhrase?)? {
        guard let node else { return nil }
        if let day = ScalarResolver.integer(node) {
            guard (1...31).contains(day) else {
                c.error(.invalidDate, DecodeText.recurringDayOutOfRange(subject: what(), day: day), at: node.range)
                return nil
            }
            return (nil, DeadlinePhrase(text: "ngày \(day)", meaning: .byDay(day)))
        }
        guard let text = c.string(node, what()) else { return nil }
        if let phrase = DeadlinePhrase.parse(text), phrase.isDayOfPeriod { return (nil, phrase) }
        c.error(.invalidDate, DecodeText.notADayOfEachPeriod(subject: what(), text: text),
                at: node.range, notes: [Diagnostic.Note.didYouMean(DeadlinePhrase.suggestion(for: text))].compactMap { $0 })
        return nil
    }

    /// `done:` as `true`/`false`, or for a recurring task a list of finished periods.
    private static func doneMarks(_ node: Node?, _ what: @autoclosure () -> Message, recurring: Bool, _ c: DecodeContext) -> (Bool, [Located<String>]) {
        guard let node else { return (false, []) }
        if node.items != nil {
            guard recurring else {
                c.error(.typeMismatch, DecodeText.doneListNeedsEvery(subject: what()),
                        at: node.range)
                return (false, [])
            }
            return (false, c.list(node, what()).compactMap { item in
                ScalarResolver.integer(item).map { Located(String($0), at: item.range) } ?? c.locatedString(item, SubjectText.periodIn(subject: what()))
            })
        }
        return (c.bool(node, what()) ?? false, [])
    }

    /// A deadline: a date, or a phrase ("Quý II/2025", "Thường xuyên"). A phrase's date is
    /// provisional here (a span's last day); the loader resolves it on the plan's calendar.
    /// `ongoing` says whether "Thường xuyên" (no date) is allowed.
    private static func deadline(_ node: Node?, _ what: @autoclosure () -> Message, _ c: DecodeContext, ongoing: Bool = true)
        -> (date: Located<PlanDateTime>?, phrase: DeadlinePhrase?)? {
        guard let node, let text = c.string(node, what()) else { return nil }
        if let date = PlanDateTime.parse(text) { return (Located(date, at: node.range), nil) }
        guard let phrase = DeadlinePhrase.parse(text) else {
            // A date with a recognisable mistake says what it is; anything else lists the forms.
            if DateAdvice.date(text) != nil {
                c.error(.invalidDate, DecodeContext.invalidDate(text, what()), at: node.range, notes: DecodeContext.dateNotes(text))
            } else {
                c.error(.invalidDate, invalidDeadline(text, what()), at: node.range,
                        notes: [Diagnostic.Note.didYouMean(DeadlinePhrase.suggestion(for: text))].compactMap { $0 })
            }
            return nil
        }
        if phrase.isDayOfPeriod {
            c.error(.invalidDate, DecodeText.dayWithoutMonth(subject: what(), text: text),
                    at: node.range, notes: [Diagnostic.Note(DecodeText.addEvery.message)])
            return nil
        }
        guard let date = phrase.due(on: .none) else {
            guard ongoing else {
                c.error(.invalidDate, DecodeText.checkpointNeedsDate(subject: what(), text: text),
                        at: node.range)
                return nil
            }
            return (nil, phrase)
        }
        return (Located(PlanDateTime(date: date), at: node.range), phrase)
    }

    /// The message for a deadline that is neither a date nor a phrase.
    static func invalidDeadline(_ text: String, _ what: Message) -> Message {
        DecodeText.invalidDeadline(subject: what, text: text, forms: asMessage(DeadlinePhrase.forms))
    }

    /// A due-soon window: a positive duration in working days, days or weeks.
    private static func window(_ node: Node?, _ what: @autoclosure () -> Message, _ c: DecodeContext) -> Located<PlanDuration>? {
        guard let duration = c.duration(node, what()) else { return nil }
        switch duration.value.unit {
        case .workingDays, .days, .weeks:
            guard duration.value.amount >= 0 else {
                c.error(.invalidDuration, DecodeText.windowBeforeDue(subject: what()),
                        at: duration.range)
                return nil
            }
            return duration
        case .hours, .minutes, .seconds:
            c.error(.invalidDuration, DecodeText.windowUnit(subject: what()), at: duration.range)
            return nil
        }
    }

    private static func scalarText(_ node: Node?, _ c: DecodeContext, _ what: @autoclosure () -> Message) -> String? {
        c.string(node, what())
    }

    private static func decodeEvent(_ node: Node, _ c: DecodeContext) -> Event? {
        guard let f = c.mapping(node, SubjectText.anEvent.message, keys: Keys.event, required: Keys.eventRequired),
              let id = itemID(node, f, .anEvent, c) else { return nil }
        var what = ItemName(.eventKind, id.value)
        let title = c.string(f["title"], SubjectText.titleOf(item: what.message))
        what.title = title
        let date = c.date(f["date"], SubjectText.dateOf(item: what.message))
        let remind = c.list(f["remind"], what.key("remind")).compactMap { c.duration($0, SubjectText.reminderOf(item: what.message)) }
        let prepare = c.list(f["prepare"], what.key("prepare")).compactMap { decodePrepare($0, c) }
        guard let title, let date else { return nil }
        let end = c.date(f["end"], SubjectText.endOf(item: what.message))
        if let end, end.value.date < date.value.date || (end.value.hasTime && date.value.hasTime && end.value <= date.value) {
            c.error(.invalidValue,
                    DecodeText.eventEndsBeforeStart(item: what.message, end: end.value.date.vietnamese, start: date.value.date.vietnamese),
                    at: end.range, notes: [Diagnostic.Note(DecodeText.theEventsDate.message, at: date.range)])
        }
        return Event(
            id: id, title: title, date: date, end: end, owner: c.locatedString(f["owner"], SubjectText.ownerOf(item: what.message)),
            partners: c.stringList(f["partners"], what.key("partners")),
            after: c.stringList(f["after"], what.key("after")), remind: remind, prepare: prepare,
            location: c.string(f["location"], SubjectText.locationOf(item: what.message)),
            description: c.string(f["description"], SubjectText.descriptionOf(item: what.message)), range: node.range)
    }

    private static func decodePrepare(_ node: Node, _ c: DecodeContext) -> PrepareItem? {
        guard let f = c.mapping(node, SubjectText.aPrepareItem.message, keys: Keys.prepare, required: Keys.prepareRequired),
              let id = itemID(node, f, .aPrepareItem, c) else { return nil }
        var what = ItemName(.prepareKind, id.value)
        let title = c.string(f["title"], SubjectText.titleOf(item: what.message))
        what.title = title
        var due: Located<DueSpec>?
        if let dueNode = f["due"], let text = c.string(dueNode, SubjectText.dueDateOf(item: what.message)) {
            if let date = PlanDateTime.parse(text) {
                due = Located(.date(date), at: dueNode.range)
            } else if let offset = PlanDuration.parse(text) {
                due = Located(.relative(offset), at: dueNode.range)
            } else if let phrase = DeadlinePhrase.parse(text), !phrase.isDayOfPeriod, phrase.meaning != .ongoing {
                due = Located(.phrase(phrase), at: dueNode.range)
            } else {
                c.error(.invalidDate, DecodeText.prepareDueInvalid(subject: SubjectText.dueDateOf(item: what.message), text: text),
                        at: dueNode.range,
                        notes: [Diagnostic.Note.didYouMean(DeadlinePhrase.suggestion(for: text))].compactMap { $0 })
            }
        }
        guard let title, let due else { return nil }
        return PrepareItem(
            id: id, title: title, due: due, owner: c.locatedString(f["owner"], SubjectText.ownerOf(item: what.message)),
            partners: c.stringList(f["partners"], what.key("partners")),
            after: c.stringList(f["after"], what.key("after")),
            progress: c.percentage(f["progress"], SubjectText.progressOf(item: what.message)),
            done: c.bool(f["done"], what.key("done")) ?? false,
            description: c.string(f["description"], SubjectText.descriptionOf(item: what.message)),
            warn: window(f["warn"], what.key("warn"), c), range: node.range)
    }

    private static func decodeCheckpoint(_ node: Node, _ c: DecodeContext) -> Checkpoint? {
        guard let f = c.mapping(node, SubjectText.aCheckpoint.message, keys: Keys.checkpoint, required: Keys.checkpointRequired),
              let id = itemID(node, f, .aCheckpoint, c) else { return nil }
        var what = ItemName(.checkpointKind, id.value)
        let title = c.string(f["title"], SubjectText.titleOf(item: what.message))
        what.title = title
        let written = deadline(f["date"], SubjectText.dateOf(item: what.message), c, ongoing: false)
        let date = written?.date
        var budget: Budget?
        if let node = f["budget"], let b = c.mapping(node, SubjectText.budgetOf(item: what.message), keys: Keys.budget) {
            func field(_ key: String) -> Message { SubjectText.keyOf(key: key, item: SubjectText.budgetOf(item: what.message)) }
            budget = Budget(
                allocated: c.number(b["allocated"], field("allocated")), spent: c.number(b["spent"], field("spent")),
                currency: c.string(b["currency"], field("currency")) ?? Budget.defaultCurrency,
                file: c.locatedString(b["file"], field("file")), name: c.string(b["name"], field("name")),
                range: node.range)
            if b["file"] == nil, b["allocated"] == nil {
                c.error(.missingKey, DecodeText.budgetNeedsAllocated(item: what.message), at: c.headRange(node))
            }
        }
        let expect = c.percentage(f["expect"], what.key("expect"))
        guard let title, let date, let budget else { return nil }
        return Checkpoint(
            id: id, title: title, date: date, datePhrase: written?.phrase, owner: c.locatedString(f["owner"], SubjectText.ownerOf(item: what.message)),
            partners: c.stringList(f["partners"], what.key("partners")),
            after: c.stringList(f["after"], what.key("after")), budget: budget, expect: expect,
            description: c.string(f["description"], SubjectText.descriptionOf(item: what.message)), range: node.range)
    }

    // MARK: - Steps

    private static func decodeStep(_ node: Node, _ c: DecodeContext) -> Step? {
        guard let f = c.mapping(node, SubjectText.aStep.message, keys: Keys.step, required: Keys.stepRequired),
              let id = itemID(node, f, .aStep, c) else { return nil }
        let what = ItemName(.stepKind, id.value)
        var uses: Located<String>?
        var run: Located<String>?
        switch (f["uses"], f["run"]) {
        case (let usesNode?, nil):
            uses = c.locatedString(usesNode, what.key("uses"))
        case (nil, let runNode?):
            run = c.locatedString(runNode, SubjectText.scriptOf(item: what.message))
            uses = Located("shell", at: f.keyRange("run") ?? runNode.range)
        case (_?, let runNode?):
            c.error(.invalidValue, DecodeText.usesAndRun(item: what.message), at: f.keyRange("run") ?? runNode.range)
        case (nil, nil):
            c.error(.missingKey, DecodeText.usesOrRun(item: what.message), at: c.headRange(node))
        }
        var retry: Step.Retry?
        if let node = f["retry"] {
            if node.pairs != nil {
                if let r = c.mapping(node, what.key("retry"), keys: Keys.retry, required: Keys.retryRequired) {
                    func field(_ key: String) -> Message { SubjectText.keyOf(key: key, item: what.key("retry")) }
                    retry = Step.Retry(attempts: c.integer(r["attempts"], field("attempts")) ?? 1,
                                       backoff: c.duration(r["backoff"], field("backoff"))?.value)
                }
            } else if let attempts = c.integer(node, what.key("retry")) {
                retry = Step.Retry(attempts: attempts)
            }
            if let attempts = retry?.attempts, attempts < 1 || attempts > 100 {
                c.error(.invalidValue, DecodeText.retryAttempts.message, at: node.range)
            }
        }
        let timeout = c.duration(f["timeout"], SubjectText.timeoutOf(item: what.message))
        if let timeout, timeout.value.amount <= 0 || timeout.value.unit == .workingDays {
            c.error(.invalidDuration, DecodeText.timeoutPositive.message, at: timeout.range)
        }
        guard let uses else { return nil }
        return Step(
            id: id, name: c.string(f["name"], SubjectText.nameOf(item: what.message)), uses: uses, run: run,
            with: entries(f["with"], what.key("with"), c), needs: c.stringList(f["needs"], what.key("needs")),
            condition: f["if"].flatMap { conditionText($0, c, what) },
            env: entries(f["env"], what.key("env"), c),
            continueOnError: c.bool(f["continue-on-error"], what.key("continue-on-error")) ?? false,
            timeout: timeout, retry: retry, shell: c.string(f["shell"], what.key("shell")),
            workingDirectory: c.string(f["working-directory"], what.key("working-directory")), range: node.range)
    }

    /// An `if:` may be written bare (`success()`), as `${{ … }}`, or as true/false.
    private static func conditionText(_ node: Node, _ c: DecodeContext, _ what: ItemName) -> Located<String>? {
        c.locatedString(node, what.key("if"))
    }

    private static func entries(_ node: Node?, _ what: @autoclosure () -> Message, _ c: DecodeContext) -> [Step.Entry] {
        guard let node, !node.isNull else { return [] }
        guard let pairs = node.pairs else {
            c.typeMismatch(node, expected: .expectMapping, what: what())
            return []
        }
        return pairs.compactMap { pair in
            c.locatedString(pair.key, SubjectText.keyIn(subject: what())).map { Step.Entry(key: $0, value: pair.value) }
        }
    }
}

// MARK: - One item again

extension PlanDecoder {
    /// The top-level lists whose items decode each on its own.
    enum ItemList: String, Sendable {
        case goals, events, checkpoints, steps
    }

    /// Decodes the top level of `root` again into `plan`, keeping its lists, which `root` must
    /// hold unchanged. Returns the top level's problems, or nil when `root` is not a plan's
    /// mapping any more.
    static func redecodeHeader(_ root: Node, in plan: inout Plan) -> [Diagnostic]? {
        let c = DecodeContext()
        guard var header = decodeHeader(root, c) else { return nil }
        swap(&header.goals, &plan.goals)
        swap(&header.events, &plan.events)
        swap(&header.checkpoints, &plan.checkpoints)
        swap(&header.steps, &plan.steps)
        plan = header
        return c.diagnostics
    }

    /// Decodes `node` again as item `index` of `list` in `plan`, which was decoded from a tree
    /// whose list had `count` items. Returns the item's problems, or nil (leaving `plan` as it
    /// was) when the item cannot be replaced alone: an item of the old list did not decode,
    /// so indices no longer match, or the new one does not.
    static func redecode(_ node: Node, at index: Int, of list: ItemList, count: Int, in plan: inout Plan) -> [Diagnostic]? {
        let c = DecodeContext()
        switch list {
        case .goals:
            guard plan.goals.count == count, plan.goals.indices.contains(index), let goal = decodeGoal(node, c) else { return nil }
            plan.goals[index] = goal
        case .events:
            guard plan.events.count == count, plan.events.indices.contains(index), let event = decodeEvent(node, c) else { return nil }
            plan.events[index] = event
        case .checkpoints:
            guard plan.checkpoints.count == count, plan.checkpoints.indices.contains(index),
                  let checkpoint = decodeCheckpoint(node, c) else { return nil }
            plan.checkpoints[index] = checkpoint
        case .steps:
            guard plan.steps.count == count, plan.steps.indices.contains(index), let step = decodeStep(node, c) else { return nil }
            plan.steps[index] = step
        }
        return c.diagnostics
    }
}
