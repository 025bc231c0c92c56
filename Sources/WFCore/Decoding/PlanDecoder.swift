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

    /// Decodes `root`; returns the plan (possibly partial) and the problems found.
    public static func decode(_ root: Node?) -> (Plan?, [Diagnostic]) {
        let context = DecodeContext()
        guard let root, !root.isNull else {
            context.error(.missingKey, "the file is empty; a plan starts with 'wf: 1' and 'name:'", at: .fileStart)
            return (nil, context.diagnostics)
        }
        let plan = decodePlan(root, context)
        return (plan, context.diagnostics)
    }

    // MARK: - Top level

    private static func decodePlan(_ root: Node, _ c: DecodeContext) -> Plan? {
        guard let f = c.mapping(root, "the plan", keys: Keys.top, required: Keys.topRequired, ignorePrefix: "x-") else {
            return nil
        }
        var plan = Plan(root: root)
        if let node = f["wf"] {
            if let version = ScalarResolver.integer(node) {
                if version != FormatSpec.version {
                    c.error(.version, "format version \(version) is not supported; this wf reads 'wf: \(FormatSpec.version)'", at: node.range)
                }
                plan.version = version
            } else {
                c.error(.version, "'wf' must be the format version \(FormatSpec.version), found '\(node.scalar?.text ?? node.kindDescription)'", at: node.range)
            }
        }
        plan.name = c.string(f["name"], "'name'") ?? ""
        plan.description = c.string(f["description"], "'description'")
        if let node = f["period"] { plan.period = decodePeriod(node, c) }
        if let node = f["timezone"], let tz = c.string(node, "'timezone'") {
            if !TimeZoneCheck.isKnown(tz) {
                c.error(.invalidValue, "unknown time zone '\(tz)'; use an IANA name such as Asia/Ho_Chi_Minh", at: node.range)
            }
            plan.timezone = tz
        }
        if let node = f["calendar"] { plan.calendar = decodeCalendar(node, c) }
        if let node = f["lang"], let text = c.string(node, "'lang'") {
            if let lang = Language(rawValue: text) {
                plan.lang = lang
            } else {
                c.error(.invalidValue, "'lang' must be \(Language.allCases.map(\.rawValue).joined(separator: " or ")), found '\(text)'",
                        at: node.range)
            }
        }
        plan.warn = window(f["warn"], "the plan's 'warn'", c)
        if let node = f["vars"] { plan.vars = decodeVars(node, c) }
        if let node = f["owners"] { plan.owners = decodeOwners(node, c) }
        plan.goals = c.list(f["goals"], "'goals'").compactMap { decodeGoal($0, c) }
        plan.events = c.list(f["events"], "'events'").compactMap { decodeEvent($0, c) }
        plan.checkpoints = c.list(f["checkpoints"], "'checkpoints'").compactMap { decodeCheckpoint($0, c) }
        plan.steps = c.list(f["steps"], "'steps'").compactMap { decodeStep($0, c) }
        plan.secrets = c.stringList(f["secrets"], "'secrets'")
        return plan
    }

    private static func decodePeriod(_ node: Node, _ c: DecodeContext) -> Located<Period>? {
        if node.pairs != nil {
            guard let f = c.mapping(node, "'period'", keys: Keys.period, required: Keys.periodRequired),
                  let start = c.date(f["start"], "the period's start"), let end = c.date(f["end"], "the period's end")
            else { return nil }
            guard start.value.date <= end.value.date else {
                c.error(.invalidValue, "the period ends before it starts", at: node.range)
                return nil
            }
            return Located(Period(start: start.value.date, end: end.value.date), at: node.range)
        }
        guard let text = c.string(node, "'period'") else { return nil }
        guard let period = Period.parse(text) else {
            c.error(.invalidValue, "'period' must be 2023, 2023-Q4, 2023-H2, 2023-10 or {start, end}; found '\(text)'",
                    at: node.range)
            return nil
        }
        return Located(period, at: node.range)
    }

    private static func decodeCalendar(_ node: Node, _ c: DecodeContext) -> CalendarSpec {
        if node.pairs != nil {
            guard let f = c.mapping(node, "'calendar'", keys: Keys.calendar) else { return .vn(off: [], work: []) }
            if let base = f["base"], let text = c.string(base, "the calendar's base"), !FormatSpec.calendarBases.contains(text) {
                c.error(.invalidValue, "a calendar's base must be vn, found '\(text)'", at: base.range)
            }
            let off = c.list(f["off"], "'off'").compactMap { c.date($0, "a day off")?.value.date }
            let work = c.list(f["work"], "'work'").compactMap { c.date($0, "a working day")?.value.date }
            return .vn(off: off, work: work)
        }
        guard let text = c.string(node, "'calendar'") else { return .vn(off: [], work: []) }
        switch text {
        case "vn": return .vn(off: [], work: [])
        case "none": return .none
        default:
            if text.hasSuffix(".yaml") || text.hasSuffix(".yml") || text.contains("/") { return .file(text) }
            c.error(.invalidValue, "'calendar' must be vn, none, a path to a .yaml file, or {base, off, work}; found '\(text)'",
                    at: node.range)
            return .vn(off: [], work: [])
        }
    }

    private static func decodeVars(_ node: Node, _ c: DecodeContext) -> [Variable] {
        guard let pairs = node.pairs else {
            c.typeMismatch(node, expected: "a mapping", what: "'vars'")
            return []
        }
        var vars: [Variable] = []
        for pair in pairs {
            guard let name = c.locatedString(pair.key, "a variable name") else { continue }
            if pair.value.scalar == nil {
                c.typeMismatch(pair.value, expected: "a string, number or boolean", what: "variable '\(name.value)'")
                continue
            }
            vars.append(Variable(name: name, value: pair.value))
        }
        return vars
    }

    private static func decodeOwners(_ node: Node, _ c: DecodeContext) -> [Owner] {
        guard let pairs = node.pairs else {
            c.typeMismatch(node, expected: "a mapping of owner ids", what: "'owners'")
            return []
        }
        var owners: [Owner] = []
        for pair in pairs {
            guard let id = c.locatedString(pair.key, "an owner id") else { continue }
            let what = "owner '\(id.value)'"
            if let name = pair.value.scalar?.text, !pair.value.isNull {
                owners.append(Owner(id: id, name: name))  // `vp: Văn phòng Sở` shorthand
                continue
            }
            guard let f = c.mapping(pair.value, what, keys: Keys.owner, required: Keys.ownerRequired) else { continue }
            owners.append(Owner(
                id: id, name: c.string(f["name"], "the name of \(what)") ?? id.value,
                head: c.string(f["head"], "the head of \(what)"),
                notify: c.stringList(f["notify"], "the channels of \(what)"),
                members: c.stringList(f["members"], "the members of \(what)"),
                email: c.locatedString(f["email"], "the e-mail address of \(what)")))
        }
        return owners
    }

    // MARK: - Plan items

    private static func itemID(_ node: Node, _ f: Fields, _ kind: String, _ c: DecodeContext) -> Located<String>? {
        c.locatedString(f["id"], "the id of a \(kind)")
    }

    private static func decodeGoal(_ node: Node, _ c: DecodeContext) -> Goal? {
        guard let f = c.mapping(node, "a goal", keys: Keys.goal, required: Keys.goalRequired),
              let id = itemID(node, f, "goal", c) else { return nil }
        let what = "goal '\(id.value)'"
        let title = c.string(f["title"], "the title of \(what)")
        var every: Located<Recurrence>?
        if let node = f["every"], let text = c.string(node, "'every' of \(what)") {
            if let value = Recurrence.parse(text) {
                every = Located(value, at: node.range)
            } else {
                c.error(.invalidValue, "'every' of \(what) is '\(text)'; write month, quarter, half-year or year",
                        at: node.range, notes: [Diagnostic.Note.didYouMean(closestMatch(to: text, among: Recurrence.allCases.map(\.rawValue)))].compactMap { $0 })
            }
        }
        let due = every == nil && f["every"] == nil
            ? deadline(f["due"], "the due date of \(what)", c)
            : recurringDeadline(f["due"], "the due date of \(what)", c)
        guard let title, let due else { return nil }
        let (done, doneOccurrences) = doneMarks(f["done"], "'done' of \(what)", recurring: f["every"] != nil, c)
        var kpi: KPI?
        if let node = f["kpi"], let k = c.mapping(node, "the kpi of \(what)", keys: Keys.kpi, required: Keys.kpiRequired) {
            kpi = KPI(metric: c.string(k["metric"], "'metric'") ?? "", target: scalarText(k["target"], c, "'target'"),
                      actual: scalarText(k["actual"], c, "'actual'"), unit: c.string(k["unit"], "'unit'"))
            // A target or actual value wf cannot read would leave the KPI unjudged without a word.
            if let target = kpi?.target, let node = k["target"], KPI.Target.parse(target) == nil {
                c.error(.invalidValue, "the KPI target of \(what) '\(target)' is not a number with an optional comparison",
                        at: node.range, notes: [Diagnostic.Note("write e.g. \">= 80%\", \"≥ 80%\", \"<= 10\", \"> 0\", \"= 100%\" or 90 (at least 90)")])
            }
            if let actual = kpi?.actual, let node = k["actual"], KPI.number(actual) == nil {
                c.error(.invalidValue, "the KPI value reached by \(what) '\(actual)' is not a number",
                        at: node.range, notes: [Diagnostic.Note("write a number or a percentage: 62, 62%, 12,5")])
            }
        }
        return Goal(
            id: id, title: title, due: due.date, duePhrase: due.phrase, start: c.date(f["start"], "the start of \(what)"),
            owner: c.locatedString(f["owner"], "the owner of \(what)"),
            partners: c.stringList(f["partners"], "'partners' of \(what)"),
            after: c.stringList(f["after"], "'after' of \(what)"),
            progress: c.percentage(f["progress"], "the progress of \(what)"),
            done: done, kpi: kpi,
            description: c.string(f["description"], "the description of \(what)"),
            warn: window(f["warn"], "'warn' of \(what)", c), every: every, doneOccurrences: doneOccurrences, range: node.range)
    }

    /// The due day of a recurring task: `20` (day 20 of each period's last month), "trước ngày
    /// 20" or "chậm nhất ngày 20"; the occurrences' dates are worked out when the plan is loaded.
    private static func recurringDeadline(_ node: Node?, _ what: String, _ c: DecodeContext)
        -> (date: Located<PlanDateTime>?, phrase: DeadlinePhrase?)? {
        guard let node else { return nil }
        if let day = ScalarResolver.integer(node) {
            guard (1...31).contains(day) else {
                c.error(.invalidDate, "\(what) is day \(day) of the month; write a day from 1 to 31", at: node.range)
                return nil
            }
            return (nil, DeadlinePhrase(text: "ngày \(day)", meaning: .byDay(day)))
        }
        guard let text = c.string(node, what) else { return nil }
        if let phrase = DeadlinePhrase.parse(text), phrase.isDayOfPeriod { return (nil, phrase) }
        c.error(.invalidDate, "\(what) '\(text)' is not a day of each period; with 'every', write 20 (day 20), \"trước ngày 20\" or \"chậm nhất ngày 20\"",
                at: node.range, notes: [Diagnostic.Note.didYouMean(DeadlinePhrase.suggestion(for: text))].compactMap { $0 })
        return nil
    }

    /// `done:` as `true`/`false`, or for a recurring task a list of finished periods.
    private static func doneMarks(_ node: Node?, _ what: String, recurring: Bool, _ c: DecodeContext) -> (Bool, [Located<String>]) {
        guard let node else { return (false, []) }
        if node.items != nil {
            guard recurring else {
                c.error(.typeMismatch, "\(what) is a list, which only a recurring task (with 'every') may have; write true or false",
                        at: node.range)
                return (false, [])
            }
            return (false, c.list(node, what).compactMap { item in
                ScalarResolver.integer(item).map { Located(String($0), at: item.range) } ?? c.locatedString(item, "a period in \(what)")
            })
        }
        return (c.bool(node, what) ?? false, [])
    }

    /// A deadline: a date, or a phrase ("Quý II/2025", "Thường xuyên"). A phrase's date is
    /// provisional here (a span's last day); the loader resolves it on the plan's calendar.
    /// `ongoing` says whether "Thường xuyên" (no date) is allowed.
    private static func deadline(_ node: Node?, _ what: String, _ c: DecodeContext, ongoing: Bool = true)
        -> (date: Located<PlanDateTime>?, phrase: DeadlinePhrase?)? {
        guard let node, let text = c.string(node, what) else { return nil }
        if let date = PlanDateTime.parse(text) { return (Located(date, at: node.range), nil) }
        guard let phrase = DeadlinePhrase.parse(text) else {
            // A date with a recognisable mistake says what it is; anything else lists the forms.
            if DateAdvice.date(text) != nil {
                c.error(.invalidDate, DecodeContext.invalidDate(text, what), at: node.range, notes: DecodeContext.dateNotes(text))
            } else {
                c.error(.invalidDate, invalidDeadline(text, what), at: node.range,
                        notes: [Diagnostic.Note.didYouMean(DeadlinePhrase.suggestion(for: text))].compactMap { $0 })
            }
            return nil
        }
        if phrase.isDayOfPeriod {
            c.error(.invalidDate, "\(what) '\(text)' names a day but no month: write the whole date, e.g. \"Trước 20/10/2025\"",
                    at: node.range, notes: [Diagnostic.Note("for a task due every month or quarter, add 'every: month' (or quarter, half-year, year)")])
            return nil
        }
        guard let date = phrase.due(on: .none) else {
            guard ongoing else {
                c.error(.invalidDate, "\(what) '\(text)' is not a date; a checkpoint needs one (e.g. \"6 tháng đầu năm 2025\")",
                        at: node.range)
                return nil
            }
            return (nil, phrase)
        }
        return (Located(PlanDateTime(date: date), at: node.range), phrase)
    }

    /// The message for a deadline that is neither a date nor a phrase.
    static func invalidDeadline(_ text: String, _ what: String) -> String {
        "\(what) '\(text)' is not a date or a deadline phrase; write \(DeadlinePhrase.forms)"
    }

    /// A due-soon window: a positive duration in working days, days or weeks.
    private static func window(_ node: Node?, _ what: String, _ c: DecodeContext) -> Located<PlanDuration>? {
        guard let duration = c.duration(node, what) else { return nil }
        switch duration.value.unit {
        case .workingDays, .days, .weeks:
            guard duration.value.amount >= 0 else {
                c.error(.invalidDuration, "\(what) is a window before the due date: write it without '-', e.g. 5wd",
                        at: duration.range)
                return nil
            }
            return duration
        case .hours, .minutes, .seconds:
            c.error(.invalidDuration, "\(what) must be in working days (5wd), days (7d) or weeks (2w)", at: duration.range)
            return nil
        }
    }

    private static func scalarText(_ node: Node?, _ c: DecodeContext, _ what: String) -> String? {
        c.string(node, what)
    }

    private static func decodeEvent(_ node: Node, _ c: DecodeContext) -> Event? {
        guard let f = c.mapping(node, "an event", keys: Keys.event, required: Keys.eventRequired),
              let id = itemID(node, f, "event", c) else { return nil }
        let what = "event '\(id.value)'"
        let title = c.string(f["title"], "the title of \(what)")
        let date = c.date(f["date"], "the date of \(what)")
        let remind = c.list(f["remind"], "'remind' of \(what)").compactMap { c.duration($0, "a reminder of \(what)") }
        let prepare = c.list(f["prepare"], "'prepare' of \(what)").compactMap { decodePrepare($0, c) }
        guard let title, let date else { return nil }
        let end = c.date(f["end"], "the end of \(what)")
        if let end, end.value.date < date.value.date || (end.value.hasTime && date.value.hasTime && end.value <= date.value) {
            c.error(.invalidValue, "\(what) ends \(end.value.date.vietnamese) before it starts (\(date.value.date.vietnamese))",
                    at: end.range, notes: [Diagnostic.Note("the event's date", at: date.range)])
        }
        return Event(
            id: id, title: title, date: date, end: end, owner: c.locatedString(f["owner"], "the owner of \(what)"),
            partners: c.stringList(f["partners"], "'partners' of \(what)"),
            after: c.stringList(f["after"], "'after' of \(what)"), remind: remind, prepare: prepare,
            location: c.string(f["location"], "the location of \(what)"),
            description: c.string(f["description"], "the description of \(what)"), range: node.range)
    }

    private static func decodePrepare(_ node: Node, _ c: DecodeContext) -> PrepareItem? {
        guard let f = c.mapping(node, "a prepare item", keys: Keys.prepare, required: Keys.prepareRequired),
              let id = itemID(node, f, "prepare item", c) else { return nil }
        let what = "prepare item '\(id.value)'"
        let title = c.string(f["title"], "the title of \(what)")
        var due: Located<DueSpec>?
        if let dueNode = f["due"], let text = c.string(dueNode, "the due date of \(what)") {
            if let date = PlanDateTime.parse(text) {
                due = Located(.date(date), at: dueNode.range)
            } else if let offset = PlanDuration.parse(text) {
                due = Located(.relative(offset), at: dueNode.range)
            } else if let phrase = DeadlinePhrase.parse(text), !phrase.isDayOfPeriod, phrase.meaning != .ongoing {
                due = Located(.phrase(phrase), at: dueNode.range)
            } else {
                c.error(.invalidDate,
                        "the due date of \(what) '\(text)' is neither a date (2023-10-01, 01/10/2023), an offset from the event (-10wd, -3d) "
                            + "nor a deadline phrase with a date (\"Trước 15/10/2025\", \"Tháng 9/2025\")",
                        at: dueNode.range,
                        notes: [Diagnostic.Note.didYouMean(DeadlinePhrase.suggestion(for: text))].compactMap { $0 })
            }
        }
        guard let title, let due else { return nil }
        return PrepareItem(
            id: id, title: title, due: due, owner: c.locatedString(f["owner"], "the owner of \(what)"),
            partners: c.stringList(f["partners"], "'partners' of \(what)"),
            after: c.stringList(f["after"], "'after' of \(what)"),
            progress: c.percentage(f["progress"], "the progress of \(what)"),
            done: c.bool(f["done"], "'done' of \(what)") ?? false,
            description: c.string(f["description"], "the description of \(what)"),
            warn: window(f["warn"], "'warn' of \(what)", c), range: node.range)
    }

    private static func decodeCheckpoint(_ node: Node, _ c: DecodeContext) -> Checkpoint? {
        guard let f = c.mapping(node, "a checkpoint", keys: Keys.checkpoint, required: Keys.checkpointRequired),
              let id = itemID(node, f, "checkpoint", c) else { return nil }
        let what = "checkpoint '\(id.value)'"
        let title = c.string(f["title"], "the title of \(what)")
        let written = deadline(f["date"], "the date of \(what)", c, ongoing: false)
        let date = written?.date
        var budget: Budget?
        if let node = f["budget"], let b = c.mapping(node, "the budget of \(what)", keys: Keys.budget) {
            budget = Budget(
                allocated: c.number(b["allocated"], "'allocated'"), spent: c.number(b["spent"], "'spent'"),
                currency: c.string(b["currency"], "'currency'") ?? Budget.defaultCurrency,
                file: c.locatedString(b["file"], "'file'"), name: c.string(b["name"], "'name' of the budget"),
                range: node.range)
            if b["file"] == nil, b["allocated"] == nil {
                c.error(.missingKey, "the budget of \(what) needs 'allocated' (and 'spent'), or a CSV 'file'", at: c.headRange(node))
            }
        }
        let expect = c.percentage(f["expect"], "'expect' of \(what)")
        guard let title, let date, let budget else { return nil }
        return Checkpoint(
            id: id, title: title, date: date, datePhrase: written?.phrase, owner: c.locatedString(f["owner"], "the owner of \(what)"),
            partners: c.stringList(f["partners"], "'partners' of \(what)"),
            after: c.stringList(f["after"], "'after' of \(what)"), budget: budget, expect: expect,
            description: c.string(f["description"], "the description of \(what)"), range: node.range)
    }

    // MARK: - Steps

    private static func decodeStep(_ node: Node, _ c: DecodeContext) -> Step? {
        guard let f = c.mapping(node, "a step", keys: Keys.step, required: Keys.stepRequired),
              let id = itemID(node, f, "step", c) else { return nil }
        let what = "step '\(id.value)'"
        var uses: Located<String>?
        var run: Located<String>?
        switch (f["uses"], f["run"]) {
        case (let usesNode?, nil):
            uses = c.locatedString(usesNode, "'uses' of \(what)")
        case (nil, let runNode?):
            run = c.locatedString(runNode, "the script of \(what)")
            uses = Located("shell", at: f.keyRange("run") ?? runNode.range)
        case (_?, let runNode?):
            c.error(.invalidValue, "\(what) has both 'uses' and 'run'; give one", at: f.keyRange("run") ?? runNode.range)
        case (nil, nil):
            c.error(.missingKey, "\(what) needs 'uses' (a plugin) or 'run' (a shell script)", at: c.headRange(node))
        }
        var retry: Step.Retry?
        if let node = f["retry"] {
            if node.pairs != nil {
                if let r = c.mapping(node, "'retry' of \(what)", keys: Keys.retry, required: Keys.retryRequired) {
                    retry = Step.Retry(attempts: c.integer(r["attempts"], "'attempts'") ?? 1,
                                       backoff: c.duration(r["backoff"], "'backoff'")?.value)
                }
            } else if let attempts = c.integer(node, "'retry' of \(what)") {
                retry = Step.Retry(attempts: attempts)
            }
            if let attempts = retry?.attempts, attempts < 1 || attempts > 100 {
                c.error(.invalidValue, "'retry' attempts must be between 1 and 100", at: node.range)
            }
        }
        let timeout = c.duration(f["timeout"], "the timeout of \(what)")
        if let timeout, timeout.value.amount <= 0 || timeout.value.unit == .workingDays {
            c.error(.invalidDuration, "a timeout must be a positive duration in s, m, h or d", at: timeout.range)
        }
        guard let uses else { return nil }
        return Step(
            id: id, name: c.string(f["name"], "the name of \(what)"), uses: uses, run: run,
            with: entries(f["with"], "'with' of \(what)", c), needs: c.stringList(f["needs"], "'needs' of \(what)"),
            condition: f["if"].flatMap { conditionText($0, c, what) },
            env: entries(f["env"], "'env' of \(what)", c),
            continueOnError: c.bool(f["continue-on-error"], "'continue-on-error' of \(what)") ?? false,
            timeout: timeout, retry: retry, shell: c.string(f["shell"], "'shell' of \(what)"),
            workingDirectory: c.string(f["working-directory"], "'working-directory' of \(what)"), range: node.range)
    }

    /// An `if:` may be written bare (`success()`), as `${{ … }}`, or as true/false.
    private static func conditionText(_ node: Node, _ c: DecodeContext, _ what: String) -> Located<String>? {
        c.locatedString(node, "'if' of \(what)")
    }

    private static func entries(_ node: Node?, _ what: String, _ c: DecodeContext) -> [Step.Entry] {
        guard let node, !node.isNull else { return [] }
        guard let pairs = node.pairs else {
            c.typeMismatch(node, expected: "a mapping", what: what)
            return []
        }
        return pairs.compactMap { pair in
            c.locatedString(pair.key, "a key of \(what)").map { Step.Entry(key: $0, value: pair.value) }
        }
    }
}
