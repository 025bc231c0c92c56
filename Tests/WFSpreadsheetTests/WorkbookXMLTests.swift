import Foundation
import Testing
import WFCore
@testable import WFSpreadsheet

/// The SpreadsheetML the workbook model writes: what a spreadsheet program needs to read a
/// value as the type it is. (The whole workbook is read back by openpyxl and LibreOffice in
/// CLITests/PlanXLSXTests.)
@Suite struct WorkbookXMLTests {
    @Test("columns are lettered A…Z, AA…", arguments: [(1, "A"), (11, "K"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
    func columnLetters(_ index: Int, _ letters: String) {
        #expect(Worksheet.column(index) == letters)
    }

    @Test("dates are serial numbers of the 1900 date system")
    func serials() throws {
        #expect(CellContent.serial(try #require(CivilDate(year: 1970, month: 1, day: 1))) == 25_569)
        #expect(CellContent.serial(try #require(CivilDate(year: 2023, month: 10, day: 5))) == 45_204)
    }

    @Test("numbers are written without a trailing .0; fractions as they are")
    func numbers() {
        #expect(WorkbookXML.number(12) == "12")
        #expect(WorkbookXML.number(-2) == "-2")
        #expect(WorkbookXML.number(0.625) == "0.625")
        #expect(WorkbookXML.number(8_580_000_000) == "8580000000")
    }

    @Test("text is shared and escaped, control characters dropped, empty text writes no cell")
    func text() throws {
        var strings = SharedStrings()
        var styles = StyleTable()
        let sheet = Worksheet(name: "Nhiệm vụ", rows: [[Cell(.text("Sở TT&TT <b>\u{1}")), Cell(.text("")), Cell(.text("Sở TT&TT <b>\u{1}"))]])
        let xml = WorkbookXML.worksheet(sheet, strings: &strings, styles: &styles)
        #expect(xml.contains("<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>0</v></c>"))
        #expect(!xml.contains("B1"))
        #expect(strings.xml.contains("count=\"2\" uniqueCount=\"1\"><si><t>Sở TT&amp;TT &lt;b&gt;</t></si>"))
    }

    @Test("a text longer than a cell holds is cut with an ellipsis")
    func longText() {
        let text = String(repeating: "ắ", count: 40_000)
        let cut = WorkbookXML.cellText(text)
        #expect(cut.utf16.count == WorkbookXML.maxCellText)
        #expect(cut.hasSuffix("…"))
        #expect(WorkbookXML.cellText("ngắn") == "ngắn")
    }

    @Test("a sheet name with an apostrophe is quoted in the print titles and filter names")
    func definedNames() {
        let sheet = Worksheet(name: "Kế hoạch's", rows: [[Cell(.text("a"))]], autoFilter: .init(rows: 4...9, columns: 1...3),
                              printSetup: .init(titleRows: 4...4))
        let xml = WorkbookXML.workbook([sheet])
        #expect(xml.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">&apos;Kế hoạch&apos;&apos;s&apos;!$A$4:$C$9</definedName>"))
        #expect(xml.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">&apos;Kế hoạch&apos;&apos;s&apos;!$4:$4</definedName>"))
    }

    @Test("equal styles share one cell format; fills and fonts are listed once")
    func styles() {
        var styles = StyleTable()
        let red = CellStyle(bold: true, color: "FFFFFF", fill: "C62828")
        #expect(styles.index(of: CellStyle()) == 0)
        #expect(styles.index(of: red) == 1)
        #expect(styles.index(of: CellStyle(format: .percent)) == 2)
        #expect(styles.index(of: red) == 1)
        let xml = styles.xml
        #expect(xml.contains("<cellXfs count=\"3\">"))
        #expect(xml.contains("<fills count=\"3\">"))
        #expect(xml.contains("<fgColor rgb=\"FFC62828\"/>"))
        #expect(xml.contains("<numFmt numFmtId=\"166\" formatCode=\"0.0%\"/>"))
    }

    @Test("the same workbook gives the same bytes")
    func reproducible() throws {
        let date = try #require(CivilDate(year: 2023, month: 10, day: 5))
        let book = Workbook(sheets: [Worksheet(name: "A", rows: [[Cell(.date(date), style: CellStyle(format: .date))]])],
                            title: "t", creator: "c", date: date)
        #expect(try book.data() == book.data())
    }
}
