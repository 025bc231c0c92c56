import WFCalendar
import WFCore
import WFDiagnostics
import WFJSON
import WFLocalization
import WFPlanning

/// What hover shows at a cursor: the explanation of a diagnostic's rule; a key's doc; a
/// plugin's doc and inputs on `uses:`; an item's title, owner, due date and status as of
/// today on its id; the date a date, phrase or duration resolves to.
struct Hover {
    let analysis: Analysis
    let plugins: PluginCatalog
    let asOf: CivilDate

    /// The language of the texts: the document's (`--lang`, `WF_LANG`, the plan's `lang:`, the locale).
    private var language: WFLocalization.Language { analysis.language }

    /// A message in the document's language.
    private func words(_ message: Message) -> String { message.text(language) }

    /// Markdown sections for the cursor at `position`, and the range they are about.
    func sections(at position: SourcePosition) -> (sections: [String], range: SourceRange?) {
        var sections: [String] = []
        var range: SourceRange?
        var rules: [Rule] = []
        for diagnostic in analysis.diagnostics where diagnostic.range.contains(position) && !rules.contains(diagnostic.rule) {
            rules.append(diagnostic.rule)
            sections.append(diagnostic.rule.markdownSection(headingLevel: 3))
            range = range ?? diagnostic.range
        }
        if let (id, idRange) = analysis.symbols.symbol(at: position), let text = item(id) {
            return (sections + [text], idRange)
        }
        guard let root = analysis.root, let location = NodeLocation.locate(position, in: root) else { return (sections, range) }
        if location.isKey {
            if let text = keyDoc(location.path) { sections.append(text) }
        } else if location.path.last == "uses", let name = location.node.scalar?.text, let signature = plugins[name] {
            sections.append(pluginDoc(signature))
        } else if let text = dateDoc(location) {
            sections.append(text)
        }
        return (sections, range ?? location.node.range)
    }

    // MARK: - Keys and plugins

    private func keyDoc(_ path: [String]) -> String? {
        if let field = FieldContext.field(at: path) {
            return words(EditorText.keyHover(name: field.name, details: EditorText.details(type: "\(field.type)", required: field.required),
                                             doc: field.doc))
        }
        return nil
    }

    private func pluginDoc(_ signature: PluginSignature) -> String {
        words(EditorText.plugin(
            name: signature.name, summary: signature.summary,
            inputs: signature.inputs.filter { $0.deprecated == nil }.map {
                (name: $0.name, type: $0.type.description, required: $0.required, defaultValue: $0.defaultValue, doc: $0.doc)
            },
            outputs: signature.outputs.map { (name: $0.name, type: $0.type.description, doc: $0.doc) }))
    }

    // MARK: - Ids

    /// An id's title, owner, dates and status as of the date.
    private func item(_ id: String) -> String? {
        guard let definition = analysis.symbols.definition(id), let plan = analysis.plan else { return nil }
        let wording = PlanWording(lang: plan.lang)
        let dates = DateWording(lang: plan.lang)
        let snapshot = analysis.snapshot(asOf: asOf)
        var lines: [Message] = []
        func fact(_ label: Message, _ value: String) { lines.append(EditorText.fact(label: label, value: value)) }
        func statusFact(_ value: Message) { lines.append(EditorText.fact(label: EditorText.statusLabel(date: dates.short(asOf)), value: value)) }
        func owner(_ id: String?) {
            guard let id else { return }
            let name = plan.owners.first { $0.id.value == id }?.name
            fact(EditorText.ownerLabel.message, name.map { "\(id) — \($0)" } ?? id)
        }
        switch definition.kind {
        case .goal, .prepare:
            if let status = snapshot?.item(id) {
                owner(status.owner)
                fact(EditorText.dueLabel.message, wording.deadline(status))
                statusFact(.verbatim(wording.status(status)))
            } else if let goal = plan.goals.first(where: { $0.id.value == id }) {
                owner(goal.owner?.value)
                if let due = goal.due?.value { fact(EditorText.dueLabel.message, dates.short(due.date)) }
                statusFact(EditorText.statusNeedsValidPlan.message)
            }
        case .event:
            if let event = plan.events.first(where: { $0.id.value == id }) {
                owner(event.owner?.value)
                fact(EditorText.dateLabel.message, dates.long(event.date.value))
            }
            if let status = snapshot?.event(id) {
                statusFact(.verbatim(wording.state(status.state)))
            }
        case .checkpoint:
            if let checkpoint = plan.checkpoints.first(where: { $0.id.value == id }) {
                owner(checkpoint.owner?.value)
                fact(EditorText.dateLabel.message, dates.long(checkpoint.date.value))
            }
            if let budget = snapshot?.checkpoint(id)?.budget {
                fact(EditorText.budgetLabel(date: dates.short(asOf)), wording.line(budget))
            }
        case .step:
            if let step = plan.steps.first(where: { $0.id.value == id }) {
                fact(EditorText.pluginLabel.message, step.uses.value)
            }
        case .owner:
            if let unit = plan.owners.first(where: { $0.id.value == id }) {
                if let head = unit.head { fact(EditorText.headLabel.message, head) }
                if !unit.notify.isEmpty { fact(EditorText.notifyLabel.message, unit.notify.map(\.value).joined(separator: ", ")) }
            }
        }
        let head = EditorText.itemHover(title: definition.title, kind: EditorText.kind(definition.kind.rawValue), id: id)
        return words(Message.list([head] + lines, separator: "\n\n"))
    }

    // MARK: - Dates

    private static let dateKeys: Set<String> = ["due", "date", "start", "end", "off", "work"]
    private static let durationKeys: Set<String> = ["remind", "warn", "timeout", "backoff"]

    /// The date a date, deadline phrase or duration stands for.
    private func dateDoc(_ location: NodeLocation) -> String? {
        guard let text = location.node.scalar?.text, let plan = analysis.plan else { return nil }
        let key = location.path.last == "-" ? location.path.dropLast().last : location.path.last
        guard let key else { return nil }
        let dates = DateWording(lang: plan.lang)
        let calendar = analysis.loaded.compiled?.calendar ?? .vn
        func describe(_ date: CivilDate) -> String {
            var text = dates.long(date)
            if let holiday = calendar.holiday(on: date) {
                text += " — " + words(EditorText.holiday(name: holiday.name))
            } else if !calendar.isWorkingDay(date) {
                text += " — " + words(EditorText.dayOff.message)
            }
            return text
        }
        let itemID = location.sibling("id")
        if Self.dateKeys.contains(key) {
            // A prepare item's due date comes from its event; a goal's phrase is resolved already.
            if key == "due", let itemID, let due = analysis.snapshot(asOf: asOf)?.item(itemID)?.due {
                return words(EditorText.resolvedDate(text: text, date: describe(due)))
            }
            if let date = PlanDateTime.parse(text) {
                return words(EditorText.resolvedDate(text: text, date: date.hasTime ? dates.long(date) : describe(date.date)))
            }
            if let phrase = DeadlinePhrase.parse(text) {
                guard let due = phrase.due(on: calendar) else { return words(EditorText.phraseWithoutDate(text: text)) }
                return words(EditorText.resolvedDate(text: text, date: describe(due)))
            }
            return nil
        }
        guard Self.durationKeys.contains(key), let duration = PlanDuration.parse(text) else { return nil }
        var result = words(EditorText.duration(text: text, words: dates.duration(duration)))
        if key == "remind", let eventID = itemID, let event = plan.events.first(where: { $0.id.value == eventID }) {
            let magnitude = PlanDuration(amount: -abs(duration.amount), unit: duration.unit)
            result += "\n\n" + words(EditorText.reminderDate(date: describe(calendar.offset(event.date.value.date, by: magnitude))))
        }
        return result
    }
}

extension LanguageServer {
    mutating func hover(_ params: JSON) throws(RequestError) -> JSON {
        let uri = try params.documentURI()
        let position = try params.member("position").position()
        let (document, analysis) = try analysis(uri)
        let hover = Hover(analysis: analysis, plugins: options.plugins, asOf: asOf ?? analysis.today)
        let (sections, range) = hover.sections(at: document.sourcePosition(position, encoding: encoding))
        guard !sections.isEmpty else { return .null }
        var result: [(String, JSON)] = [("contents", ["kind": "markdown", "value": .string(sections.joined(separator: "\n\n---\n\n"))])]
        if let range { result.append(("range", document.lspRange(range, encoding: encoding))) }
        return .object(result)
    }
}
