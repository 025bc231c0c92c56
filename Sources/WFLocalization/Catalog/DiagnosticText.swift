/// The words around diagnostics: labels, summaries, did-you-mean.
@dynamicCallable
public enum DiagnosticText: String, MessageCatalog {
    case didYouMean
    case errorLabel, warningLabel, noteLabel
    case oneError, errors, oneWarning, warnings, oneFile, files
    case noProblems, problemsIn, errorsAndWarnings
    case ignoreUnknownRule, ignoreRulesHelp

    public var templates: (en: String, vi: String) {
        switch self {
        case .didYouMean: ("did you mean '{suggestion}'?", "có phải ý bạn là '{suggestion}'?")
        case .errorLabel: ("error", "lỗi")
        case .warningLabel: ("warning", "cảnh báo")
        case .noteLabel: ("note", "ghi chú")
        case .oneError: ("1 error", "1 lỗi")
        case .errors: ("{count} errors", "{count} lỗi")
        case .oneWarning: ("1 warning", "1 cảnh báo")
        case .warnings: ("{count} warnings", "{count} cảnh báo")
        case .oneFile: ("1 file", "1 tệp")
        case .files: ("{count} files", "{count} tệp")
        case .noProblems: ("no problems found in {files}", "không có vấn đề nào trong {files}")
        case .problemsIn: ("{problems} in {files}", "{problems} trong {files}")
        case .errorsAndWarnings: ("{errors} and {warnings}", "{errors} và {warnings}")
        case .ignoreUnknownRule:
            ("'{name}' in '# wf-ignore' is not a rule; it silences nothing",
             "'{name}' trong '# wf-ignore' không phải tên quy tắc nào; nó không tắt được gì")
        case .ignoreRulesHelp:
            ("'wf explain RULE' describes a rule; docs/diagnostics.md lists them all",
             "'wf explain RULE' giải thích một quy tắc; docs/diagnostics.vi.md liệt kê tất cả")
        }
    }
}

extension DiagnosticText {
    /// `1 error`, `3 errors` / `3 lỗi`.
    public static func errorCount(_ count: Int) -> Message { count == 1 ? oneError.message : errors(count: count) }
    /// `1 warning`, `3 warnings` / `3 cảnh báo`.
    public static func warningCount(_ count: Int) -> Message { count == 1 ? oneWarning.message : warnings(count: count) }
    /// `1 file`, `3 files` / `3 tệp`.
    public static func fileCount(_ count: Int) -> Message { count == 1 ? oneFile.message : files(count: count) }
}
