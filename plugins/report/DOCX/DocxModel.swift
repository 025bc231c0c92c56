/// A run of text with one formatting, inside a paragraph.
struct DocxRun: Sendable, Equatable {
    var text: String
    var bold = false
    var italic = false
    var underline = false
    /// Font size in points; nil for the paragraph style's size.
    var size: Double?
    /// A line break (`w:br`) before the text.
    var breakBefore = false
}

/// A paragraph: runs and their layout.
struct DocxParagraph: Sendable, Equatable {
    /// Horizontal alignment (`w:jc`).
    enum Alignment: String, Sendable {
        case left, center, right, both
    }

    var runs: [DocxRun]
    var alignment: Alignment = .both
    /// First-line indent in twips (1 cm = 567).
    var firstLineIndent: Int = 0
    /// Left and right indents in twips.
    var leftIndent: Int = 0
    var rightIndent: Int = 0
    /// Hanging indent in twips (for list lines).
    var hanging: Int = 0
    /// Space before and after in points.
    var spaceBefore: Double = 0
    var spaceAfter: Double = 0
    /// Keep with the next paragraph (headings, the signature title).
    var keepNext = false
    /// A bottom border (the short rules under the agency name and the motto).
    var bottomBorder = false
    /// An exact line height in points (`w:lineRule="exact"`); nil for single spacing ×1.15.
    /// A rule paragraph uses a small one, so the rule sits just under the line above it.
    var exactLineHeight: Double?
    /// A page break before the paragraph.
    var pageBreakBefore = false

    init(_ runs: [DocxRun], alignment: Alignment = .both) {
        self.runs = runs
        self.alignment = alignment
    }

    /// A paragraph of one run.
    init(_ text: String, alignment: Alignment = .both, bold: Bool = false, italic: Bool = false,
         underline: Bool = false, size: Double? = nil) {
        self.init([DocxRun(text: text, bold: bold, italic: italic, underline: underline, size: size)], alignment: alignment)
    }

    /// The paragraph's text, runs joined (line breaks as "\n").
    var text: String {
        runs.map { ($0.breakBefore ? "\n" : "") + $0.text }.joined()
    }
}

/// A table cell: paragraphs and a width.
struct DocxCell: Sendable, Equatable {
    var paragraphs: [DocxParagraph]
    /// Background colour as hex RGB ("D9D9D9"), or nil.
    var shading: String?

    init(_ paragraphs: [DocxParagraph], shading: String? = nil) {
        self.paragraphs = paragraphs.isEmpty ? [DocxParagraph([])] : paragraphs
        self.shading = shading
    }
}

/// A table with fixed column widths (twips).
struct DocxTable: Sendable, Equatable {
    var columnWidths: [Int]
    var rows: [[DocxCell]]
    /// Grid lines; the administrative header and signature tables have none.
    var borders: Bool
    /// The first row repeats on each page.
    var headerRow: Bool = false
    /// Left indent in twips (`w:tblInd`); negative reaches into the left margin. With an
    /// indent the table is aligned left, otherwise centred.
    var indent: Int = 0
}

/// A block of the document body.
enum DocxBlock: Sendable, Equatable {
    case paragraph(DocxParagraph)
    case table(DocxTable)
}

// MARK: - Text transforms

extension DocxBlock {
    /// The block with `transform` applied to every run's text (used to mask secrets).
    func mapText(_ transform: (String) -> String) -> DocxBlock {
        switch self {
        case .paragraph(let paragraph):
            return .paragraph(paragraph.mapText(transform))
        case .table(var table):
            table.rows = table.rows.map { row in
                row.map { cell in
                    var cell = cell
                    cell.paragraphs = cell.paragraphs.map { $0.mapText(transform) }
                    return cell
                }
            }
            return .table(table)
        }
    }
}

extension DocxParagraph {
    /// The paragraph with `transform` applied to every run's text.
    func mapText(_ transform: (String) -> String) -> DocxParagraph {
        var copy = self
        copy.runs = runs.map { run in
            var run = run
            run.text = transform(run.text)
            return run
        }
        return copy
    }
}
