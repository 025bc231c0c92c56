import ArgumentParser
import WFDiagnostics
import WFExpressions

/// `wf explain RULE`: what a diagnostic means and how to fix it.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic rule: what it means, why, and how to fix it.",
        discussion: """
            Rules are the names in brackets at the end of each problem 'wf validate' reports. \
            Without a rule, lists them all.

            Examples:
              wf explain cycle
              wf explain script-injection
              wf explain
            """)

    @Argument(help: ArgumentHelp("A rule name, e.g. unknown-reference.", valueName: "rule"))
    var rule: String?

    func run() throws {
        guard let name = rule else {
            let width = Rule.allCases.map(\.rawValue.count).max() ?? 0
            for rule in Rule.allCases {
                print(rule.rawValue.padding(toLength: width + 2, withPad: " ", startingAt: 0) + rule.summary)
            }
            return
        }
        guard let rule = Rule(rawValue: name) else {
            var message = "unknown rule '\(name)'"
            if let suggestion = closestMatch(to: name, among: Rule.allCases.map(\.rawValue)) {
                message += "; did you mean '\(suggestion)'?"
            }
            throw ValidationError(message + " ('wf explain' lists the rules)")
        }
        print(rule.explanation)
    }
}
