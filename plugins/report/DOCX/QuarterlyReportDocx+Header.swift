// MARK: - Header (Quốc hiệu, tiêu ngữ, cơ quan, số, địa danh và ngày tháng)

/// The header table of Nghị định 30/2020, Phụ lục I: the parent agency and the issuing body on
/// the left, level with the national motto and the slogan on the right; a short rule under the
/// issuing body and a rule as long as the slogan under it; the number and the place-and-date line
/// below.
extension QuarterlyReportDocx {
    /// National motto: capitals, 12–13 pt, bold.
    static let motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// Slogan: 13–14 pt, bold, a rule as long as the line under it.
    static let slogan = "Độc lập - Tự do - Hạnh phúc"

    /// Column widths and font size of the header table.
    struct HeaderLayout: Equatable {
        /// Size of the parent agency, the issuing body and the motto (the decree allows 12–13 pt).
        var size: Double
        /// Left (agencies) and right (motto) column widths in twips.
        var columns: [Int]
        /// The table's indent: negative when it reaches into the left margin.
        var indent: Int
        /// True when the issuing body's name fits on one line.
        var agencyFits: Bool
    }

    /// Size of the slogan, the number and the place-and-date line.
    static let headerTextSize = 13.0
    /// Left plus right cell margin of a column (`w:tblCellMar`, 85 twips a side).
    static let cellMargins = 170
    /// Room left in each column for the renderer's rounding: 2 mm.
    static let columnSlack = 113
    /// How far the header may reach into the 30 mm left margin (kept for binding): 8 mm.
    static let maxOverhang = 454

    /// The header's layout for `header` on a text width of `width` twips: the largest size (13,
    /// then 12 pt) at which both the motto and the issuing body's name fit on one line, within the
    /// text width or reaching at most `maxOverhang` into the left margin. A name too long even at
    /// 12 pt wraps inside the left column (the decree allows several lines).
    static func headerLayout(_ header: ReportHeader, width: Int) -> HeaderLayout {
        let pad = cellMargins + columnSlack
        for size in [13.0, 12.0] {
            let right = TimesMetrics.width(motto, size: size, bold: true) + pad
            let left = agencyLineWidth(header, size: size) + pad
            guard left + right <= width + maxOverhang else { continue }
            let total = max(width, left + right)
            let extra = total - left - right
            let rightColumn = right + extra / 2
            return HeaderLayout(size: size, columns: [total - rightColumn, rightColumn], indent: width - total, agencyFits: true)
        }
        let right = TimesMetrics.width(motto, size: 12, bold: true) + pad
        return HeaderLayout(size: 12, columns: [width - right, right], indent: 0, agencyFits: false)
    }

    /// The widest of the parent agency (regular) and the issuing body (bold) at `size`, in twips.
    private static func agencyLineWidth(_ header: ReportHeader, size: Double) -> Int {
        let parent = header.parentAgency.map { TimesMetrics.width($0.uppercased(), size: size, bold: false) } ?? 0
        return max(parent, TimesMetrics.width(header.agencyShort.uppercased(), size: size, bold: true))
    }

    static func header(_ header: ReportHeader, width: Int) -> DocxTable {
        let layout = headerLayout(header, width: width)
        let size = layout.size
        let (left, right) = (layout.columns[0], layout.columns[1])
        let agencyName = header.agencyShort.uppercased()

        var agency: [DocxParagraph] = []
        if let parent = header.parentAgency {
            agency.append(DocxParagraph(parent.uppercased(), alignment: .center, size: size))
        }
        agency.append(DocxParagraph(agencyName, alignment: .center, bold: true, size: size))
        // The rule under the issuing body: 1/3 to 1/2 of the name's line (here 2/5), centred.
        let nameWidth = min(TimesMetrics.width(agencyName, size: size, bold: true), left - cellMargins)
        agency.append(rule(cellWidth: left, length: nameWidth * 2 / 5))

        // The rule under the slogan is as long as the slogan.
        let sloganWidth = TimesMetrics.width(slogan, size: headerTextSize, bold: true)
        let mottoLines = [
            DocxParagraph(motto, alignment: .center, bold: true, size: size),
            DocxParagraph(slogan, alignment: .center, bold: true, size: headerTextSize),
            rule(cellWidth: right, length: sloganWidth),
        ]
        var number = DocxParagraph(header.numberLine, alignment: .center, size: headerTextSize)
        number.spaceBefore = 6
        var dateLine = DocxParagraph(header.dateLine, alignment: .center, italic: true, size: headerTextSize)
        dateLine.spaceBefore = 6
        return DocxTable(
            columnWidths: layout.columns,
            rows: [[DocxCell(agency), DocxCell(mottoLines)], [DocxCell([number]), DocxCell([dateLine])]],
            borders: false, indent: layout.indent)
    }

    /// A horizontal rule `length` twips long, centred in a cell (or the page) `cellWidth` wide: an
    /// empty paragraph two points high whose bottom border is the rule, narrowed by its indents.
    static func rule(cellWidth: Int, length: Int, margins: Int = cellMargins, after: Double = 0) -> DocxParagraph {
        var paragraph = DocxParagraph([], alignment: .center)
        let side = max(0, (cellWidth - margins - length) / 2)
        paragraph.leftIndent = side
        paragraph.rightIndent = side
        paragraph.bottomBorder = true
        paragraph.exactLineHeight = 2
        paragraph.spaceAfter = after
        return paragraph
    }
}
