extension StatusWorkbook {
    /// The cell styles of the status workbook.
    enum Style {
        static let title = CellStyle(bold: true, size: 14)
        static let subtitle = CellStyle(bold: true)
        static let asOf = CellStyle(italic: true)
        static let header = CellStyle(bold: true, fill: "E7E6E6", alignment: .center, wrap: true, border: true)
        static let text = CellStyle(wrap: true, border: true)
        static let index = CellStyle(format: .integer, alignment: .center, border: true)
        static let count = CellStyle(format: .integer, alignment: .right, border: true)
        static let date = CellStyle(format: .date, alignment: .center, border: true)
        static let dateTime = CellStyle(format: .dateTime, alignment: .center, border: true)
        static let percent = CellStyle(format: .percent, border: true)
        static let money = CellStyle(format: .money, border: true)

        /// A status on its colour, in white bold as the HTML report's badges; plain without a colour.
        static func status(_ color: String?) -> CellStyle {
            guard let color else { return CellStyle(alignment: .center, wrap: true, border: true) }
            return CellStyle(bold: true, color: "FFFFFF", fill: color, alignment: .center, wrap: true, border: true)
        }
    }
}
