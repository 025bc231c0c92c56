@_exported public import WFCore
@_exported public import WFExpressions
@_exported public import WFCalendar
@_exported public import WFPlanning

/// A built-in action: `uses: NAME`. One declaration drives validation, the schema and the docs.
public protocol Plugin: Sendable {
    /// The `uses:` value.
    static var name: String { get }
    /// One line for `wf plugins`.
    static var summary: String { get }
    static var inputs: [InputSpec] { get }
    static var outputs: [OutputSpec] { get }
    /// True when the plugin may set outputs it does not declare (a script's `$WF_OUTPUT`).
    static var openOutputs: Bool { get }
    /// True when a run takes microseconds and never waits (it reads the planning snapshot and
    /// nothing else): the runner then runs it in place, without a task of its own. A plan's
    /// thousands of goal nodes would otherwise cost more in task switches than in work.
    static var runsInPlace: Bool { get }
    init()
    /// Does the work; throws `PluginError` (or any error) to fail the node.
    /// Side effects go through `invocation.effect(key:summary:_:)` so they happen once and
    /// a dry run only describes them.
    func run(_ invocation: Invocation) async throws -> Outcome
}

extension Plugin {
    public static var openOutputs: Bool { false }
    public static var runsInPlace: Bool { false }

    /// What validation needs to know of this plugin.
    public static var signature: PluginSignature {
        PluginSignature(name: name, summary: summary, inputs: inputs, outputs: outputs, openOutputs: openOutputs)
    }
}

/// What a plugin's run produced.
public struct Outcome: Sendable {
    public var outputs: [String: ExpressionValue]
    /// A short note for the run's summary table ("2 quá hạn, 1 sắp đến hạn").
    public var note: String?
    /// True to mark the node failed without throwing (e.g. `fail_on` matched); `note` says why.
    public var failed: Bool

    public init(outputs: [String: ExpressionValue] = [:], note: String? = nil, failed: Bool = false) {
        self.outputs = outputs
        self.note = note
        self.failed = failed
    }
}

/// A failure with a message meant for the planner, in the run's language.
public struct PluginError: Error, Sendable, CustomStringConvertible {
    public var message: String

    /// A catalog message, written in `language` (a plugin passes `invocation.language`).
    public init(_ message: Message, language: Language) {
        self.message = message.text(language)
    }

    /// Text already written for the planner (plugins outside this repository, tests).
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// The plugins a run can use, by name.
public struct PluginRegistry: Sendable {
    public let types: [any Plugin.Type]

    public init(_ types: [any Plugin.Type]) {
        self.types = types
    }

    public func plugin(named name: String) -> (any Plugin.Type)? {
        types.first { $0.name == name }
    }

    /// The signatures validation checks against.
    public var catalog: PluginCatalog {
        PluginCatalog(types.map { $0.signature })
    }
}
