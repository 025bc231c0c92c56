/// Lays rendered template text out as Word paragraphs and tables.
///
/// One line is one paragraph. Supported: `# ` centred bold title, `## ` bold heading,
/// `### ` bold italic heading, `- ` / `* ` list lines, `| a | b |` rows as a table (a
/// `|---|` line after the first row makes it a header row), `---` alone for a page break,
/// and inline `**bold**`, `*italic*`, `__underline__`; `\*` is a literal asterisk.
enum TextDocx {
    static func blocks(_ text: String, width: Int, size: Double = 14) -> [DocxBlock] {
        var blocks: [DocxBlock] = []
        var tableLines: [String] = []
        var pageBreak = false

        func flushTable() {
            guard !tableLines.isEmpty else { return }
            blocks.append(.table(table(tableLines, width: width)))
            tableLines = []
        }

        let lines = text.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for raw in lines {
            let line = raw.trimmingTrailingSpaces()
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("|") {
                tableLines.append(String(trimmed))
                continue
            }
            flushTable()
            if trimmed.isEmpty { continue }
            if trimmed == "---" {
                pageBreak = true
                continue
            }
            var paragraph: DocxParagraph
            if trimmed.hasPrefix("### ") {
                paragraph = DocxParagraph(inline(String(trimmed.dropFirst(4)), bold: true, italic: true, size: size), alignment: .both)
                paragraph.spaceBefore = 6
                paragraph.keepNext = true
            } else if trimmed.hasPrefix("## ") {
                paragraph = DocxParagraph(inline(String(trimmed.dropFirst(3)), bold: true, size: size), alignment: .both)
                paragraph.firstLineIndent = 567
                paragraph.spaceBefore = 12
                paragraph.keepNext = true
            } else if trimmed.hasPrefix("# ") {
                paragraph = DocxParagraph(inline(String(trimmed.dropFirst(2)), bold: true, size: size), alignment: .center)
                paragraph.spaceBefore = 12
                paragraph.keepNext = true
            } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                paragraph = DocxParagraph(inline("- " + trimmed.dropFirst(2), size: size), alignment: .both)
                paragraph.firstLineIndent = 567
                paragraph.spaceBefore = 3
            } else {
                paragraph = DocxParagraph(inline(String(trimmed), size: size), alignment: .both)
                paragraph.firstLineIndent = 567
                paragraph.spaceBefore = 6
            }
            paragraph.pageBreakBefore = pageBreak
            pageBreak = false
            blocks.append(.paragraph(paragraph))
        }
        flushTable()
        return blocks
    }

    /// Runs from inline markup: `**bold**`, `*italic*`, `__underline__`, `\*`.
    static func inline(_ text: String, bold: Bool = false, italic: Bool = false, size: Double? = nil) -> [DocxRun] {
        var runs: [DocxRun] = []
        var current = ""
        var isBold = bold
        var isItalic = italic
        var isUnderline = false
        func flush() {
            if !current.isEmpty {
                runs.append(DocxRun(text: current, bold: isBold, italic: isItalic, underline: isUnderline, size: size))
            }
            current = ""
        }
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("\\*") || rest.hasPrefix("\\_") {
                current.append(text[text.index(after: index)])
                index = text.index(index, offsetBy: 2)
            } else if rest.hasPrefix("**") {
                flush()
                isBold.toggle()
                index = text.index(index, offsetBy: 2)
            } else if rest.hasPrefix("__") {
                flush()
                isUnderline.toggle()
                index = text.index(index, offsetBy: 2)
            } else if rest.hasPrefix("*") {
                flush()
                isItalic.toggle()
                index = text.index(after: index)
            } else {
                current.append(text[index])
                index = text.index(after: index)
            }
        }
        flush()
        return runs.isEmpty ? [DocxRun(text: "", size: size)] : runs
    }

    private static func table(_ lines: [String], width: Int) -> DocxTable {
        var rows: [[String]] = []
        var header = false
        for line in lines {
            var body = Substring(line)
            if body.hasPrefix("|") { body = body.dropFirst() }
            if body.hasSuffix("|") { body = body.dropLast() }
            let cells = body.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingTrailingSpaces().drop { $0 == " " } }
            if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }) {
                if rows.count == 1 { header = true }
                continue
            }
            rows.append(cells.map(String.init))
        }
        let columns = max(1, rows.map(\.count).max() ?? 1)
        let widths = QuarterlyReportDocx.proportional(Array(repeating: 1, count: columns), width: width)
        let docxRows = rows.enumerated().map { rowIndex, row in
            (0..<columns).map { column -> DocxCell in
                let text = column < row.count ? row[column] : ""
                let isHeader = header && rowIndex == 0
                return DocxCell([DocxParagraph(inline(text, bold: isHeader, size: 12), alignment: isHeader ? .center : .left)],
                                shading: isHeader ? "E7E6E6" : nil)
            }
        }
        return DocxTable(columnWidths: widths, rows: docxRows, borders: true, headerRow: header)
    }
}

extension StringProtocol {
    /// The text without trailing spaces and tabs.
    func trimmingTrailingSpaces() -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard self[previous] == " " || self[previous] == "\t" else { break }
            end = previous
        }
        return self[startIndex..<end]
    }
}
