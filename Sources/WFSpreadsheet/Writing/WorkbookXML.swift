/// Serializes the workbook model into SpreadsheetML (ECMA-376 Part 1, §18) parts.
enum WorkbookXML {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// `xl/workbook.xml`: the sheets, and per sheet the defined names for its filter and print titles.
    static func workbook(_ sheets: [Worksheet]) -> String {
        var xml = OOXMLPackage.declaration
            + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(OOXMLPackage.officeRelationships)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        var names = ""
        for (index, sheet) in sheets.enumerated() {
            let quoted = XMLText.escape("'" + sheet.name.replacing("'", with: "''") + "'")
            if let filter = sheet.autoFilter {
                names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(quoted)!\(filter.absolute)</definedName>"
            }
            if let rows = sheet.printSetup.titleRows {
                names += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(quoted)!$\(rows.lowerBound):$\(rows.upperBound)</definedName>"
            }
        }
        if !names.isEmpty { xml += "<definedNames>\(names)</definedNames>" }
        return xml + "<calcPr calcId=\"191029\"/></workbook>"
    }

    /// `xl/worksheets/sheetN.xml`, its texts added to `strings` and its styles to `styles`.
    static func worksheet(_ sheet: Worksheet, strings: inout SharedStrings, styles: inout StyleTable) -> String {
        let lastColumn = max(1, sheet.rows.map(\.count).max() ?? 1, sheet.columnWidths.count)
        let lastRow = max(1, sheet.rows.count)
        var xml = OOXMLPackage.declaration
            + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(OOXMLPackage.officeRelationships)\">"
        if sheet.printSetup.fitToWidth { xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        xml += "<dimension ref=\"A1:\(Worksheet.column(lastColumn))\(lastRow)\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            let topLeft = "A\(sheet.frozenRows + 1)"
            xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.75\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(number(width))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            let r = rowIndex + 1
            if let height = sheet.height(ofRow: rowIndex) {
                xml += "<row r=\"\(r)\" ht=\"\(number(height))\" customHeight=\"1\">"
            } else {
                xml += "<row r=\"\(r)\">"
            }
            for (columnIndex, cell) in row.enumerated() {
                let style = styles.index(of: cell.style)
                let reference = "\(Worksheet.column(columnIndex + 1))\(r)"
                let s = style == 0 ? "" : " s=\"\(style)\""
                switch cell.value {
                case .empty, .text(""):
                    if style != 0 { xml += "<c r=\"\(reference)\"\(s)/>" }
                case .text(let text):
                    xml += "<c r=\"\(reference)\"\(s) t=\"s\"><v>\(strings.add(cellText(text)))</v></c>"
                case .number(let value):
                    xml += value.isFinite ? "<c r=\"\(reference)\"\(s)><v>\(number(value))</v></c>" : "<c r=\"\(reference)\"\(s)/>"
                case .date(let date):
                    xml += "<c r=\"\(reference)\"\(s)><v>\(CellContent.serial(date))</v></c>"
                case .dateTime(let date, let hour, let minute):
                    let serial = Double(CellContent.serial(date)) + Double(hour * 60 + minute) / 1440
                    xml += "<c r=\"\(reference)\"\(s)><v>\(number(serial))</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if let filter = sheet.autoFilter { xml += "<autoFilter ref=\"\(filter.reference)\"/>" }
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">"
            for merge in sheet.merges { xml += "<mergeCell ref=\"\(merge.reference)\"/>" }
            xml += "</mergeCells>"
        }
        xml += "<printOptions horizontalCentered=\"1\"/>"
            + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        let setup = sheet.printSetup
        xml += "<pageSetup paperSize=\"\(setup.paperSize)\" orientation=\"\(setup.landscape ? "landscape" : "portrait")\""
        if setup.fitToWidth { xml += " fitToWidth=\"1\" fitToHeight=\"0\"" }
        xml += "/>"
        // Page numbers at the foot of each page: "1/3".
        xml += "<headerFooter><oddFooter>&amp;C&amp;P/&amp;N</oddFooter></headerFooter>"
        return xml + "</worksheet>"
    }

    /// The most a cell holds: 32,767 characters (UTF-16 code units); Excel repairs a file with more.
    static let maxCellText = 32_767

    /// `text`, cut to ``maxCellText`` with `…` at the end when longer.
    static func cellText(_ text: String) -> String {
        guard text.utf16.count > maxCellText else { return text }
        var cut = ""
        var units = 0
        for character in text {
            units += character.utf16.count
            if units > maxCellText - 1 { break }
            cut.append(character)
        }
        return cut + "…"
    }

    /// A number as SpreadsheetML writes it: `12`, `0.708`, never `12.0`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
