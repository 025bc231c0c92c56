public import Foundation
import ZIPFoundation

/// An Office Open XML workbook (`.xlsx`, as Excel and LibreOffice save it), read from its
/// ZIP package: the sheets by name, shared strings, which styles are dates, merged cells.
public struct XLSXWorkbook: Sendable {
    /// The sheets in the workbook's order, with the package path of each.
    public let sheets: [(name: String, path: String)]
    private let sharedStrings: [String]
    private let styles: XLSXStyles
    private let use1904: Bool
    private let parts: [String: [UInt8]]

    /// The most the XML parts of a workbook may unpack to (a 5,000-row annex is about 2 MiB).
    public static let maxUnpackedBytes = 512 << 20

    /// Reads the workbook in `data`; throws ``SpreadsheetError``.
    public init(data: Data) throws(SpreadsheetError) {
        // An encrypted workbook is an OLE compound file holding the encrypted package; so is a `.xls`.
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .encrypted }
        guard data.starts(with: [0x50, 0x4B]) else { throw .notWorkbook(reason: "not a ZIP package") }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notWorkbook(reason: "the ZIP package cannot be opened")
        }
        var parts: [String: [UInt8]] = [:]
        var total = 0
        for entry in archive where entry.type == .file && (entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels")) {
            // A package that unpacks to more than the limit is refused before it fills the memory.
            total += Int(clamping: entry.uncompressedSize)
            guard total <= Self.maxUnpackedBytes else {
                throw .notWorkbook(reason: "it unpacks to more than \(Self.maxUnpackedBytes >> 20) MiB")
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(Int(entry.uncompressedSize))
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    guard bytes.count + chunk.count <= Self.maxUnpackedBytes else { throw SpreadsheetError.notWorkbook(reason: "") }
                    bytes.append(contentsOf: chunk)
                }
            } catch {
                throw .notWorkbook(reason: "the part '\(entry.path)' cannot be unpacked")
            }
            parts[Self.normalized(entry.path)] = bytes
        }
        guard let workbook = parts["xl/workbook.xml"] else { throw .notWorkbook(reason: "it has no xl/workbook.xml") }
        self.parts = parts

        let relations = try Self.parse("xl/_rels/workbook.xml.rels", parts) { event, targets in
            if case .start("Relationship", let attributes, _) = event, let id = attributes["Id"], let target = attributes["Target"] {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        } initial: { [String: String]() }
        var use1904 = false
        sheets = try Self.parse(workbook, part: "xl/workbook.xml") { event, sheets in
            guard case .start(let name, let attributes, _) = event else { return }
            if name == "workbookPr" { use1904 = attributes["date1904"] == "1" || attributes["date1904"] == "true" }
            if name == "sheet", let sheetName = attributes["name"] {
                let path = attributes["id"].flatMap { relations[$0] } ?? "xl/worksheets/sheet\(sheets.count + 1).xml"
                sheets.append((sheetName, Self.normalized(path)))
            }
        } initial: { [(name: String, path: String)]() }
        self.use1904 = use1904

        var inItem = false
        var inPhonetic = false
        var current = ""
        sharedStrings = try Self.parse("xl/sharedStrings.xml", parts) { event, strings in
            switch event {
            case .start("si", _, let selfClosing):
                if selfClosing { strings.append("") } else { inItem = true; current = "" }
            case .start("rPh", _, _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .text(let text) where inItem && !inPhonetic: current += text
            case .end("si"):
                strings.append(current)
                inItem = false
            default: break
            }
        } initial: { [String]() }
        do {
            styles = try parts["xl/styles.xml"].map(XLSXStyles.init(xml:)) ?? XLSXStyles()
        } catch {
            throw .malformedPart(part: "xl/styles.xml", reason: error.message)
        }
    }

    /// The sheet named `name`, else the sheet whose 1-based number it is; the first without one.
    public func sheet(_ selector: String? = nil) throws(SpreadsheetError) -> SheetGrid {
        guard !sheets.isEmpty else { throw .notWorkbook(reason: "it has no sheets") }
        var chosen = sheets[0]
        if let selector {
            if let named = sheets.first(where: { $0.name == selector })
                ?? sheets.first(where: { $0.name.lowercased() == selector.lowercased() }) {
                chosen = named
            } else if let number = Int(selector), number >= 1, number <= sheets.count {
                chosen = sheets[number - 1]
            } else {
                throw .noSuchSheet(requested: selector, available: sheets.map(\.name))
            }
        }
        guard let xml = parts[chosen.path] else {
            throw .notWorkbook(reason: "the sheet '\(chosen.name)' has no part \(chosen.path)")
        }
        do {
            var reader = XLSXSheetReader(sharedStrings: sharedStrings, styles: styles, use1904: use1904)
            return SheetGrid(name: chosen.name, rows: try reader.read(xml))
        } catch {
            throw .malformedPart(part: chosen.path, reason: error.message)
        }
    }

    // MARK: - Parts

    /// `xl/worksheets/../x.xml` → `xl/x.xml`; a leading `/` dropped.
    static func normalized(_ path: String) -> String {
        var out: [Substring] = []
        for piece in path.split(separator: "/") {
            if piece == ".." { _ = out.popLast() } else if piece != "." { out.append(piece) }
        }
        return out.joined(separator: "/")
    }

    /// Folds the events of an optional part into a value (its initial value when the part is missing).
    private static func parse<T>(_ part: String, _ parts: [String: [UInt8]], _ body: (XMLPullParser.Event, inout T) -> Void,
                                 initial: () -> T) throws(SpreadsheetError) -> T {
        guard let bytes = parts[part] else { return initial() }
        return try parse(bytes, part: part, body, initial: initial)
    }

    private static func parse<T>(_ bytes: [UInt8], part: String, _ body: (XMLPullParser.Event, inout T) -> Void,
                                 initial: () -> T) throws(SpreadsheetError) -> T {
        var parser = XMLPullParser(bytes)
        var value = initial()
        do {
            while let event = try parser.next() { body(event, &value) }
        } catch {
            throw .malformedPart(part: part, reason: error.message)
        }
        return value
    }
}
