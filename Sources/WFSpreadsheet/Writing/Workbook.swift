import Foundation
public import WFCalendar

/// A spreadsheet workbook: sheets of typed cells, written as an `.xlsx` (SpreadsheetML) package.
public struct Workbook: Sendable {
    public var sheets: [Worksheet]
    /// The document's title and author (core properties).
    public var title: String
    public var creator: String
    /// The workbook's date: its core properties and zip entries, so the same data gives the same bytes.
    public var date: CivilDate

    public init(sheets: [Worksheet], title: String, creator: String, date: CivilDate) {
        self.sheets = sheets
        self.title = title
        self.creator = creator
        self.date = date
    }

    /// The workbook with `transform` applied to every text (to mask secrets).
    public func mapText(_ transform: (String) -> String) -> Workbook {
        var copy = self
        copy.title = transform(title)
        copy.creator = transform(creator)
        for sheet in copy.sheets.indices {
            copy.sheets[sheet].rows = copy.sheets[sheet].rows.map { row in
                row.map { cell in
                    guard case .text(let text) = cell.value else { return cell }
                    return Cell(.text(transform(text)), style: cell.style)
                }
            }
        }
        return copy
    }

    /// The `.xlsx` bytes.
    public func data() throws(OOXMLPackage.PackageError) -> Data {
        try package().data()
    }

    /// The package: workbook, sheets, styles and shared strings.
    public func package() -> OOXMLPackage {
        var strings = SharedStrings()
        var styles = StyleTable()
        let sheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var parts: [OOXMLPackage.Part] = [
            .init("_rels/.rels", xml: OOXMLPackage.packageRelationships(main: "xl/workbook.xml")),
            .init("xl/workbook.xml", contentType: "\(sheetML).sheet.main+xml", xml: WorkbookXML.workbook(sheets)),
        ]
        var relationships: [OOXMLPackage.Relationship] = []
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            parts.append(.init("xl/worksheets/sheet\(number).xml", contentType: "\(sheetML).worksheet+xml",
                               xml: WorkbookXML.worksheet(sheet, strings: &strings, styles: &styles)))
            relationships.append(.init(id: "rId\(number)", type: "worksheet", target: "worksheets/sheet\(number).xml"))
        }
        let next = sheets.count + 1
        relationships.append(.init(id: "rId\(next)", type: "styles", target: "styles.xml"))
        relationships.append(.init(id: "rId\(next + 1)", type: "sharedStrings", target: "sharedStrings.xml"))
        parts.insert(.init("xl/_rels/workbook.xml.rels", xml: OOXMLPackage.relationships(relationships)), at: 2)
        parts.append(.init("xl/styles.xml", contentType: "\(sheetML).styles+xml", xml: styles.xml))
        parts.append(.init("xl/sharedStrings.xml", contentType: "\(sheetML).sharedStrings+xml", xml: strings.xml))
        let stamp = Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400)
        parts.append(OOXMLPackage.coreProperties(title: title, creator: creator, date: stamp))
        parts.append(OOXMLPackage.appProperties)
        return OOXMLPackage(parts: parts, date: stamp)
    }
}
