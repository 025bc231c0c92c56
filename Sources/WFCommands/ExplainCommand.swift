import ArgumentParser
import WFDiagnostics
import WFLocalization
import WFExpressions

/// `wf explain RULE`: what a diagnostic means and how to fix it, in Vietnamese or English.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic rule: what it means, why, and how to fix it.",
        discussion: """
            Rules are the names in brackets at the end of each problem 'wf validate' reports. \
            Without a rule, lists them all. The text is in Vietnamese or English: --lang, else \
            WF_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English.

            Examples:
              wf explain cycle
              wf explain script-injection --lang vi
              wf explain
            """)

    @Argument(help: ArgumentHelp("A rule name, e.g. unknown-reference.", valueName: "rule"))
    var rule: String?

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.preference.general
        guard let name = rule else {
            let width = Rule.allCases.map(\.rawValue.count).max() ?? 0
            for rule in Rule.allCases {
                print(rule.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                    + rule.summaryMessage.text(language))
            }
            return
        }
        guard let rule = Rule(named: name) else {
            let message = closestMatch(to: name, among: Rule.allCases.map(\.rawValue))
                .map { ExplainText.unknownRuleDidYouMean(name: name, suggestion: $0) }
                ?? ExplainText.unknownRule(name: name)
            throw ValidationError(message, language: language)
        }
        print(rule.explanation(in: language))
    }
}
