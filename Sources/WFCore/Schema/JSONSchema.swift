public import WFJSON

/// The JSON Schema (draft-07) of the format, for editors' YAML language servers.
/// Generated from `FormatSpec` and the plugins' declared inputs: the closed sets of words
/// (`wf`, `uses`, `lang`, `calendar`, `fail_on`…) become `enum`s, usual words of open sets
/// (`shell`, `every`) are offered for completion, every default is a `default`, and every
/// doc is both a `description` and a `markdownDescription` (for hovers).
public enum JSONSchema {
    /// Where the schema is published; its `$id`, and the address `wf init` puts in the
    /// `# yaml-language-server: $schema=…` line of a new plan.
    public static let id = "https://raw.githubusercontent.com/wf-plans/wf/main/docs/wf.schema.json"

    /// The comment line that points YAML language servers at a schema.
    public static func modeline(schema: String = id) -> String {
        "# yaml-language-server: $schema=\(schema)"
    }

    public static func generate(plugins: PluginCatalog) -> JSON {
        var definitions: [(String, JSON)] = []
        for (name, fields) in FormatSpec.objects where name != "plan" {
            definitions.append((name, object(fields, name: name, plugins: plugins)))
        }
        definitions += [
            ("id", .object([("type", "string"), ("pattern", "^[a-z0-9][a-z0-9-]*$"),
                            ("description", "A slug: lower-case ASCII letters, digits and '-'.")])),
            ("idList", .object([("oneOf", [ref("id"), .object([("type", "array"), ("items", ref("id"))])])])),
            ("stringList", .object([("oneOf", [.object([("type", "string")]),
                                                .object([("type", "array"), ("items", .object([("type", "string")]))])])])),
            ("channel", channel()),
            ("channels", .object([("oneOf", [ref("channel"), .object([("type", "array"), ("items", ref("channel"))])])])),
            ("date", .object([("type", "string"),
                              ("pattern", "^(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})([T ]\\d{1,2}:\\d{2})?$"),
                              ("description", "2023-10-10, 10/10/2023, or with a time: 2023-10-10T08:00.")])),
            ("duration", .object([("type", "string"), ("pattern", "^[-+]?\\d+(d|wd|w|h|m|s)$"),
                                  ("description", "14d calendar days, 10wd working days, 2w, 4h, 30m, 45s; '-' means before.")])),
            ("percentage", .object([("type", "string"), ("pattern", "^\\d+(\\.\\d+)?\\s*%$"), ("description", "e.g. 80%.")])),
            ("number", .object([("oneOf", [.object([("type", "number")]),
                                            .object([("type", "string"), ("pattern", "^-?\\d[\\d_]*(\\.\\d+)?$")])])])),
            ("expression", .object([("type", "string"), ("pattern", "\\$\\{\\{.*\\}\\}"),
                                    ("description", "An expression: ${{ … }}.")])),
        ]
        var root: [(String, JSON)] = [
            ("$schema", "http://json-schema.org/draft-07/schema#"),
            ("$id", .string(id)),
            ("title", .string("wf plan (format v\(FormatSpec.version))")),
            ("description", "A department plan workflow: goals, events, budget checkpoints and steps."),
        ]
        if case .object(let planSchema) = object(FormatSpec.top, name: "plan", plugins: plugins) {
            root += planSchema.filter { $0.0 != "description" }
        }
        root.append(("definitions", .object(definitions)))
        return .object(root)
    }

    static func ref(_ name: String) -> JSON { .object([("$ref", .string("#/definitions/\(name)"))]) }

    static func object(_ fields: [FormatSpec.Field], name: String, plugins: PluginCatalog) -> JSON {
        var properties: [(String, JSON)] = []
        for field in fields {
            properties.append((field.name, property(field, plugins: plugins)))
        }
        var result: [(String, JSON)] = [("type", "object"), ("properties", .object(properties))]
        let required = fields.filter(\.required).map { JSON.string($0.name) }
        if !required.isEmpty { result.append(("required", .array(required))) }
        if name == "plan" {
            result.append(("patternProperties", .object([("^x-", .object([]))])))
        }
        result.append(("additionalProperties", false))
        if name == "step" {
            result.append(("oneOf", [.object([("required", ["uses"])]), .object([("required", ["run"])])]))
            result.append(("allOf", .array(plugins.names.compactMap { plugins[$0] }.map { stepCondition($0) })))
        }
        if name == "budget" {
            result.append(("anyOf", [.object([("required", ["allocated"])]), .object([("required", ["file"])])]))
        }
        return .object(result)
    }

    // MARK: - Annotations

    /// A field's schema with its doc, default and words, from the field's one declaration.
    static func property(_ field: FormatSpec.Field, plugins: PluginCatalog) -> JSON {
        var type = field.type
        var defaultValue = field.defaultValue
        if case .pluginInput(let plugin, let input) = field.type, let spec = plugins[plugin]?.input(input) {
            type = .inputType(spec.type)
            defaultValue = defaultValue ?? spec.defaultValue.map { defaultJSON($0, spec.type) }
        }
        return annotated(schema(type, plugins: plugins), doc: field.doc,
                         markdown: markdown(field.doc, words: words(type, plugins: plugins), defaultValue: defaultValue),
                         defaultValue: defaultValue)
    }

    /// `schema` with a description, a Markdown description and a default. A `$ref` cannot
    /// have siblings in draft-07, so it is wrapped in `allOf`.
    static func annotated(_ schema: JSON, doc: String, markdown: String, defaultValue: JSON?) -> JSON {
        guard case .object(var pairs) = schema else { return schema }
        if pairs.contains(where: { $0.0 == "$ref" }) { pairs = [("allOf", [schema])] }
        pairs.append(("description", .string(doc)))
        pairs.append(("markdownDescription", .string(markdown)))
        if let defaultValue { pairs.append(("default", defaultValue)) }
        return .object(pairs)
    }

    /// The words a value may be, for the Markdown description: (closed set?, [(word, what it is)]).
    static func words(_ type: FormatSpec.FieldType, plugins: PluginCatalog) -> (closed: Bool, [(String, String?)])? {
        switch type {
        case .version: return (true, [(String(FormatSpec.version), nil)])
        case .choice(let values): return (true, values.map { ($0, nil) })
        case .suggested(let values): return (false, values.map { ($0, nil) })
        case .plugin: return (true, plugins.names.map { ($0, plugins[$0]?.summary) })
        case .calendar: return (false, FormatSpec.calendarNames.map { ($0, nil) })
        case .channels: return (true, channelPrefixes.map { ($0, nil) })
        case .inputType(let input): return inputWords(input)
        default: return nil
        }
    }

    static func inputWords(_ type: InputType) -> (closed: Bool, [(String, String?)])? {
        switch type {
        case .choice(let values): return (true, values.map { ($0, nil) })
        case .suggested(let values): return (false, values.map { ($0, nil) })
        case .channels: return (true, channelPrefixes.map { ($0, nil) })
        default: return nil
        }
    }

    /// The doc, then the words it may be and its default, as Markdown.
    static func markdown(_ doc: String, words: (closed: Bool, [(String, String?)])?, defaultValue: JSON?) -> String {
        var text = doc
        if let (closed, list) = words, !list.isEmpty {
            if list.contains(where: { $0.1 != nil }) {
                text += "\n\n" + list.map { word, what in "- `\(word)`" + (what.map { ": \($0)" } ?? "") }.joined(separator: "\n")
            } else {
                text += "\n\n" + (closed ? "One of: " : "Usual values: ") + list.map { "`\($0.0)`" }.joined(separator: ", ") + "."
            }
        }
        if let defaultValue {
            let written = defaultValue.stringValue ?? defaultValue.serialized()
            text += "\n\nDefault: `\(written)`."
        }
        return text
    }

    /// A plugin input's default, written as YAML, as the JSON value it stands for.
    static func defaultJSON(_ text: String, _ type: InputType) -> JSON {
        switch type {
        case .boolean where text == "true" || text == "false": return .bool(text == "true")
        case .integer, .number: return Double(text.replacing("_", with: "")).map(JSON.number) ?? .string(text)
        default: return .string(text)
        }
    }

    // MARK: - Types

    static func schema(_ type: FormatSpec.FieldType, plugins: PluginCatalog) -> JSON {
        switch type {
        case .string: return .object([("type", "string")])
        case .text: return .object([("type", ["string", "number"])])
        case .integer: return .object([("type", "integer")])
        case .version: return .object([("type", "integer"), ("enum", [.int(FormatSpec.version)])])
        case .choice(let values): return .object([("type", "string"), ("enum", .array(values.map(JSON.string)))])
        case .suggested(let values): return suggested(values)
        case .plugin: return .object([("type", "string"), ("enum", .array(plugins.names.map(JSON.string)))])
        case .channels: return ref("channels")
        case .pluginInput(let plugin, let input):
            return plugins[plugin]?.input(input).map { inputSchema($0.type) } ?? .object([("type", "string")])
        case .inputType(let input): return inputSchema(input)
        case .number: return ref("number")
        case .boolean: return .object([("type", "boolean")])
        case .date: return ref("date")
        case .duration: return ref("duration")
        case .percentage: return ref("percentage")
        case .id: return ref("id")
        case .idList: return ref("idList")
        case .stringList: return ref("stringList")
        case .dateOrOffset: return .object([("anyOf", [ref("date"), ref("duration"), .object([("type", "string")])])])
        case .deadline: return .object([("anyOf", [ref("date"), .object([("type", ["string", "integer"])])])])
        case .doneMarks:
            return .object([("anyOf", [.object([("type", "boolean")]),
                                       .object([("type", "array"), ("items", .object([("type", ["string", "integer"])]))])])])
        case .period:
            return .object([("oneOf", [
                .object([("type", ["string", "integer"]), ("pattern", "^\\d{4}(-(Q[1-4]|H[12]|\\d{2}))?$")]),
                ref("period"),
            ])])
        case .calendar:
            // A name (vn, none), a YAML file (by its extension or a '/'), or {base, off, work}.
            return .object([("anyOf", [
                .object([("type", "string"), ("enum", .array(FormatSpec.calendarNames.map(JSON.string)))]),
                .object([("type", "string"), ("pattern", "(\\.ya?ml$|/)")]),
                ref("calendar"),
            ])])
        case .scalarMap:
            return .object([("type", "object"), ("additionalProperties", .object([("type", ["string", "number", "boolean"])]))])
        case .owners:
            return .object([("type", "object"), ("propertyNames", ref("id")),
                            ("additionalProperties", .object([("oneOf", [.object([("type", "string")]), ref("owner")])]))])
        case .retry:
            return .object([("oneOf", [.object([("type", "integer"), ("minimum", 1)]), ref("retry")])])
        case .object(let name): return ref(name)
        case .list(let name): return .object([("type", "array"), ("items", ref(name))])
        case .inputs: return .object([("type", "object")])
        }
    }

    /// A string whose usual values an editor offers; any other string is accepted too.
    static func suggested(_ values: [String]) -> JSON {
        .object([("anyOf", [.object([("type", "string"), ("enum", .array(values.map(JSON.string)))]),
                            .object([("type", "string")])])])
    }

    /// One notification channel: `console`, or a known scheme and what follows it; an
    /// expression is checked when it runs.
    static func channel() -> JSON {
        let schemes = FormatSpec.channelSchemes.map { $0 == "http" || $0 == "https" ? $0 + "://" : $0 + ":" }
        let pattern = "^(console$|" + schemes.joined(separator: "|") + ")|\\$\\{\\{"
        return .object([
            ("type", "string"), ("pattern", .string(pattern)),
            ("description", "A channel: console, file:PATH, eml:DIR, mailto:ADDRESS, http(s)://…, owner:ID."),
            ("examples", .array(channelPrefixes.map(JSON.string))),
        ])
    }

    /// How each channel starts, as a planner types it: `console`, `file:`, `https://`…
    static var channelPrefixes: [String] {
        FormatSpec.channelSchemes.map { scheme in
            switch scheme {
            case "console": scheme
            case "http", "https": scheme + "://"
            default: scheme + ":"
            }
        }
    }

    /// `if uses == NAME then with: the plugin's inputs`.
    static func stepCondition(_ plugin: PluginSignature) -> JSON {
        var properties: [(String, JSON)] = []
        for input in plugin.inputs {
            let defaultValue = input.defaultValue.map { defaultJSON($0, input.type) }
            properties.append((input.name, annotated(
                inputSchema(input.type), doc: input.doc + (input.defaultValue.map { " Default: \($0)." } ?? ""),
                markdown: markdown(input.doc, words: inputWords(input.type), defaultValue: defaultValue),
                defaultValue: defaultValue)))
        }
        let doc = "The inputs of plugin '\(plugin.name)': \(plugin.summary)"
        let inputs = plugin.inputs.map { "- `\($0.name)`" + ($0.required ? " (required)" : "") + ": " + $0.doc }
        var with: [(String, JSON)] = [("type", "object"), ("properties", .object(properties)),
                                           ("additionalProperties", false), ("description", .string(doc)),
                                           ("markdownDescription", .string(([doc, ""] + inputs).joined(separator: "\n")))]
        let required = plugin.inputs.filter(\.required).map { JSON.string($0.name) }
        if !required.isEmpty, plugin.name != "shell" { with.append(("required", .array(required))) }
        return .object([
            ("if", .object([("properties", .object([("uses", .object([("const", .string(plugin.name))]))])),
                            ("required", ["uses"])])),
            ("then", .object([("properties", .object([("with", .object(with))]))])),
        ])
    }

    static func inputSchema(_ type: InputType) -> JSON {
        let expression = ref("expression")
        let base: JSON
        switch type {
        case .string: base = .object([("type", "string")])
        case .suggested(let values): return suggested(values)
        case .number: base = ref("number")
        case .integer: base = .object([("type", "integer")])
        case .boolean: base = .object([("type", "boolean")])
        case .duration: base = ref("duration")
        case .date: base = ref("date")
        case .percentage: base = ref("percentage")
        case .choice(let values): base = .object([("enum", .array(values.map { .string($0) }))])
        case .stringList: base = ref("stringList")
        case .channels: return ref("channels")
        case .idList: base = ref("idList")
        case .map: base = .object([("type", "object")])
        case .any: return .object([])
        }
        if case .string = type { return base }
        return .object([("anyOf", [base, expression])])
    }
}
