import Foundation
import WFPluginAPI
import ZIPFoundation

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

    /// The package's parts, by path inside the zip, in the order they are written.
    func parts() -> [(path: String, xml: String)] {
        let stamp = Self.w3cdtf(date)
        return [
            ("[Content_Types].xml", DocxXML.contentTypes),
            ("_rels/.rels", DocxXML.packageRelationships),
            ("word/document.xml", DocxXML.document(blocks, page: page)),
            ("word/_rels/document.xml.rels", DocxXML.documentRelationships),
            ("word/styles.xml", DocxXML.styles(size: fontSize)),
            ("word/settings.xml", DocxXML.settings),
            ("word/header1.xml", DocxXML.pageNumberHeader(size: fontSize)),
            ("docProps/core.xml", DocxXML.coreProperties(title: title, creator: creator, date: stamp)),
            ("docProps/app.xml", DocxXML.appProperties),
        ]
    }

    /// The `.docx` bytes: the parts deflated in a zip.
    func data() throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw PluginError("cannot create the docx package: \(error)")
        }
        for part in parts() {
            let bytes = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
            }
        }
        guard let data = archive.data else { throw PluginError("cannot create the docx package") }
        return data
    }

    private static func w3cdtf(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
