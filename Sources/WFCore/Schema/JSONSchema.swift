import WFJSON

/// The JSON Schema (draft-07) of the format, for editors' YAML language servers.
/// Generated from `FormatSpec` and the plugins' declared inputs.
public enum JSONSchema {
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
            ("$id", "https://wf.example/schema/wf-1.json"),
            ("title", "wf plan (format v1)"),
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
            properties.append((field.name, withDescription(schema(field.type, plugins: plugins), field.doc)))
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

    static func withDescription(_ schema: JSON, _ doc: String) -> JSON {
        guard case .object(var pairs) = schema else { return schema }
        if pairs.first(where: { $0.0 == "$ref" }) != nil {
            return .object([("allOf", [schema]), ("description", .string(doc))])
        }
        pairs.append(("description", .string(doc)))
        return .object(pairs)
    }

    static func schema(_ type: FormatSpec.FieldType, plugins: PluginCatalog) -> JSON {
        switch type {
        case .string: return .object([("type", "string")])
        case .text: return .object([("type", ["string", "number"])])
        case .integer: return .object([("type", "integer")])
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
            return .object([("oneOf", [.object([("type", "string")]), ref("calendar")])])
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

    /// `if uses == NAME then with: the plugin's inputs`.
    static func stepCondition(_ plugin: PluginSignature) -> JSON {
        var properties: [(String, JSON)] = []
        for input in plugin.inputs {
            var schema = inputSchema(input.type)
            if case .object(var pairs) = schema {
                var doc = input.doc
                if let value = input.defaultValue { doc += " Default: \(value)." }
                pairs.append(("description", .string(doc)))
                schema = .object(pairs)
            }
            properties.append((input.name, schema))
        }
        var with: [(String, JSON)] = [("type", "object"), ("properties", .object(properties)),
                                           ("additionalProperties", false)]
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
        case .number: base = ref("number")
        case .integer: base = .object([("type", "integer")])
        case .boolean: base = .object([("type", "boolean")])
        case .duration: base = ref("duration")
        case .date: base = ref("date")
        case .percentage: base = ref("percentage")
        case .choice(let values): base = .object([("enum", .array(values.map { .string($0) }))])
        case .stringList: base = ref("stringList")
        case .idList: base = ref("idList")
        case .map: base = .object([("type", "object")])
        case .any: return .object([])
        }
        if case .string = type { return base }
        return .object([("anyOf", [base, expression])])
    }
}
