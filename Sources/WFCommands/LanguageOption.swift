import ArgumentParser
import Foundation
import WFLocalization

/// `--lang vi|en`, shared by every command that prints messages.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Language of messages: vi or en. Default: WF_LANG, else the plan's 'lang:', else the locale (LANG), else en.",
        valueName: "lang"))
    var lang: Language?

    /// The choice before any plan is read: `--lang` and the environment.
    var preference: LanguagePreference {
        LanguagePreference(flag: lang, environment: ProcessInfo.processInfo.environment)
    }
}

extension Language: ExpressibleByArgument {}

extension ValidationError {
    /// A usage error (exit 2) in the chosen language.
    init(_ message: Message, language: Language) {
        self.init(message.text(language))
    }
}
