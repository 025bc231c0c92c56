import WFDiagnostics
import WFJSON

// MARK: - Go to definition, find references, the outline

extension LanguageServer {
    mutating func definition(_ params: JSON) throws(RequestError) -> JSON {
        let uri = try params.documentURI()
        let position = try params.member("position").position()
        let (document, analysis) = try analysis(uri)
        let source = document.sourcePosition(position, encoding: encoding)
        guard let (id, _) = analysis.symbols.symbol(at: source), let definition = analysis.symbols.definition(id) else { return .null }
        return document.location(definition.selection, encoding: encoding)
    }

    mutating func references(_ params: JSON) throws(RequestError) -> JSON {
        let uri = try params.documentURI()
        let position = try params.member("position").position()
        let includeDeclaration = params["context"]?["includeDeclaration"]?.boolValue ?? true
        let (document, analysis) = try analysis(uri)
        let source = document.sourcePosition(position, encoding: encoding)
        guard let (id, _) = analysis.symbols.symbol(at: source) else { return .null }
        return .array(analysis.symbols.occurrences(of: id, includeDeclaration: includeDeclaration).map {
            document.location($0, encoding: encoding)
        })
    }

    /// The outline: goals, events (with their prepare items inside), checkpoints and steps,
    /// under one symbol per section.
    mutating func documentSymbols(_ params: JSON) throws(RequestError) -> JSON {
        let uri = try params.documentURI()
        let (document, analysis) = try analysis(uri)
        let definitions = analysis.symbols.definitions
        func symbol(_ definition: SymbolIndex.Definition, children: [JSON]) -> JSON {
            var members: [(String, JSON)] = [
                ("name", .string(definition.id)),
                ("detail", .string(definition.title)),
                ("kind", .int(Self.symbolKind(definition.kind))),
                ("range", document.lspRange(definition.range.covering(definition.selection), encoding: encoding)),
                ("selectionRange", document.lspRange(definition.selection, encoding: encoding)),
            ]
            if !children.isEmpty { members.append(("children", .array(children))) }
            return .object(members)
        }
        var sections: [JSON] = []
        let order: [(String, [SymbolIndex.Kind])] = [
            ("owners", [.owner]), ("goals", [.goal]), ("events", [.event]), ("checkpoints", [.checkpoint]), ("steps", [.step]),
        ]
        for (key, kinds) in order {
            let members = definitions.filter { kinds.contains($0.kind) }
            guard !members.isEmpty, let node = analysis.root?[key] else { continue }
            let children = members.map { definition in
                symbol(definition, children: definition.kind == .event
                    ? definitions.filter { $0.kind == .prepare && $0.parent == definition.id }.map { symbol($0, children: []) }
                    : [])
            }
            let keyRange = analysis.root?.pairs?.first { $0.key.scalar?.text == key }?.key.range ?? node.range
            sections.append([
                "name": .string(key), "kind": 2,
                "range": document.lspRange(keyRange.covering(node.range), encoding: encoding),
                "selectionRange": document.lspRange(keyRange, encoding: encoding),
                "children": .array(children),
            ])
        }
        return .array(sections)
    }

    /// LSP `SymbolKind`s: owners are classes, goals and prepare items functions, events and
    /// checkpoints events, steps methods.
    static func symbolKind(_ kind: SymbolIndex.Kind) -> Int {
        switch kind {
        case .owner: 5
        case .goal, .prepare: 12
        case .event, .checkpoint: 24
        case .step: 6
        }
    }
}

extension SourceRange {
    /// The smallest range holding both.
    func covering(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
