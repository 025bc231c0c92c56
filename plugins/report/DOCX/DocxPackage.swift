import Foundation
import WFPluginAPI
import WFSpreadsheet

/// Page size and margins in twips (1 mm ≈ 56.7 twips).
struct DocxPage: Sendable, Equatable {
    var width: Int
    var height: Int
    var top: Int
    var bottom: Int
    var left: Int
    var right: Int

    /// A4 with the margins of Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.
    static let a4Decree30 = DocxPage(width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 851)

    /// The width between the margins.
    var textWidth: Int { width - left - right }
}

/// A Word document: body blocks, page and properties, packaged as a `.docx` zip.
struct DocxPackage: Sendable {
    var blocks: [DocxBlock]
    var page: DocxPage = .a4Decree30
    /// Body font size in points.
    var fontSize: Double = 14
    var title: String
    var creator: String
    /// The document's date, used for the core properties and the zip entries so output is reproducible.
    var date: Date

    /// The package: its parts, with the content type of each.
    func package() -> OOXMLPackage {
        let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return OOXMLPackage(parts: [
            .init("_rels/.rels", xml: OOXMLPackage.packageRelationships(main: "word/document.xml")),
            .init("word/document.xml", contentType: "\(wordML).document.main+xml", xml: DocxXML.document(blocks, page: page)),
            .init("word/_rels/document.xml.rels", xml: DocxXML.documentRelationships),
            .init("word/styles.xml", contentType: "\(wordML).styles+xml", xml: DocxXML.styles(size: fontSize)),
            .init("word/settings.xml", contentType: "\(wordML).settings+xml", xml: DocxXML.settings),
            .init("word/header1.xml", contentType: "\(wordML).header+xml", xml: DocxXML.pageNumberHeader(size: fontSize)),
            OOXMLPackage.coreProperties(title: title, creator: creator, date: date),
            OOXMLPackage.appProperties,
        ], date: date)
    }

    /// The `.docx` bytes: the parts deflated in a zip.
    func data(language: Language) throws -> Data {
        do {
            return try package().data()
        } catch {
            throw PluginError(PluginText.docxFailed(problem: error.description), language: language)
        }
    }
}
