/// How a cell looks: number format, font, fill, alignment, border. Equal styles share one
/// entry of the workbook's style table.
public struct CellStyle: Sendable, Hashable {
    /// A number format: a built-in one by id, or a format code.
    public enum NumberFormat: Sendable, Hashable {
        /// As the value is (built-in 0).
        case general
        /// A whole number (built-in 1, `0`).
        case integer
        /// `dd/mm/yyyy`, day first as Vietnamese readers write dates.
        case date
        /// `dd/mm/yyyy hh:mm`.
        case dateTime
        /// `0.0%`: a fraction shown as a percentage with one decimal.
        case percent
        /// `#,##0`: a whole amount with thousands separators (shown as the reader's locale groups them).
        case money

        /// The format code written to the styles part; nil for built-in formats.
        var code: String? {
            switch self {
            case .general, .integer: nil
            case .date: "dd/mm/yyyy"
            case .dateTime: "dd/mm/yyyy hh:mm"
            case .percent: "0.0%"
            case .money: "#,##0"
            }
        }

        /// The built-in id, or the custom id the styles part gives the format (from 164).
        var id: Int {
            switch self {
            case .general: 0
            case .integer: 1
            case .date: 164
            case .dateTime: 165
            case .percent: 166
            case .money: 167
            }
        }

        /// The custom formats, in id order.
        static let custom: [NumberFormat] = [.date, .dateTime, .percent, .money]
    }

    /// Horizontal alignment.
    public enum Alignment: String, Sendable, Hashable {
        case general, left, center, right
    }

    public var format: NumberFormat
    public var bold: Bool
    public var italic: Bool
    /// Font size in points; nil for the workbook's default.
    public var size: Double?
    /// Font colour, six hex digits (`FFFFFF`); nil for automatic.
    public var color: String?
    /// Solid background colour, six hex digits (`C62828`); nil for none.
    public var fill: String?
    public var alignment: Alignment
    /// Wrap long text inside the cell.
    public var wrap: Bool
    /// A thin border around the cell (table cells).
    public var border: Bool

    public init(format: NumberFormat = .general, bold: Bool = false, italic: Bool = false, size: Double? = nil,
                color: String? = nil, fill: String? = nil, alignment: Alignment = .general, wrap: Bool = false,
                border: Bool = false) {
        self.format = format
        self.bold = bold
        self.italic = italic
        self.size = size
        self.color = color
        self.fill = fill
        self.alignment = alignment
        self.wrap = wrap
        self.border = border
    }
}
