import Foundation
import ZIPFoundation

/// An Office Open XML package (ECMA-376 Part 2): XML parts zipped with their content types and
/// relationships. The one packager of the DOCX report and the XLSX workbook.
public struct OOXMLPackage: Sendable {
    /// One part: its path inside the zip, its content type (nil for a `.rels` part or one the
    /// `xml` default covers), and its XML.
    public struct Part: Sendable {
        public var path: String
        public var contentType: String?
        public var xml: String

        public init(_ path: String, contentType: String? = nil, xml: String) {
            self.path = path
            self.contentType = contentType
            self.xml = xml
        }
    }

    /// A relationship of the package or of a part: `Id`, `Type` (the URI's last part under the
    /// officeDocument namespace, or a whole URI) and `Target`.
    public struct Relationship: Sendable {
        public var id: String
        public var type: String
        public var target: String

        public init(id: String, type: String, target: String) {
            self.id = id
            self.type = type
            self.target = target
        }
    }

    /// Why a package could not be made.
    public struct PackageError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// The officeDocument relationship types' namespace.
    public static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The parts after `[Content_Types].xml`, in the order they are written.
    public var parts: [Part]
    /// The package's date: the zip entries' times, so the same content gives the same bytes.
    public var date: Date

    public init(parts: [Part], date: Date) {
        self.parts = parts
        self.date = date
    }

    /// `[Content_Types].xml` for the parts: defaults for `rels` and `xml`, an override per typed part.
    public var contentTypes: String {
        var xml = Self.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        for part in parts {
            guard let type = part.contentType else { continue }
            xml += "<Override PartName=\"/\(XMLText.escape(part.path))\" ContentType=\"\(type)\"/>"
        }
        return xml + "</Types>"
    }

    /// The bytes of the package: `[Content_Types].xml`, then the parts, deflated.
    public func data() throws(PackageError) -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw PackageError(description: "cannot create the zip package: \(error)")
        }
        for (path, xml) in [("[Content_Types].xml", contentTypes)] + parts.map({ ($0.path, $0.xml) }) {
            // Deflated from the text's own bytes, a chunk at a time: a report's document part
            // can be hundreds of megabytes, not to be copied whole first.
            func add(_ bytes: UnsafeBufferPointer<UInt8>) throws {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                    compressionMethod: .deflate
                ) { position, size in
                    Data(buffer: UnsafeBufferPointer(rebasing: bytes[Int(position)..<min(Int(position) + size, bytes.count)]))
                }
            }
            do {
                if try xml.utf8.withContiguousStorageIfAvailable(add) == nil {
                    try Array(xml.utf8).withUnsafeBufferPointer(add)
                }
            } catch {
                throw PackageError(description: "cannot add '\(path)' to the zip package: \(error)")
            }
        }
        guard let data = archive.data else { throw PackageError(description: "cannot create the zip package") }
        return data
    }

    // MARK: - Common parts

    /// A `.rels` part listing `relationships`.
    public static func relationships(_ relationships: [Relationship]) -> String {
        var xml = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for relationship in relationships {
            let type = relationship.type.contains("://") ? relationship.type : "\(officeRelationships)/\(relationship.type)"
            xml += "<Relationship Id=\"\(relationship.id)\" Type=\"\(type)\" Target=\"\(XMLText.escape(relationship.target))\"/>"
        }
        return xml + "</Relationships>"
    }

    /// `_rels/.rels`: the main part (`officeDocument`), then the core and extended properties.
    public static func packageRelationships(main: String) -> String {
        relationships([
            Relationship(id: "rId1", type: "officeDocument", target: main),
            Relationship(id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                         target: "docProps/core.xml"),
            Relationship(id: "rId3", type: "extended-properties", target: "docProps/app.xml"),
        ])
    }

    /// `docProps/core.xml`: title, author, language and dates (W3CDTF).
    public static func coreProperties(title: String, creator: String, date: Date) -> Part {
        let stamp = w3cdtf(date)
        return Part("docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", xml: declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:creator>\(XMLText.escape(creator))</dc:creator>"
            + "<dc:language>vi-VN</dc:language>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
            + "</cp:coreProperties>")
    }

    /// `docProps/app.xml`: the application is `wf`.
    public static let appProperties = Part(
        "docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        xml: declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>wf</Application><DocSecurity>0</DocSecurity></Properties>")

    /// `2023-10-05T00:00:00Z`.
    static func w3cdtf(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
