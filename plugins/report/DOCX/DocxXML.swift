import WFPluginAPI
import WFSpreadsheet

/// Serializes the document model into WordprocessingML (ECMA-376) parts.
enum DocxXML {
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let declaration = OOXMLPackage.declaration

    // MARK: - Body

    /// `word/document.xml` for `blocks` on the page `page`, written into one buffer.
    static func document(_ blocks: [DocxBlock], page: DocxPage) -> String {
        var xml = declaration
        // A table of thousands of goals is tens of megabytes: grown by doubling, it would be
        // copied (and its new pages touched) again and again.
        xml.reserveCapacity(blocks.reduce(4096) { size, block in
            switch block {
            case .paragraph: size + 600
            case .table(let table): size + 1024 + table.rows.reduce(0) { $0 + rowSize(cells: $1.count) }
            }
        })
        xml += "<w:document xmlns:w=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><w:body>"
        var previousWasTable = false
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                self.paragraph(paragraph, into: &xml)
                previousWasTable = false
            case .table(let table):
                // Two tables in a row would merge in Word: keep a thin paragraph between them.
                if previousWasTable { xml += spacer }
                self.table(table, into: &xml)
                previousWasTable = true
            }
        }
        // The body must end in a paragraph: after a final table (the signature), one a point high,
        // so a table that fills the page does not push it onto an empty page of its own.
        if previousWasTable || blocks.isEmpty { xml += endSpacer }
        xml += sectionProperties(page)
        xml += "</w:body></w:document>"
        return xml
    }

    private static let endSpacer = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>"
    private static let spacer = "<w:p><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:rPr><w:sz w:val=\"4\"/></w:rPr></w:pPr></w:p>"

    static func sectionProperties(_ page: DocxPage) -> String {
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader1\"/>"
            + "<w:pgSz w:w=\"\(page.width)\" w:h=\"\(page.height)\"/>"
            + "<w:pgMar w:top=\"\(page.top)\" w:right=\"\(page.right)\" w:bottom=\"\(page.bottom)\" w:left=\"\(page.left)\""
            + " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>"
    }

    static func paragraph(_ p: DocxParagraph) -> String {
        var xml = ""
        paragraph(p, into: &xml)
        return xml
    }

    static func paragraph(_ p: DocxParagraph, into xml: inout String) {
        xml += "<w:p><w:pPr>"
        if p.keepNext { xml += "<w:keepNext/>" }
        if p.pageBreakBefore { xml += "<w:pageBreakBefore/>" }
        if p.bottomBorder {
            xml += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
        }
        // No space around and 1.15 lines are the document's defaults (`styles`): most paragraphs,
        // every cell of a table of thousands of goals among them, need not say so.
        if p.spaceBefore != 0 || p.spaceAfter != 0 || p.exactLineHeight != nil {
            xml += "<w:spacing w:before=\""
            xml += String(twentieths(p.spaceBefore))
            xml += "\" w:after=\""
            xml += String(twentieths(p.spaceAfter))
            if let exact = p.exactLineHeight {
                xml += "\" w:line=\"\(twentieths(exact))\" w:lineRule=\"exact\"/>"
            } else {
                xml += "\" w:line=\"276\" w:lineRule=\"auto\"/>"
            }
        }
        if p.leftIndent != 0 || p.rightIndent != 0 || p.hanging != 0 || p.firstLineIndent != 0 {
            xml += "<w:ind"
            if p.leftIndent != 0 { xml += " w:left=\"\(p.leftIndent)\"" }
            if p.rightIndent != 0 { xml += " w:right=\"\(p.rightIndent)\"" }
            if p.hanging != 0 {
                xml += " w:hanging=\"\(p.hanging)\""
            } else if p.firstLineIndent != 0 {
                xml += " w:firstLine=\"\(p.firstLineIndent)\""
            }
            xml += "/>"
        }
        xml += "<w:jc w:val=\""
        xml += p.alignment.rawValue
        xml += "\"/></w:pPr>"
        for run in p.runs { self.run(run, into: &xml) }
        xml += "</w:p>"
    }

    static func run(_ r: DocxRun) -> String {
        var xml = ""
        run(r, into: &xml)
        return xml
    }

    static func run(_ r: DocxRun, into xml: inout String) {
        xml += "<w:r>"
        if r.bold || r.italic || r.size != nil || r.underline {
            xml += "<w:rPr>"
            if r.bold { xml += "<w:b/><w:bCs/>" }
            if r.italic { xml += "<w:i/><w:iCs/>" }
            if let size = r.size {
                let half = String(Int((size * 2).rounded()))
                xml += "<w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/>"
            }
            if r.underline { xml += "<w:u w:val=\"single\"/>" }
            xml += "</w:rPr>"
        }
        if r.breakBefore { xml += "<w:br/>" }
        if !r.text.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") }) {
            // One line, no tabs: the common case.
            if !r.text.isEmpty { text(r.text, into: &xml) }
            xml += "</w:r>"
            return
        }
        var first = true
        for line in r.text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { xml += "<w:br/>" }
            first = false
            var firstPiece = true
            for piece in line.split(separator: "\t", omittingEmptySubsequences: false) {
                if !firstPiece { xml += "<w:tab/>" }
                firstPiece = false
                if !piece.isEmpty { text(String(piece), into: &xml) }
            }
        }
        xml += "</w:r>"
    }

    /// About how many bytes of XML a table row of `cells` cells takes, to reserve room for it.
    private static func rowSize(cells: Int) -> Int { 96 + cells * 280 }

    /// A `w:t` element; it keeps its spaces only when told to, which only text with a space (or
    /// a CR) at either end or two spaces in a row needs.
    private static func text(_ text: String, into xml: inout String) {
        let utf8 = text.utf8
        let space = UInt8(ascii: " ")
        let (first, last) = (utf8.first, utf8.last)
        let carriageReturn = UInt8(ascii: "\r")
        var keepsSpaces = first == space || last == space || first == carriageReturn || last == carriageReturn
        if !keepsSpaces {
            var previous: UInt8 = 0
            for byte in utf8 {
                if byte == space, previous == space {
                    keepsSpaces = true
                    break
                }
                previous = byte
            }
        }
        xml += keepsSpaces ? "<w:t xml:space=\"preserve\">" : "<w:t>"
        XMLText.escape(text, into: &xml)
        xml += "</w:t>"
    }

    /// A table; one of `splitRows` rows or more is written in two halves on two threads.
    static func table(_ t: DocxTable, into xml: inout String, splitRows: Int = Background.threshold * 4) {
        let width = t.columnWidths.reduce(0, +)
        let border = t.borders ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\""
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
        xml += "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>"
            + (t.indent == 0 ? "<w:jc w:val=\"center\"/>" : "<w:jc w:val=\"left\"/><w:tblInd w:w=\"\(t.indent)\" w:type=\"dxa\"/>")
            + "<w:tblBorders>\(borders)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>"
            + "</w:tblPr><w:tblGrid>"
            + t.columnWidths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        // A table of thousands of rows (a report's every goal) is written in two halves, the
        // second on another thread; the halves join in order, so the XML is the same.
        if t.rows.count >= splitRows, Background.available {
            let half = t.rows.count / 2
            let pending = Background.start {
                var second = ""
                second.reserveCapacity((t.rows.count - half) * rowSize(cells: t.columnWidths.count))
                rows(of: t, half..<t.rows.count, into: &second)
                return second
            }
            rows(of: t, 0..<half, into: &xml)
            xml += pending.result()
        } else {
            rows(of: t, t.rows.indices, into: &xml)
        }
        xml += "</w:tbl>"
    }

    /// The rows `range` of table `t`.
    private static func rows(of t: DocxTable, _ range: Range<Int>, into xml: inout String) {
        let cellOpenings = t.columnWidths.map { "<w:tc><w:tcPr><w:tcW w:w=\"\($0)\" w:type=\"dxa\"/>" }
        for rowIndex in range {
            xml += t.headerRow && rowIndex == 0 ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (column, cell) in t.rows[rowIndex].enumerated() {
                xml += column < cellOpenings.count ? cellOpenings[column] : "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"dxa\"/>"
                if let fill = cell.shading { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
                if t.borders { xml += "<w:vAlign w:val=\"center\"/>" }
                xml += "</w:tcPr>"
                for paragraph in cell.paragraphs { self.paragraph(paragraph, into: &xml) }
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
    }

    /// Points to twentieths of a point (`w:spacing`).
    private static func twentieths(_ points: Double) -> Int { Int((points * 20).rounded()) }

    // MARK: - Package parts

    /// `word/header1.xml`: the page number, centred in the top margin (from page 2, as Nghị định 30/2020 asks).
    static func pageNumberHeader(size: Double) -> String {
        let half = Int((size * 2).rounded())
        let rPr = "<w:rPr><w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/></w:rPr>"
        return declaration + "<w:hdr xmlns:w=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<w:p><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/></w:pPr>"
            + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r>\(rPr)<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r>\(rPr)<w:t>2</w:t></w:r>"
            + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>"
    }

    /// `word/styles.xml`: Times New Roman at `size` points, Vietnamese; paragraphs with no space
    /// before or after and 1.15 lines, as `paragraph` writes them unless told otherwise.
    static func styles(size: Double) -> String {
        let half = Int((size * 2).rounded())
        let fonts = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        return declaration + "<w:styles xmlns:w=\"\(mainNamespace)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(fonts)<w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/>"
            + "<w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:semiHidden/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/></w:style>"
            + "</w:styles>"
    }

    /// `word/settings.xml`.
    static let settings = declaration + "<w:settings xmlns:w=\"\(mainNamespace)\">"
        + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>"

    /// `word/_rels/document.xml.rels`.
    static let documentRelationships = OOXMLPackage.relationships([
        .init(id: "rIdStyles", type: "styles", target: "styles.xml"),
        .init(id: "rIdSettings", type: "settings", target: "settings.xml"),
        .init(id: "rIdHeader1", type: "header", target: "header1.xml"),
    ])
}
