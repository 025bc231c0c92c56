/// The two languages wf speaks. Vietnamese is the planners' own; English is the default when
/// nothing asks for Vietnamese.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case vi, en

    /// The language of the documents and reminders of a plan without `lang:` (messages about
    /// it follow `choose`, where English is the last resort).
    public static let `default` = Language.vi
}

extension Language {
    /// The language a message is written in, in this order of precedence:
    ///
    /// 1. `--lang` on the command line (`flag`);
    /// 2. the `WF_LANG` environment variable;
    /// 3. for a message about one plan, the `lang:` the plan declares (`plan`);
    /// 4. the locale: the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG` (`vi_VN.UTF-8`,
    ///    `vi` → Vietnamese; anything else → English);
    /// 5. English.
    ///
    /// A `WF_LANG` that names no language is ignored, like an unknown locale.
    public static func choose(flag: Language?, environment: [String: String], plan: Language?) -> Language {
        if let flag { return flag }
        if let fixed = fixed(environment: environment) { return fixed }
        if let plan { return plan }
        return locale(environment: environment) ?? .en
    }

    /// The language fixed for every message by `WF_LANG`, or nil when it is not set (or names
    /// no language).
    public static func fixed(environment: [String: String]) -> Language? {
        environment["WF_LANG"].flatMap(Language.init(code:))
    }

    /// The language of the user's locale, or nil when no locale variable is set.
    public static func locale(environment: [String: String]) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("vi") ? .vi : .en
        }
        return nil
    }

    /// `vi`, `VI`, `vi_VN.UTF-8`, `vi-VN` → Vietnamese; `en`, `en_US` → English; else nil.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower == "vi" || lower.hasPrefix("vi_") || lower.hasPrefix("vi-") || lower.hasPrefix("vi.") {
            self = .vi
        } else if lower == "en" || lower.hasPrefix("en_") || lower.hasPrefix("en-") || lower.hasPrefix("en.") {
            self = .en
        } else {
            return nil
        }
    }
}

/// What the command line and the environment say about the language, before a plan is read:
/// `--lang` and the environment (`WF_LANG`, the locale). Each plan's own `lang:` comes in
/// between (`language(plan:)`).
public struct LanguagePreference: Sendable, Hashable {
    /// `--lang`, when given.
    public var flag: Language?
    /// The variables `Language.choose` reads: `WF_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`.
    public var environment: [String: String]

    public init(flag: Language? = nil, environment: [String: String] = [:]) {
        self.flag = flag
        self.environment = environment.filter { ["WF_LANG", "LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key) }
    }

    /// English whatever the plan says: for tests and tools that compare text.
    public static let english = LanguagePreference(flag: .en)

    /// The language of messages about a plan that declares `plan` (nil: it declares none).
    public func language(plan: Language?) -> Language {
        Language.choose(flag: flag, environment: environment, plan: plan)
    }

    /// The language of messages about no plan in particular.
    public var general: Language { language(plan: nil) }
}
