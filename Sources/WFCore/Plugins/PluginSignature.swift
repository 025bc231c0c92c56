/// The type of a plugin input, used to check `with:` values and to write the JSON Schema.
public enum InputType: Sendable, Hashable {
    case string
    case number
    case integer
    case boolean
    /// `5wd`, `14d`, `30m`…
    case duration
    case date
    /// `80%`
    case percentage
    /// One of a fixed set of strings.
    case choice([String])
    /// A string; these are the usual values an editor offers (others are accepted).
    case suggested([String])
    /// A list of strings (or a single string).
    case stringList
    /// Notification channels (or one): `console`, `file:PATH`, `mailto:ADDRESS`, `owner:ID`…
    case channels
    /// A list of plan item or step ids (or a single id).
    case idList
    /// A mapping of names to scalars.
    case map
    /// Anything.
    case any

    /// A word for messages and docs.
    public var description: String {
        switch self {
        case .string: return "string"
        case .number: return "number"
        case .integer: return "integer"
        case .boolean: return "boolean"
        case .duration: return "duration"
        case .date: return "date"
        case .percentage: return "percentage"
        case .choice(let values): return values.joined(separator: " | ")
        case .suggested(let values): return (values + ["…"]).joined(separator: " | ")
        case .stringList: return "list of strings"
        case .channels: return "list of channels"
        case .idList: return "list of ids"
        case .map: return "mapping"
        case .any: return "any"
        }
    }
}

/// One declared input of a plugin.
public struct InputSpec: Sendable, Hashable {
    public var name: String
    public var type: InputType
    public var required: Bool
    /// The default, as it would be written in YAML.
    public var defaultValue: String?
    public var doc: String
    /// For an input kept only so old plans still validate: what to write instead. Validation
    /// warns where it is used.
    public var deprecated: String?

    public init(_ name: String, _ type: InputType, required: Bool = false, default defaultValue: String? = nil, doc: String,
                deprecated: String? = nil) {
        self.name = name
        self.type = type
        self.required = required
        self.defaultValue = defaultValue
        self.doc = doc
        self.deprecated = deprecated
    }
}

/// One declared output of a plugin.
public struct OutputSpec: Sendable, Hashable {
    public var name: String
    public var type: InputType
    public var doc: String

    public init(_ name: String, _ type: InputType, doc: String) {
        self.name = name
        self.type = type
        self.doc = doc
    }
}

/// What validation knows of a plugin: its name and its declared inputs and outputs.
public struct PluginSignature: Sendable, Hashable {
    public var name: String
    public var summary: String
    public var inputs: [InputSpec]
    public var outputs: [OutputSpec]
    /// True when a step may set outputs not declared (a shell script's `$WF_OUTPUT`).
    public var openOutputs: Bool

    public init(name: String, summary: String, inputs: [InputSpec], outputs: [OutputSpec], openOutputs: Bool = false) {
        self.name = name
        self.summary = summary
        self.inputs = inputs
        self.outputs = outputs
        self.openOutputs = openOutputs
    }

    public func input(_ name: String) -> InputSpec? { inputs.first { $0.name == name } }
}

/// The plugins validation checks `uses:` and `with:` against, by name.
public struct PluginCatalog: Sendable {
    public private(set) var signatures: [String: PluginSignature]
    /// Names in registration order.
    public private(set) var names: [String]

    public init(_ signatures: [PluginSignature] = []) {
        self.signatures = [:]
        self.names = []
        for signature in signatures { add(signature) }
    }

    public mutating func add(_ signature: PluginSignature) {
        if signatures[signature.name] == nil { names.append(signature.name) }
        signatures[signature.name] = signature
    }

    public subscript(name: String) -> PluginSignature? { signatures[name] }
}
