import WFCore
import WFExpressions
import WFJSON
import WFLocalization

/// The completions at a cursor: keys of the mapping it is in (with their docs), plugin names
/// and inputs, ids where an id goes, channel prefixes, and contexts and members inside `${{ }}`.
struct Completion {
    /// LSP `CompletionItemKind`s.
    enum Kind: Int {
        case function = 3, field = 5, module = 9, property = 10, value = 12, keyword = 14, reference = 18, enumMember = 20
    }

    let context: CursorContext
    /// The language of the details: the document's.
    let language: WFLocalization.Language
    let plan: Plan?
    let symbols: SymbolIndex
    let plugins: PluginCatalog
    /// The line of the document at a 0-based index, to find a step's `uses:`.
    let line: (Int) -> String
    let lineCount: Int

    /// A message in the document's language.
    private func words(_ message: Message) -> String { message.text(language) }

    var items: [JSON] {
        if let expression = context.expression { return expressionItems(expression) }
        switch context.slot {
        case .key: return keyItems()
        case .value(let key): return valueItems(key)
        }
    }

    // MARK: - Keys

    private func keyItems() -> [JSON] {
        switch FieldContext.target(of: context.path) {
        case .object(let object)?:
            return FieldContext.fields(object).map { field in
                item(field.name, .property, detail: words(EditorText.details(type: "\(field.type)", required: field.required)),
                     doc: field.doc, insert: field.name + ": ")
            }
        case .inputs?:
            guard let signature = stepPlugin() else { return [] }
            return signature.inputs.filter { $0.deprecated == nil }.map { input in
                item(input.name, .property, detail: words(EditorText.details(type: input.type.description, required: input.required,
                                                                         defaultValue: input.defaultValue)),
                     doc: input.doc, insert: input.name + ": ")
            }
        default:
            return []
        }
    }

    /// The plugin of the step the cursor is in: its `uses:`, or `shell` for a `run:` step.
    private func stepPlugin() -> PluginSignature? {
        guard let start = context.itemLine else { return nil }
        let itemIndent = line(start).prefix { $0 == " " }.count
        var index = start
        while index < lineCount {
            let text = line(index)
            let indent = text.prefix { $0 == " " }.count
            if index > start, indent <= itemIndent, !text.trimmingSpaces().isEmpty { break }
            let content = text.trimmingSpaces().drop { $0 == "-" || $0 == " " }
            if content.hasPrefix("uses:") {
                return plugins[String(content.dropFirst("uses:".count)).trimmingSpaces()]
            }
            if content.hasPrefix("run:") { return plugins["shell"] }
            index += 1
        }
        return nil
    }

    // MARK: - Values

    private func valueItems(_ key: String) -> [JSON] {
        let path = context.path
        if key == "uses", FieldContext.target(of: path) == .object("step") {
            return plugins.names.compactMap { plugins[$0] }.map { item($0.name, .module, detail: $0.summary, doc: nil) }
        }
        if key == "notify" || (key == "to" && FieldContext.target(of: path) == .inputs) {
            return channelItems()
        }
        if FieldContext.target(of: path) == .inputs, let input = stepPlugin()?.input(key) {
            switch input.type {
            case .idList: return idItems([.goal, .prepare, .event, .checkpoint, .step])
            case .choice(let values): return values.map { item($0, .enumMember, detail: nil, doc: input.doc) }
            case .boolean: return ["true", "false"].map { item($0, .keyword, detail: nil, doc: input.doc) }
            default: return []
            }
        }
        switch key {
        case "owner", "partners", "members": return idItems([.owner])
        case "after": return idItems([.goal, .prepare, .event, .checkpoint])
        case "needs": return idItems([.goal, .prepare, .event, .checkpoint, .step])
        case "lang": return Language.allCases.map { item($0.rawValue, .enumMember, detail: nil, doc: nil) }
        case "calendar": return ["vn", "none"].map { item($0, .enumMember, detail: nil, doc: FieldContext.field(at: path + [key])?.doc) }
        case "every": return Recurrence.allCases.map { item($0.rawValue, .enumMember, detail: nil, doc: nil) }
        case "shell": return ["bash", "sh", "python3"].map { item($0, .enumMember, detail: nil, doc: nil) }
        default: break
        }
        if let field = FieldContext.field(at: path + [key]), field.type == .boolean {
            return ["true", "false"].map { item($0, .keyword, detail: nil, doc: field.doc) }
        }
        return []
    }

    private func channelItems() -> [JSON] {
        let schemes = Validator.channelSchemes.map { scheme in
            item(scheme + ":", .value, detail: words(EditorText.channel(scheme)), doc: nil)
        }
        let owners = symbols.ids(of: [.owner]).map { owner in
            item("owner:" + owner.id, .reference, detail: owner.title, doc: nil)
        }
        return schemes + owners
    }

    private func idItems(_ kinds: Set<SymbolIndex.Kind>) -> [JSON] {
        var seen: Set<String> = []
        return symbols.ids(of: kinds).compactMap { definition in
            guard seen.insert(definition.id).inserted else { return nil }
            return item(definition.id, .reference, detail: words(EditorText.idDetail(kind: EditorText.kind(definition.kind.rawValue), title: definition.title)),
                        doc: nil)
        }
    }

    // MARK: - Expressions

    private func expressionItems(_ expression: String) -> [JSON] {
        let chain = String(expression.reversed().prefix { $0.isLetter || $0.isNumber || "_-.".contains($0) }.reversed())
        let parts = chain.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 0, 1:
            return ExpressionScope.contexts.map { item($0, .module, detail: words(EditorText.contextDetail.message), doc: nil) }
                + ExpressionScope.functions.map { item($0.name, .function, detail: words(EditorText.function(arity: $0.arity)), doc: nil) }
        case 2:
            switch parts[0] {
            case "goals": return idItems([.goal, .prepare])
            case "events": return idItems([.event])
            case "checkpoints": return idItems([.checkpoint])
            case "steps": return idItems([.step])
            case "owners": return idItems([.owner])
            case "vars": return (plan?.vars ?? []).map { item($0.name.value, .field, detail: nil, doc: nil) }
            case "secrets": return (plan?.secrets ?? []).map { item($0.value, .field, detail: nil, doc: nil) }
            case "plan": return members(PlanMember.self)
            case "run": return members(RunMember.self)
            default: return []
            }
        case 3:
            switch parts[0] {
            case "goals": return members(GoalMember.self)
            case "events": return members(EventMember.self)
            case "checkpoints": return members(CheckpointMember.self)
            case "owners": return members(OwnerMember.self)
            case "steps": return members(StepMember.self)
            default: return []
            }
        case 4 where parts[0] == "steps" && parts[2] == "outputs":
            guard let step = plan?.steps.first(where: { $0.id.value == parts[1] }), let signature = plugins[step.uses.value] else {
                return []
            }
            return signature.outputs.map { item($0.name, .field, detail: $0.type.description, doc: $0.doc) }
        default:
            return []
        }
    }

    private func members<Member: ExpressionMember>(_ type: Member.Type) -> [JSON] {
        Member.allCases.map { item($0.rawValue, .field, detail: $0.type, doc: $0.doc) }
    }

    // MARK: - Items

    private func item(_ label: String, _ kind: Kind, detail: String?, doc: String?, insert: String? = nil) -> JSON {
        var members: [(String, JSON)] = [("label", .string(label)), ("kind", .int(kind.rawValue))]
        if let detail { members.append(("detail", .string(detail))) }
        if let doc { members.append(("documentation", ["kind": "markdown", "value": .string(doc)])) }
        if let insert { members.append(("insertText", .string(insert))) }
        return .object(members)
    }
}

extension LanguageServer {
    mutating func completion(_ params: JSON) throws(RequestError) -> JSON {
        let uri = try params.documentURI()
        let position = try params.member("position").position()
        guard let document = documents[uri] else { throw RequestError(message: EditorText.notOpen(uri: uri)) }
        // While typing, the last plan that decoded gives the ids: a half-typed line does not
        // make them disappear.
        let current = try analysis(uri).1
        let plan = current.plan ?? lastPlans[uri]
        let symbols = current.plan != nil ? current.symbols : (plan.map(SymbolIndex.init) ?? SymbolIndex())
        let column = document.sourcePosition(position, encoding: encoding).column - 1
        guard let context = CursorContext(lines: { document.line($0) }, line: position.line, column: column) else {
            return ["isIncomplete": false, "items": []]
        }
        let completion = Completion(context: context, language: current.language, plan: plan, symbols: symbols,
                                    plugins: options.plugins, line: { document.line($0) }, lineCount: document.lineCount)
        return ["isIncomplete": false, "items": .array(completion.items)]
    }
}
