/// The document format, chosen by the output's extension.
enum ReportFormat: String, Sendable, CaseIterable {
    case markdown = "md"
    case html
    case docx
    /// The status workbook (`wf plan --format xlsx`), not a templated document.
    case xlsx

    /// The format for `path`, or nil for an extension the plugin does not write.
    init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "docx": self = .docx
        case "xlsx": self = .xlsx
        default: return nil
        }
    }
}
