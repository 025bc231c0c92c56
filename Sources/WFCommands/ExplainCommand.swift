import ArgumentParser
import Foundation
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

    @Option(
        help: ArgumentHelp("The language of the text: vi or en.", valueName: "lang"),
        transform: ExplainCommand.language)
    var lang: Language?

    func run() throws {
        let language = Language.choose(flag: lang, environment: ProcessInfo.processInfo.environment, plan: nil)
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
            throw ValidationError(message.text(language))
        }
        print(rule.explanation(in: language))
    }

    /// `--lang vi` / `--lang en` (also `vi_VN` and the like); anything else is a usage error,
    /// worded in the language the environment asks for.
    static func language(_ code: String) throws -> Language {
        guard let language = Language(code: code) else {
            let wording = Language.choose(flag: nil, environment: ProcessInfo.processInfo.environment, plan: nil)
            throw ValidationError(ExplainText.unknownLanguage.message.text(wording))
        }
        return language
    }
}
