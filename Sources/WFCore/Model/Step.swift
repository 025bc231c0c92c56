public import WFCalendar
public import WFDiagnostics
public import WFYAML

/// An explicit action: a plugin (`uses:`) or a shell script (`run:`).
public struct Step: Sendable {
    /// A `with:` or `env:` entry: a key and its unresolved value.
    public struct Entry: Sendable {
        public var key: Located<String>
        public var value: Node

        public init(key: Located<String>, value: Node) {
            self.key = key
            self.value = value
        }
    }

    /// How often a failed step is tried again.
    public struct Retry: Sendable, Hashable {
        /// Attempts in all, the first included.
        public var attempts: Int
        /// The wait before the second attempt; it doubles after each further failure.
        public var backoff: PlanDuration?

        public init(attempts: Int, backoff: PlanDuration? = nil) {
            self.attempts = attempts
            self.backoff = backoff
        }
    }

    public var id: Located<String>
    public var name: String?
    /// The plugin's name; `shell` for `run:` steps.
    public var uses: Located<String>
    public var run: Located<String>?
    public var with: [Entry]
    public var needs: [Located<String>]
    /// The `if:` condition, with or without `${{ }}`.
    public var condition: Located<String>?
    public var env: [Entry]
    public var continueOnError: Bool
    public var timeout: Located<PlanDuration>?
    public var retry: Retry?
    public var shell: String?
    public var workingDirectory: String?
    public var range: SourceRange

    public init(
        id: Located<String>, name: String? = nil, uses: Located<String>, run: Located<String>? = nil,
        with: [Entry] = [], needs: [Located<String>] = [], condition: Located<String>? = nil,
        env: [Entry] = [], continueOnError: Bool = false, timeout: Located<PlanDuration>? = nil,
        retry: Retry? = nil, shell: String? = nil, workingDirectory: String? = nil, range: SourceRange
    ) {
        self.id = id
        self.name = name
        self.uses = uses
        self.run = run
        self.with = with
        self.needs = needs
        self.condition = condition
        self.env = env
        self.continueOnError = continueOnError
        self.timeout = timeout
        self.retry = retry
        self.shell = shell
        self.workingDirectory = workingDirectory
        self.range = range
    }

    /// The `with:` value for a key.
    public func input(_ key: String) -> Node? {
        with.first { $0.key.value == key }?.value
    }
}
