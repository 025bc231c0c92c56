/// The workbook's styles part: each distinct ``CellStyle`` once as a cell format (`xf`), with
/// its font, fill and border shared among formats.
struct StyleTable: Sendable {
    /// The font every cell uses, at `defaultSize` points unless its style says otherwise.
    static let fontName = "Times New Roman"
    static let defaultSize = 12.0

    private struct Font: Hashable { var bold: Bool; var italic: Bool; var size: Double; var color: String? }

    private var styles: [CellStyle] = [CellStyle()]
    private var styleIndex: [CellStyle: Int] = [CellStyle(): 0]
    private var fonts: [Font] = [Font(bold: false, italic: false, size: defaultSize, color: nil)]
    private var fills: [String] = []

    /// The index of `style` in `cellXfs`, added when new.
    mutating func index(of style: CellStyle) -> Int {
        if let known = styleIndex[style] { return known }
        styleIndex[style] = styles.count
        styles.append(style)
        let font = Self.font(style)
        if !fonts.contains(font) { fonts.append(font) }
        if let fill = style.fill, !fills.contains(fill) { fills.append(fill) }
        return styles.count - 1
    }

    private static func font(_ style: CellStyle) -> Font {
        Font(bold: style.bold, italic: style.italic, size: style.size ?? defaultSize, color: style.color)
    }

    /// `xl/styles.xml`.
    var xml: String {
        var xml = OOXMLPackage.declaration + "<styleSheet xmlns=\"\(WorkbookXML.mainNamespace)\">"
        let custom = CellStyle.NumberFormat.custom
        xml += "<numFmts count=\"\(custom.count)\">"
        for format in custom {
            xml += "<numFmt numFmtId=\"\(format.id)\" formatCode=\"\(XMLText.escape(format.code ?? "General"))\"/>"
        }
        xml += "</numFmts><fonts count=\"\(fonts.count)\">"
        for font in fonts {
            xml += "<font>"
            if font.bold { xml += "<b/>" }
            if font.italic { xml += "<i/>" }
            xml += "<sz val=\"\(WorkbookXML.number(font.size))\"/>"
            if let color = font.color { xml += "<color rgb=\"FF\(color)\"/>" }
            xml += "<name val=\"\(Self.fontName)\"/><family val=\"1\"/></font>"
        }
        // Fills 0 and 1 are reserved (none, gray125); solid colours follow.
        xml += "</fonts><fills count=\"\(fills.count + 2)\">"
            + "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in fills {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(fill)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        let thin = ["left", "right", "top", "bottom"].map { "<\($0) style=\"thin\"><color rgb=\"FF808080\"/></\($0)>" }.joined()
        xml += "</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border>\(thin)<diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(styles.count)\">"
        for style in styles {
            let fontID = fonts.firstIndex(of: Self.font(style)) ?? 0
            let fillID = style.fill.flatMap { fills.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
            xml += "<xf numFmtId=\"\(style.format.id)\" fontId=\"\(fontID)\" fillId=\"\(fillID)\" borderId=\"\(style.border ? 1 : 0)\" xfId=\"0\""
            if style.format != .general { xml += " applyNumberFormat=\"1\"" }
            if fontID != 0 { xml += " applyFont=\"1\"" }
            if fillID != 0 { xml += " applyFill=\"1\"" }
            if style.border { xml += " applyBorder=\"1\"" }
            if style.alignment != .general || style.wrap || style.border {
                xml += " applyAlignment=\"1\"><alignment"
                if style.alignment != .general { xml += " horizontal=\"\(style.alignment.rawValue)\"" }
                if style.border { xml += " vertical=\"top\"" }
                if style.wrap { xml += " wrapText=\"1\"" }
                xml += "/></xf>"
            } else {
                xml += "/>"
            }
        }
        return xml + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
    }
}
