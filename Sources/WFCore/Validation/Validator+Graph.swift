import WFCalendar
import WFDiagnostics
import WFExpressions

// MARK: - Nodes, edges, cycles

extension ValidationPass {
    mutating func addNode(_ id: Located<String>, _ node: PlanGraph.Node, kind: String) {
        guard checkID(id, kind) else { return }
        if let existing = graph.index(of: id.value) {
            let first = graph.nodes[existing]
            error(.duplicateID, "id '\(id.value)' is already used by \(first.kind.rawValue) '\(first.title)'",
                  at: id.range, notes: [Diagnostic.Note("first used here", at: first.range)])
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
                                       date: plan.goals[i].due?.value.date, plugin: "deadline", range: id.range), kind: "goal")
        }
        for event in plan.events {
            checkUnits(owner: event.owner, partners: event.partners)
            addNode(event.id, PlanGraph.Node(id: event.id.value, kind: .event, title: event.title, owner: event.owner?.value,
                                             date: event.date.value.date, plugin: "notify", range: event.id.range), kind: "event")
            for item in event.prepare {
                checkUnits(owner: item.owner, partners: item.partners)
                let due: CivilDate
                switch item.due.value {
                case .date(let date): due = date.date
                case .relative(let offset):
                    if offset.amount > 0 {
                        warning(.scheduleConflict,
                                "prepare item '\(item.id.value)' is due \(offset) after its event; an offset before the event starts with '-'",
                                at: item.due.range)
                    }
                    due = calendar.offset(event.date.value.date, by: offset)
                case .phrase(let phrase):
                    due = phrase.due(on: calendar) ?? event.date.value.date
                }
                prepareDue[item.id.value] = due
                addNode(item.id, PlanGraph.Node(id: item.id.value, kind: .prepare, title: item.title,
                                                owner: (item.owner ?? event.owner)?.value, date: due, plugin: "deadline",
                                                parent: event.id.value, range: item.id.range), kind: "prepare item")
            }
        }
        for checkpoint in plan.checkpoints {
            checkUnits(owner: checkpoint.owner, partners: checkpoint.partners)
            addNode(checkpoint.id, PlanGraph.Node(id: checkpoint.id.value, kind: .checkpoint, title: checkpoint.title,
                                                  owner: checkpoint.owner?.value, date: checkpoint.date.value.date,
                                                  plugin: "budget", range: checkpoint.id.range), kind: "checkpoint")
        }
        for step in plan.steps {
            addNode(step.id, PlanGraph.Node(id: step.id.value, kind: .step, title: step.name ?? step.id.value,
                                            plugin: step.uses.value, range: step.id.range), kind: "step")
        }
    }

    /// Resolves a reference to a node, reporting an unknown id with a suggestion.
    mutating func resolve(_ reference: Located<String>, from: @autoclosure () -> String, verb: String) -> Int? {
        if let index = graph.index(of: reference.value) { return index }
        // `after: b, c` is one text to YAML: a list needs brackets.
        let parts = reference.value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count > 1, parts.allSatisfy({ graph.index(of: $0) != nil }) {
            error(.unknownReference, "\(from()) \(verb) '\(reference.value)', which YAML reads as one id, not a list",
                  at: reference.range, notes: [Diagnostic.Note("write the list in brackets: [\(parts.joined(separator: ", "))]")])
            return nil
        }
        error(.unknownReference, "\(from()) \(verb) unknown id '\(reference.value)'", at: reference.range,
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

    mutating func connect(_ id: Located<String>, to references: [Located<String>], kind: PlanGraph.EdgeKind,
                          what: @autoclosure () -> String) {
        guard !references.isEmpty, let from = graph.index(of: id.value), graph.nodes[from].range == id.range else { return }
        let verb = kind == .needs ? "needs" : "comes after"
        for reference in references {
            guard let to = resolve(reference, from: what(), verb: verb) else { continue }
            graph.connect(from, dependsOn: to, kind: kind, at: reference.range)
        }
    }

    mutating func addEdges() {
        for i in plan.goals.indices {
            let id = plan.goals[i].id
            connect(id, to: plan.goals[i].after, kind: .after, what: "goal '\(id.value)'")
        }
        for event in plan.events {
            connect(event.id, to: event.after, kind: .after, what: "event '\(event.id.value)'")
            for item in event.prepare {
                connect(item.id, to: item.after, kind: .after, what: "prepare item '\(item.id.value)'")
                if let from = graph.index(of: event.id.value), let to = graph.index(of: item.id.value),
                   graph.nodes[to].range == item.id.range {
                    graph.connect(from, dependsOn: to, kind: .prepare, at: item.id.range)
                }
            }
        }
        for checkpoint in plan.checkpoints {
            connect(checkpoint.id, to: checkpoint.after, kind: .after, what: "checkpoint '\(checkpoint.id.value)'")
        }
        for step in plan.steps { connect(step.id, to: step.needs, kind: .needs, what: "step '\(step.id.value)'") }
    }

    mutating func checkCycles() {
        for cycle in graph.cycles() {
            guard let first = cycle.first else { continue }
            let names = cycle.map { graph.nodes[$0.from].id } + [graph.nodes[first.from].id]
            let notes = cycle.map { edge in
                Diagnostic.Note("'\(graph.nodes[edge.from].id)' \(edge.kind.verb) '\(graph.nodes[edge.to].id)'", at: edge.range)
            }
            error(.cycle, "dependency cycle: \(names.joined(separator: " → "))", at: first.range, notes: notes)
        }
    }
}

extension PlanGraph.EdgeKind {
    var verb: String {
        switch self {
        case .after: return "comes after"
        case .needs: return "needs"
        case .prepare: return "is prepared by"
        case .expression: return "uses the outputs of"
        }
    }
}
