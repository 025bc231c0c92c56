import WFCalendar
import WFJSON

/// The compiled graph as DOT, Mermaid flowchart, Mermaid Gantt chart or JSON.
public enum GraphExport {
    /// Graphviz DOT: prerequisites point to what depends on them; the critical path is bold.
    public static func dot(_ compiled: CompiledPlan) -> String {
        let graph = compiled.graph
        let critical = criticalEdges(graph)
        var out = "digraph \"\(dotEscape(compiled.plan.name))\" {\n"
        out += "  rankdir=LR;\n  node [fontname=\"Times New Roman\", fontsize=11];\n"
        for index in compiled.order + missing(compiled) {
            let node = graph.nodes[index]
            var label = dotEscape(node.title)
            if let date = node.date { label += "\\n" + dotEscape(date.vietnamese) }
            out += "  \"\(dotEscape(node.id))\" [label=\"\(label)\", shape=\(shape(node.kind))"
            if critical.nodes.contains(index) { out += ", penwidth=2" }
            out += "];\n"
        }
        for edge in graph.edges {
            out += "  \"\(dotEscape(graph.nodes[edge.to].id))\" -> \"\(dotEscape(graph.nodes[edge.from].id))\""
            var attributes: [String] = []
            if edge.kind != .after && edge.kind != .needs { attributes.append("style=dashed") }
            if critical.edges.contains([edge.to, edge.from]) { attributes.append("penwidth=2") }
            if !attributes.isEmpty { out += " [\(attributes.joined(separator: ", "))]" }
            out += ";\n"
        }
        return out + "}\n"
    }

    /// A Mermaid flowchart.
    public static func mermaid(_ compiled: CompiledPlan) -> String {
        let graph = compiled.graph
        var out = "flowchart LR\n"
        for index in compiled.order + missing(compiled) {
            let node = graph.nodes[index]
            let label = mermaidText(node.title)
            let (open, close) = mermaidShape(node.kind)
            out += "  \(mermaidID(node.id))\(open)\"\(label)\"\(close)\n"
        }
        for edge in graph.edges {
            let arrow = edge.kind == .after || edge.kind == .needs ? "-->" : "-.->"
            out += "  \(mermaidID(graph.nodes[edge.to].id)) \(arrow) \(mermaidID(graph.nodes[edge.from].id))\n"
        }
        return out
    }

    /// A Mermaid Gantt chart: a section per owner, milestones for events and checkpoints, a bar per
    /// goal and prepare item from its bar start (`CompiledPlan.barStarts()`, the rule the HTML
    /// report's timeline draws with) to the end of its due date. Weekends are shaded
    /// (`excludes weekends`); bars keep their dates, since Mermaid stretches only bars given as
    /// durations.
    public static func gantt(_ compiled: CompiledPlan) -> String {
        let plan = compiled.plan
        let graph = compiled.graph
        var out = "gantt\n  title \(mermaidText(plan.name))\n  dateFormat YYYY-MM-DD\n  axisFormat %d/%m\n  excludes weekends\n"
        let ownerNames = Dictionary(plan.owners.map { ($0.id.value, $0.name) }, uniquingKeysWith: { a, _ in a })
        var sections: [(owner: String?, nodes: [Int])] = []
        for index in compiled.order + missing(compiled) where graph.nodes[index].kind != .step {
            let owner = graph.nodes[index].owner
            if let at = sections.firstIndex(where: { $0.owner == owner }) {
                sections[at].nodes.append(index)
            } else {
                sections.append((owner, [index]))
            }
        }
        let starts = compiled.barStarts()
        // An event of several days is a bar over its span, not a milestone.
        var eventEnds: [String: CivilDate] = [:]
        for event in plan.events {
            if let end = event.end?.value.date, end > event.date.value.date { eventEnds[event.id.value] = end }
        }
        for section in sections {
            let name = section.owner.map { ownerNames[$0] ?? $0 } ?? "Chưa phân công"
            out += "  section \(mermaidText(name))\n"
            for index in section.nodes {
                let node = graph.nodes[index]
                guard let date = node.date else { continue }
                let id = mermaidID(node.id)
                let title = mermaidText(node.title)
                switch node.kind {
                case .event where eventEnds[node.id] != nil:
                    out += "    \(title) :\(id), \(date.iso), \((eventEnds[node.id] ?? date).adding(days: 1).iso)\n"
                case .event, .checkpoint:
                    out += "    \(title) :milestone, \(id), \(date.iso), 0d\n"
                case .goal, .prepare, .step:
                    let start = starts[node.id] ?? date.adding(days: 1 - CompiledPlan.shortBarDays)
                    out += "    \(title) :\(statusTag(plan, node))\(id), \(start.iso), \(date.adding(days: 1).iso)\n"
                }
            }
        }
        return out
    }

    /// The graph as JSON: nodes, edges, order and critical path.
    public static func json(_ compiled: CompiledPlan) -> String {
        let graph = compiled.graph
        let nodes: [JSON] = graph.nodes.enumerated().map { index, node in
            .object([
                ("id", .string(node.id)), ("kind", .string(node.kind.rawValue)), ("title", .string(node.title)),
                ("owner", node.owner.map { .string($0) } ?? .null), ("date", node.date.map { .string($0.iso) } ?? .null),
                ("plugin", .string(node.plugin)), ("parent", node.parent.map { .string($0) } ?? .null),
                ("line", .number(Double(node.range.start.line))),
                ("depends_on", .array(graph.dependencies[index].map { .string(graph.nodes[$0].id) })),
            ])
        }
        let edges: [JSON] = graph.edges.map { edge in
            .object([("from", .string(graph.nodes[edge.from].id)), ("to", .string(graph.nodes[edge.to].id)),
                     ("kind", .string(edge.kind.rawValue))])
        }
        let value: JSON = .object([
            ("name", .string(compiled.plan.name)),
            ("nodes", .array(nodes)), ("edges", .array(edges)),
            ("order", .array(compiled.order.map { .string(graph.nodes[$0].id) })),
            ("critical_path", .array(graph.criticalPath().map { .string(graph.nodes[$0].id) })),
        ])
        return value.serialized(indent: 2) + "\n"
    }

    // MARK: - Helpers

    private static func missing(_ compiled: CompiledPlan) -> [Int] {
        let ordered = Set(compiled.order)
        return compiled.graph.nodes.indices.filter { !ordered.contains($0) }
    }

    private static func criticalEdges(_ graph: PlanGraph) -> (nodes: Set<Int>, edges: Set<[Int]>) {
        let path = graph.criticalPath()
        guard path.count > 1 else { return ([], []) }
        return (Set(path), Set(zip(path, path.dropFirst()).map { [$0, $1] }))
    }

    private static func shape(_ kind: PlanGraph.Kind) -> String {
        switch kind {
        case .goal: return "box"
        case .prepare: return "note"
        case .event: return "ellipse"
        case .checkpoint: return "diamond"
        case .step: return "component"
        }
    }

    private static func mermaidShape(_ kind: PlanGraph.Kind) -> (String, String) {
        switch kind {
        case .goal, .prepare: return ("[", "]")
        case .event: return ("([", "])")
        case .checkpoint: return ("{", "}")
        case .step: return ("[[", "]]")
        }
    }

    private static func statusTag(_ plan: Plan, _ node: PlanGraph.Node) -> String {
        if plan.goals.first(where: { $0.id.value == node.id })?.done == true { return "done, " }
        for event in plan.events where event.prepare.contains(where: { $0.id.value == node.id && $0.done }) {
            return "done, "
        }
        return ""
    }

    /// Text inside a quoted DOT string (an id or a label): a backslash and a quote escaped, a
    /// line break as DOT's `\n`, other control characters as spaces. Without the backslash
    /// escape, `C:\new` would draw as "C:" and "ew" on two lines. `<>{}|` need no escape: no
    /// node is a record shape and no label is HTML-like (`label=<…>`), so they draw as written.
    static func dotEscape(_ text: String) -> String {
        // Most labels have nothing to escape: then they are written as they are.
        guard needsCare(text, ascii: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            case _ where scalar.properties.generalCategory == .control: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Mermaid ids: ASCII letters, digits and '_'.
    static func mermaidID(_ id: String) -> String {
        "n_" + String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    /// Text Mermaid shows as written, in a flowchart's quoted label, a Gantt task name or a
    /// title: every character Mermaid could read as syntax is written as an entity code
    /// (`#quot;`, `#35;`…, which Mermaid decodes when it draws). `#` (entity codes), `;`
    /// (statement end), `:` (a Gantt task's data), `"` (label end), `%` (`%%` comments),
    /// `<` `>` (HTML tags in labels), `` ` `` (Markdown strings); line breaks become spaces.
    /// `&` stays: "TT&TT" is not an entity, and the chart reads as written.
    public static func mermaidText(_ text: String) -> String {
        guard needsCare(text, ascii: { Self.mermaidSyntax.contains($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#", ":", ";", "%", "<", ">", "`": out += "#\(scalar.value);"
            case _ where scalar.properties.generalCategory == .control: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let mermaidSyntax: Set<UInt8> = Set("\"#:;%<>`".utf8)

    /// Whether `text` has a byte `ascii` picks, or may hold a control character: an ASCII
    /// control (below 0x20, 0x7F) or a C1 control (U+0080–U+009F, written 0xC2 0x80–0x9F; any
    /// 0xC2 lead byte counts, which also takes in a few letters, to stay simple).
    private static func needsCare(_ text: String, ascii: (UInt8) -> Bool) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || ascii($0) }
    }
}
