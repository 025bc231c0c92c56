import Testing
@testable import WFLocalization

/// Every catalog part, for the checks that hold for all entries.
let catalogs: [(name: String, entries: [(key: String, en: String, vi: String)])] = [
    entries(DiagnosticText.self),
    entries(PlanText.self),
    entries(RunText.self),
    entries(PluginText.self),
    entries(CommandText.self),
    entries(StateText.self),
    entries(YAMLText.self),
    entries(DateText.self),
    entries(ExpressionText.self),
    entries(ExplainText.self),
    entries(FileRuleText.self),
    entries(PlanRuleText.self),
    entries(SubjectText.self),
    entries(DecodeText.self),
    entries(ValidationText.self),
    entries(FileText.self),
    entries(DurationText.self),
    entries(WeekdayText.self),
    entries(ValidateText.self),
    entries(ImportText.self),
    entries(WorkbookText.self),
    entries(EditorText.self),
]

func entries<C: MessageCatalog>(_ catalog: C.Type) -> (name: String, entries: [(key: String, en: String, vi: String)]) {
    ("\(catalog)", catalog.allCases.map { ($0.rawValue, $0.templates.en, $0.templates.vi) })
}

@Suite struct CatalogTests {
    @Test func everyEntryHasBothLanguagesWithTheSamePlaceholders() {
        var checked = 0
        for (name, entries) in catalogs {
            for entry in entries {
                #expect(!entry.en.isEmpty && !entry.vi.isEmpty, "\(name).\(entry.key) lacks a language")
                #expect(MessageTemplate.placeholders(entry.en).sorted() == MessageTemplate.placeholders(entry.vi).sorted(),
                        "\(name).\(entry.key): '\(entry.en)' and '\(entry.vi)' use different placeholders")
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    @Test func placeholdersAreFilledInEachLanguage() {
        let message = DiagnosticText.didYouMean(suggestion: "bao-cao-quy")
        #expect(message.en == "did you mean 'bao-cao-quy'?")
        #expect(message.vi == "có phải ý bạn là 'bao-cao-quy'?")
        let nested = DiagnosticText.problemsIn(problems: DiagnosticText.errorCount(2), files: DiagnosticText.fileCount(1))
        #expect(nested.text(.en) == "2 errors in 1 file")
        #expect(nested.text(.vi) == "2 lỗi trong 1 tệp")
    }

    @Test func expressionsInATemplateAreNotPlaceholders() {
        #expect(MessageTemplate.placeholders("write ${{ steps.x.outputs.path }} or {name}") == ["name"])
        #expect(MessageTemplate.placeholders("{ not } {Upper} {a1}") == ["a1"])
    }

    @Test(arguments: [
        (nil, [:], nil, Language.en),
        (nil, ["LANG": "vi_VN.UTF-8"], nil, .vi),
        (nil, ["LANG": "vi_VN.UTF-8", "LC_ALL": "C"], nil, .en),
        (nil, ["LANG": "en_US.UTF-8"], Language.vi, .vi),
        (nil, ["WF_LANG": "en", "LANG": "vi_VN"], .vi, .en),
        (nil, ["WF_LANG": "klingon", "LANG": "vi_VN"], nil, .vi),
        (Language.en, ["WF_LANG": "vi"], .vi, .en),
        (nil, ["LC_MESSAGES": "vi_VN", "LANG": "en_US"], nil, .vi),
    ] as [(Language?, [String: String], Language?, Language)])
    func languageIsChosenInOrderOfPrecedence(flag: Language?, environment: [String: String], plan: Language?, expected: Language) {
        #expect(Language.choose(flag: flag, environment: environment, plan: plan) == expected)
    }
}
