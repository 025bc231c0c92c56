// MARK: - What each rule means, for `wf explain` and the docs

extension Rule {
    /// The severity the rule's diagnostics have: warnings for `out-of-period`,
    /// `schedule-conflict` and `non-working-day` (a plan may mean them), errors for everything else.
    public var defaultSeverity: Severity {
        switch self {
        case .outOfPeriod, .scheduleConflict, .nonWorkingDay: .warning
        default: .error
        }
    }

    /// One line on what the rule reports, lower-case, as in the table of the docs.
    public var summary: String { documentation.summary }

    /// What a diagnostic of this rule means, why it matters and how to fix it, with a wrong
    /// and a right example: the text `wf explain RULE` prints (without a final newline).
    public var explanation: String {
        let doc = documentation
        return """
            \(rawValue) (\(defaultSeverity.rawValue)): \(doc.summary)

            \(doc.meaning)

            Why it matters:
            \(doc.why)

            How to fix it:
            \(doc.fix)

            Wrong:

            \(Self.indented(doc.wrong.code))

            Right:

            \(Self.indented(doc.right.code))
            """
    }

    /// The address of the rule's section in the diagnostics reference.
    public var helpURL: String { "\(Rule.referenceURL)#\(rawValue)" }

    /// Where the diagnostics reference (`docs/diagnostics.md`) is published.
    public static let referenceURL = "\(projectURL)/blob/main/docs/diagnostics.md"

    /// The project's home page, as SARIF's `informationUri`.
    public static let projectURL = "https://github.com/wf-plans/wf"

    /// Finds a rule by its name as written in brackets, `# wf-ignore:` or `wf explain`.
    public init?(named name: some StringProtocol) {
        self.init(rawValue: name.trimmingWhitespace().lowercased())
    }

    /// The text of the rule's documentation.
    var documentation: RuleDocumentation {
        switch self {
        case .yamlSyntax: RuleDocumentation.yamlSyntax
        case .yamlDuplicateKey: RuleDocumentation.yamlDuplicateKey
        case .yamlLimit: RuleDocumentation.yamlLimit
        case .version: RuleDocumentation.version
        case .unknownKey: RuleDocumentation.unknownKey
        case .missingKey: RuleDocumentation.missingKey
        case .typeMismatch: RuleDocumentation.typeMismatch
        case .invalidValue: RuleDocumentation.invalidValue
        case .invalidID: RuleDocumentation.invalidID
        case .duplicateID: RuleDocumentation.duplicateID
        case .unknownReference: RuleDocumentation.unknownReference
        case .cycle: RuleDocumentation.cycle
        case .invalidDate: RuleDocumentation.invalidDate
        case .invalidDuration: RuleDocumentation.invalidDuration
        case .outOfPeriod: RuleDocumentation.outOfPeriod
        case .scheduleConflict: RuleDocumentation.scheduleConflict
        case .nonWorkingDay: RuleDocumentation.nonWorkingDay
        case .unknownPlugin: RuleDocumentation.unknownPlugin
        case .pluginInput: RuleDocumentation.pluginInput
        case .expression: RuleDocumentation.expression
        case .scriptInjection: RuleDocumentation.scriptInjection
        case .undeclaredSecret: RuleDocumentation.undeclaredSecret
        case .io: RuleDocumentation.io
        }
    }

    private static func indented(_ code: String) -> String {
        code.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }
            .joined(separator: "\n")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}

/// The documentation of one rule: plain text, wrapped for a terminal, with `code` in
/// backticks as in Markdown.
struct RuleDocumentation: Sendable {
    /// An example: YAML in the wf format unless said otherwise.
    struct Example: Sendable {
        var code: String
        var language: String = "yaml"
    }

    var summary: String
    var meaning: String
    var why: String
    var fix: String
    var wrong: Example
    var right: Example
}
