public import WFLocalization

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

    /// One line on what the rule reports, lower-case, as in the table of the docs, in English
    /// (SARIF's rule descriptors).
    public var summary: String { documentation.summary }

    /// One line on what the rule reports, in both languages.
    public var summaryMessage: Message { documentation.summaryMessage }

    /// The rule's severity as a word: `error` / `lỗi`, `warning` / `cảnh báo`.
    public var severityLabel: Message {
        (defaultSeverity == .error ? DiagnosticText.errorLabel : DiagnosticText.warningLabel).message
    }

    /// The English explanation (SARIF's `help.text`): `explanation(in: .en)`.
    public var explanation: String { explanation(in: .en) }

    /// What a diagnostic of this rule means, why it matters and how to fix it, with a wrong
    /// and a right example: the text `wf explain RULE` prints (without a final newline), in
    /// `language`. The examples are the same in both languages.
    public func explanation(in language: Language) -> String {
        let doc = documentation
        func text(_ message: Message) -> String { message.text(language) }
        func heading(_ entry: ExplainText) -> String { entry.message.text(language) + ":" }
        return """
            \(text(ExplainText.heading(rule: rawValue, severity: severityLabel, summary: doc.summaryMessage)))

            \(text(doc.meaningMessage))

            \(heading(.whyItMatters))
            \(text(doc.whyMessage))

            \(heading(.howToFix))
            \(text(doc.fixMessage))

            \(heading(.wrong))

            \(Self.indented(doc.wrong.code))

            \(heading(.right))

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

/// The documentation of one rule: its text in both languages (from the catalog: `FileRuleText`,
/// `PlanRuleText`), wrapped for a terminal, with `code` in backticks as in Markdown, and its
/// examples, which are the same in both languages.
struct RuleDocumentation: Sendable {
    /// An example: YAML in the wf format unless said otherwise.
    struct Example: Sendable {
        var code: String
        var language: String = "yaml"
    }

    var summaryMessage: Message
    var meaningMessage: Message
    var whyMessage: Message
    var fixMessage: Message
    var wrong: Example
    var right: Example

    init(summary: Message, meaning: Message, why: Message, fix: Message, wrong: Example, right: Example) {
        summaryMessage = summary
        meaningMessage = meaning
        whyMessage = why
        fixMessage = fix
        self.wrong = wrong
        self.right = right
    }

    /// The summary in English, as SARIF's rule descriptors show it.
    var summary: String { summaryMessage.en }
    /// What the rule means, in English, as SARIF's rule descriptors show it.
    var meaning: String { meaningMessage.en }
}
