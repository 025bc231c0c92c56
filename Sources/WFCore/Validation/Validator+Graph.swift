import WFCalendar
import WFDiagnostics
import WFExpressions

// MARK: - Nodes, edges, cycles

extension ValidationPass {
    mutating func addNode(_ id: Located<String>, _ node: PlanGraph.Node, kind: SubjectText) {
        guard checkID(id, kind) else { return }
        if let existing = graph.index(of: id.value) {
            let first = graph.nodes[existing]
            error(.duplicateID, ValidationText.duplicateID(id: id.value, kind: first.kind.subject.message, title: first.title),
                  at: id.range, notes: [Diagnostic.Note(ValidationText.firstUsedHere.message, at: first.range)])
            return
        }
        graph.add(node)
    }

    mutating func addNodes() {
        graph.reserveCapacity(plan.goals.count + plan.checkpoints.count + plan.steps.count
                              + plan.events.reduce(0) { $0 + 1 + $1.prepare.count })
        // By index, field by field: `for goal in plan.goals` copies each whole goal, and a
        // plan may hold 100,000 of them.
        for i in plan.goals.indices {
            let id = plan.goals[i].id, owner = plan.goals[i].owner
            checkUnits(owner: owner, partners: plan.goals[i].partners)
            addNode(id, PlanGraph.Node(id: id.value, kind: .goal, title: plan.goals[i].title, owner: owner?.value,
                                       date: plan.goals[i].due?.value.date, plugin: "deadline", range: id.range), kind: .goalKind)
        }
        for event in plan.events {
            checkUnits(owner: event.owner, partners: event.partners)
            addNode(event.id, PlanGraph.Node(id: event.id.value, kind: .event, title: event.title, owner: event.owner?.value,
                                             date: event.date.value.date, plugin: "notify", range: event.id.range), kind: .eventKind)
            for item in event.prepare {
                checkUnits(owner: item.owner, partners: item.partners)
                let due: CivilDate
                switch item.due.value {
                case .date(let date): due = date.date
                case .relative(let offset):
                    if offset.amount > 0 {
                        warning(.scheduleConflict, ValidationText.offsetAfterEvent(id: item.id.value, offset: offset.words),
                                at: item.due.range)
                    }
                    due = calendar.offset(event.date.value.date, by: offset)
                case .phrase(let phrase):
                    due = phrase.due(on: calendar) ?? event.date.value.date
                }
                prepareDue[item.id.value] = due
                addNode(item.id, PlanGraph.Node(id: item.id.value, kind: .prepare, title: item.title,
                                                owner: (item.owner ?? event.owner)?.value, date: due, plugin: "deadline",
                                                parent: event.id.value, range: item.id.range), kind: .prepareKind)
            }
        }
        for checkpoint in plan.checkpoints {
            checkUnits(owner: checkpoint.owner, partners: checkpoint.partners)
            addNode(checkpoint.id, PlanGraph.Node(id: checkpoint.id.value, kind: .checkpoint, title: checkpoint.title,
                                                  owner: checkpoint.owner?.value, date: checkpoint.date.value.date,
                                                  plugin: "budget", range: checkpoint.id.range), kind: .checkpointKind)
        }
        for step in plan.steps {
            addNode(step.id, PlanGraph.Node(id: step.id.value, kind: .step, title: step.name ?? step.id.value,
                                            plugin: step.uses.value, range: step.id.range), kind: .stepKind)
        }
    }

    /// Resolves a reference to a node, reporting an unknown id with a suggestion.
    mutating func resolve(_ reference: Located<String>, from: @autoclosure () -> Message, verb: ReferenceVerb) -> Int? {
        if let index = graph.index(of: reference.value) { return index }
        // `after: b, c` is one text to YAML: a list needs brackets.
        let parts = reference.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count > 1, parts.allSatisfy({ graph.index(of: $0) != nil }) {
            error(.unknownReference, verb.oneID(from(), reference.value), at: reference.range,
                  notes: [Diagnostic.Note(ValidationText.writeInBrackets(ids: parts.joined(separator: ", ")))])
            return nil
        }
        error(.unknownReference, verb.unknown(from(), reference.value), at: reference.range,
              notes: [Diagnostic.Note.didYouMean(closestID(to: reference.value))].compactMap { $0 })
        return nil
    }

    /// The graph's id closest to `name`, from an index built once per plan rather than a
    /// scan of every id per unknown reference.
    mutating func closestID(to name: String) -> String? {
        if let index = idSuggestions { return index.closestMatch(to: name) }
        let index = SuggestionIndex(graph.ids)
        idSuggestions = index
        return index.closestMatch(to: name)
    }

    mutating func connect(_ id: Located<String>, to references: [Located<String>], kind: PlanGraph.EdgeKind) {
        guard !references.isEmpty, let from = graph.index(of: id.value), graph.nodes[from].range == id.range else { return }
        let verb: ReferenceVerb = kind == .needs ? .needs : .after
        for reference in references {
            // The node's name is read only when the id is not found: a copy of the node per
            // edge is a retain and release of each of its strings, tens of thousands in a large plan.
            var to = graph.index(of: reference.value)
            if to == nil {
                let name = graph.nodes[from].subjectName
                to = resolve(reference, from: name, verb: verb)
            }
            guard let to else { continue }
            graph.connect(from, dependsOn: to, kind: kind, at: reference.range)
        }
    }

    mutating func addEdges() {
        for i in plan.goals.indices {
            let id = plan.goals[i].id
            connect(id, to: plan.goals[i].after, kind: .after)
        }
        for event in plan.events {
            connect(event.id, to: event.after, kind: .after)
            for item in event.prepare {
                connect(item.id, to: item.after, kind: .after)
                if let from = graph.index(of: event.id.value), let to = graph.index(of: item.id.value),
                   graph.nodes[to].range == item.id.range {
                    graph.connect(from, dependsOn: to, kind: .prepare, at: item.id.range)
                }
            }
        }
        for checkpoint in plan.checkpoints {
            connect(checkpoint.id, to: checkpoint.after, kind: .after)
        }
        for step in plan.steps { connect(step.id, to: step.needs, kind: .needs) }
    }

    mutating func checkCycles() {
        for cycle in graph.cycles() {
            guard let first = cycle.first else { continue }
            let names = cycle.map { graph.nodes[$0.from].id } + [graph.nodes[first.from].id]
            let notes = cycle.map { edge in
                Diagnostic.Note(edge.kind.note(from: graph.nodes[edge.from].id, to: graph.nodes[edge.to].id), at: edge.range)
            }
            error(.cycle, ValidationText.cycle(ids: names.joined(separator: " → ")), at: first.range, notes: notes)
        }
    }
}

extension PlanGraph.EdgeKind {
    /// `'b' comes after 'a'` / `'b' làm sau 'a'`: one link of a cycle.
    func note(from: String, to: String) -> Message {
        switch self {
        case .after: ValidationText.edgeAfter(from: from, to: to)
        case .needs: ValidationText.edgeNeeds(from: from, to: to)
        case .prepare: ValidationText.edgePrepare(from: from, to: to)
        case .expression: ValidationText.edgeExpression(from: from, to: to)
        }
    }
}

/// How an item refers to another, for the message when the other is not found.
enum ReferenceVerb {
    /// `after:`
    case after
    /// A step's `needs:`
    case needs
    /// An id list given to a plugin (`targets: [...]`)
    case names

    /// `goal 'b' comes after unknown id 'x'`.
    func unknown(_ subject: Message, _ id: String) -> Message {
        switch self {
        case .after: ValidationText.afterUnknown(subject: subject, id: id)
        case .needs: ValidationText.needsUnknown(subject: subject, id: id)
        case .names: ValidationText.namesUnknown(subject: subject, id: id)
        }
    }

    /// `goal 'b' comes after 'a, c', which YAML reads as one id, not a list`.
    func oneID(_ subject: Message, _ text: String) -> Message {
        switch self {
        case .after: ValidationText.afterOneID(subject: subject, text: text)
        case .needs: ValidationText.needsOneID(subject: subject, text: text)
        case .names: ValidationText.namesOneID(subject: subject, text: text)
        }
    }
}
