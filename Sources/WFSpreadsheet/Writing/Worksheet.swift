/// One sheet: rows of cells, with what makes a table usable on screen and on paper.
public struct Worksheet: Sendable {
    /// A rectangle of cells, 1-based rows and columns, inclusive.
    public struct Range: Sendable, Hashable {
        public var firstRow: Int
        public var firstColumn: Int
        public var lastRow: Int
        public var lastColumn: Int

        public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
            firstRow = rows.lowerBound
            lastRow = rows.upperBound
            firstColumn = columns.lowerBound
            lastColumn = columns.upperBound
        }

        /// `A4:K20`.
        public var reference: String {
            "\(Worksheet.column(firstColumn))\(firstRow):\(Worksheet.column(lastColumn))\(lastRow)"
        }

        /// `$A$4:$K$20`, for defined names.
        var absolute: String {
            "$\(Worksheet.column(firstColumn))$\(firstRow):$\(Worksheet.column(lastColumn))$\(lastRow)"
        }
    }

    /// How the sheet prints.
    public struct PrintSetup: Sendable, Hashable {
        public var landscape: Bool
        /// Paper size code: 9 is A4.
        public var paperSize: Int
        /// Scale the columns to one page wide (as many pages tall as needed).
        public var fitToWidth: Bool
        /// Rows printed at the top of every page (the table's header), 1-based.
        public var titleRows: ClosedRange<Int>?

        public init(landscape: Bool = true, paperSize: Int = 9, fitToWidth: Bool = true, titleRows: ClosedRange<Int>? = nil) {
            self.landscape = landscape
            self.paperSize = paperSize
            self.fitToWidth = fitToWidth
            self.titleRows = titleRows
        }
    }

    /// The tab's name (at most 31 characters, none of `: \ / ? * [ ]`).
    public var name: String
    /// Rows from row 1; a row may be shorter than others.
    public var rows: [[Cell]]
    /// Column widths in characters, from column A; columns past the list keep the default.
    public var columnWidths: [Double]
    /// Cells merged into one (titles across the table).
    public var merges: [Range]
    /// Rows kept in view when scrolling: the rows above the pane (0 for none).
    public var frozenRows: Int
    /// The table with filter buttons on its header row.
    public var autoFilter: Range?
    public var printSetup: PrintSetup

    public init(name: String, rows: [[Cell]] = [], columnWidths: [Double] = [], merges: [Range] = [], frozenRows: Int = 0,
                autoFilter: Range? = nil, printSetup: PrintSetup = PrintSetup()) {
        self.name = name
        self.rows = rows
        self.columnWidths = columnWidths
        self.merges = merges
        self.frozenRows = frozenRows
        self.autoFilter = autoFilter
        self.printSetup = printSetup
    }

    /// Widths that fit the widest value of each column in `rows` (the table: header rows first,
    /// then data; not the titles above it), between `minimum` and `maximum` characters; wider
    /// text wraps. A header wraps too, on two lines at most.
    public static func fittingWidths(_ rows: ArraySlice<[Cell]>, headerRows: Int = 1, minimum: Double = 6,
                                     maximum: Double = 60) -> [Double] {
        var widest: [Int] = []
        for (offset, row) in rows.enumerated() {
            if widest.count < row.count { widest += Array(repeating: 0, count: row.count - widest.count) }
            for (column, cell) in row.enumerated() {
                var width = cell.displayWidth
                if offset < headerRows, case .text(let text) = cell.value {
                    let word = text.split(whereSeparator: \.isWhitespace).map(\.unicodeScalars.count).max() ?? 0
                    width = max(word, (width + 1) / 2)
                }
                widest[column] = max(widest[column], width)
            }
        }
        return widest.map { min(maximum, max(minimum, (Double($0) * 1.1 + 2).rounded())) }
    }

    /// The height in points that shows every line of row `index` (0-based) when its wrapping
    /// cells wrap at their column's width; nil for a row of single lines (the default height).
    /// Spreadsheet programs do not grow a row when they open a file, so the height is written.
    func height(ofRow index: Int) -> Double? {
        var lines = 1
        for (column, cell) in rows[index].enumerated() where cell.style.wrap {
            guard case .text(let text) = cell.value, column < columnWidths.count else { continue }
            // About one character per unit of width, less the cell's padding.
            let perLine = max(1, Int(columnWidths[column]) - 1)
            let count = Cell.lineLengths(text).reduce(0) { $0 + max(1, ($1 + perLine - 1) / perLine) }
            lines = max(lines, count)
        }
        guard lines > 1 else { return nil }
        let size = rows[index].map { $0.style.size ?? StyleTable.defaultSize }.max() ?? StyleTable.defaultSize
        return (Double(lines) * size * 1.3).rounded()
    }

    /// `A`, `B`, …, `Z`, `AA`: the letters of 1-based column `index`.
    public static func column(_ index: Int) -> String {
        var letters = ""
        var n = index
        while n > 0 {
            let remainder = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
