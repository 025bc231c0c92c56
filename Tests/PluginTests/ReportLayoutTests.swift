import Foundation
import NotifyPeers
import Testing
import WFPluginAPI

@testable import ReportPlugin

/// The layout of the report: the DOCX header of Nghị định 30/2020 Phụ lục I (widths, rules,
/// the signature kept with the text), checked in the XML and, where LibreOffice and pdftotext
/// are installed, in the PDF; and the HTML timeline's axis and bars.
@Suite struct ReportLayoutTests {
    static let ministryPlan = ReportFixture.plan
        .replacingOccurrences(of: "department: Sở Thông tin và Truyền thông tỉnh Bắc Ninh",
                              with: "department: Văn phòng Bộ Thông tin và Truyền thông")
        .replacingOccurrences(of: "director: Nguyễn Trung Hiền", with: "director: Nguyễn Văn A\n  place: Hà Nội")

    // MARK: - DOCX header

    @Test("the header's columns hold the issuing body and the motto on one line each, within the decree's margins")
    func headerWidths() throws {
        let header = try Self.header(agency: "Sở Thông tin và Truyền thông tỉnh Bắc Ninh")
        let width = DocxPage.a4Decree30.textWidth
        #expect(width == 9354, "A4 less 30 mm left and 15 mm right")
        let layout = QuarterlyReportDocx.headerLayout(header, width: width)
        #expect(layout.agencyFits && layout.size == 12, "13 pt does not fit both on 165 mm; the decree allows 12")
        let pad = QuarterlyReportDocx.cellMargins
        #expect(layout.columns[0] - pad >= TimesMetrics.width("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", size: 12, bold: true))
        #expect(layout.columns[0] - pad >= TimesMetrics.width("UBND TỈNH BẮC NINH", size: 12, bold: false))
        #expect(layout.columns[1] - pad >= TimesMetrics.width(QuarterlyReportDocx.motto, size: 12, bold: true))
        // The table reaches into the 30 mm left margin by at most 8 mm, never into the right one.
        #expect(layout.columns.reduce(0, +) == width - layout.indent)
        #expect(layout.indent <= 0 && -layout.indent <= QuarterlyReportDocx.maxOverhang)
    }

    @Test("Times New Roman widths match the font's own advance widths", arguments: [
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 12.0, true, 4194),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12.0, true, 5007),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13.0, true, 5424),
        ("Độc lập - Tự do - Hạnh phúc", 13.0, true, 3183),
        ("UBND TỈNH BẮC NINH", 13.0, false, 2737),
    ])
    func metrics(text: String, size: Double, bold: Bool, twips: Int) {
        // Measured with the fonts' hmtx tables (Liberation Serif, metric-compatible); ±1 for rounding.
        #expect(abs(TimesMetrics.width(text, size: size, bold: bold) - twips) <= 1)
    }

    @Test("the header in document.xml: widths, the rules as borders of measured length, no underline")
    func headerXML() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        try await fixture.run(["output": "out/h.docx", "number": "125/BC-STTTT"])
        let docx = try DocxReadBack(fixture.folder.appendingPathComponent("out/h.docx"))
        let document = try #require(docx.parts["word/document.xml"])
        let table = try #require(Self.firstTable(document))
        let header = try Self.header(agency: "Sở Thông tin và Truyền thông tỉnh Bắc Ninh")
        let layout = QuarterlyReportDocx.headerLayout(header, width: DocxPage.a4Decree30.textWidth)
        #expect(table.contains("<w:tblW w:w=\"\(layout.columns.reduce(0, +))\" w:type=\"dxa\"/>"))
        #expect(table.contains("<w:tblInd w:w=\"\(layout.indent)\" w:type=\"dxa\"/>"))
        #expect(table.contains("<w:gridCol w:w=\"\(layout.columns[0])\"/><w:gridCol w:w=\"\(layout.columns[1])\"/>"))
        #expect(!table.contains("<w:u "), "rules are borders, not underlined text")
        // Two rules, each an empty paragraph with a bottom border, narrowed by indents.
        let rules = table.components(separatedBy: "<w:pBdr><w:bottom w:val=\"single\"").dropFirst()
        #expect(rules.count == 2)
        let nameWidth = TimesMetrics.width("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", size: 12, bold: true)
        let sloganWidth = TimesMetrics.width(QuarterlyReportDocx.slogan, size: 13, bold: true)
        let pad = QuarterlyReportDocx.cellMargins
        let indents = rules.compactMap { Self.attribute("w:left", in: $0) }
        #expect(indents.count == 2)
        if indents.count == 2 {
            let underName = layout.columns[0] - pad - 2 * indents[0]
            #expect(underName * 3 >= nameWidth && underName * 2 <= nameWidth, "1/3 to 1/2 of the name: \(underName)")
            let underSlogan = layout.columns[1] - pad - 2 * indents[1]
            #expect(abs(underSlogan - sloganWidth) <= 2, "as long as the slogan: \(underSlogan) vs \(sloganWidth)")
        }
        // The motto's line first, level with the parent agency: no spacer above it.
        let rightCell = try #require(table.components(separatedBy: "<w:tc>").dropFirst(2).first)
        #expect(docxFirstText(rightCell) == QuarterlyReportDocx.motto)
        let leftCell = try #require(table.components(separatedBy: "<w:tc>").dropFirst().first)
        #expect(docxFirstText(leftCell) == "UBND TỈNH BẮC NINH")
    }

    @Test("the signature and Nơi nhận stay with the last paragraph: keepNext before, a row that cannot split")
    func signatureKeptWithText() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        try await fixture.run(["output": "out/k.docx"])
        let docx = try DocxReadBack(fixture.folder.appendingPathComponent("out/k.docx"))
        let document = try #require(docx.parts["word/document.xml"])
        let signatureStart = try #require(document.range(of: "<w:tbl>", options: .backwards))
        let before = document[..<signatureStart.lowerBound]
        let lastParagraph = try #require(before.range(of: "<w:p>", options: .backwards))
        #expect(before[lastParagraph.lowerBound...].contains("<w:keepNext/>"), "the body's last paragraph keeps with the signature")
        let signature = String(document[signatureStart.lowerBound...])
        #expect(signature.contains("Nơi nhận:"))
        let rows = signature.components(separatedBy: "<w:tr>").dropFirst()
        #expect(rows.count == 1 && rows.allSatisfy { $0.hasPrefix("<w:trPr><w:cantSplit/>") }, "one row that cannot split")
        // The paragraph the body must end with is a point high, so it never makes a page of its own.
        let sectionStart = try #require(document.range(of: "<w:sectPr>"))
        let lastParagraphXML = try #require(document[..<sectionStart.lowerBound].range(of: "<w:p>", options: .backwards))
        #expect(document[lastParagraphXML.lowerBound..<sectionStart.lowerBound].contains("w:line=\"20\" w:lineRule=\"exact\""))
    }

    @Test("in the PDF, the signature shares its page with the last item and no empty page follows",
          .needs(.soffice), .needs(.pdftotext), arguments: [21, 22, 23])
    func signaturePageInPDF(goals: Int) async throws {
        // With Liberation Serif, 22 goals fill page 2 to the bottom and 23 push the signature over.
        var plan = """
            wf: 1
            name: Kiểm tra ngắt trang
            period: 2023-Q4
            vars:
              department: Sở Thông tin và Truyền thông tỉnh Bắc Ninh
              director: Nguyễn Trung Hiền
            goals:

            """
        for index in 1...goals {
            plan += "  - { id: g\(index), title: Nhiệm vụ số \(index) về chuyển đổi số và cải cách hành chính của tỉnh giai đoạn 2021 – 2025, due: 2024-02-\(index < 10 ? "0" : "")\(index) }\n"
        }
        plan += "steps:\n  - { id: bao-cao-quy, uses: report, with: { output: out/r.docx } }\n"
        let fixture = try ReportFixture(plan)
        defer { fixture.remove() }
        try await fixture.run(["output": "out/r.docx"])
        let converted = try LibreOffice.convertToPDF(fixture.folder.appendingPathComponent("out/r.docx"), in: fixture.folder)
        #expect(converted.status == 0, "soffice said: \(converted.output)")
        let pages = try Self.pdfText(fixture.folder.appendingPathComponent("r.pdf"), allPages: true)
            .components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let signaturePage = try #require(pages.firstIndex { $0.contains("Nơi nhận:") })
        #expect(pages[signaturePage].contains("\(goals). Nhiệm vụ số \(goals) "), "the last item is on the signature's page")
        #expect(signaturePage == pages.count - 1, "no page (not even one with only its number) after the signature's")
    }

    @Test("a unit under a ministry is named without the ministry", arguments: [
        ("Văn phòng Bộ Thông tin và Truyền thông", nil as String?, "Bộ Thông tin và Truyền thông", "Văn phòng"),
        ("Văn phòng Bộ Thông tin và Truyền thông", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "Văn phòng"),
        ("Văn phòng Bộ", "Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông", "Văn phòng"),
        ("Văn phòng", "Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông", "Văn phòng"),
        ("Cục Chuyển đổi số quốc gia", "Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông", "Cục Chuyển đổi số quốc gia"),
        ("Đại diện Văn phòng Bộ Thông tin và Truyền thông tại TP Đà Nẵng", nil, "Bộ Thông tin và Truyền thông",
         "Đại diện Văn phòng Bộ tại TP Đà Nẵng"),
        ("Vụ Tổ chức cán bộ", "Bộ Nội vụ", "Bộ Nội vụ", "Vụ Tổ chức cán bộ"),
        ("Trung tâm Dịch vụ công tỉnh Bắc Ninh", "Văn phòng UBND tỉnh Bắc Ninh", "Văn phòng UBND tỉnh Bắc Ninh", "Trung tâm Dịch vụ công"),
        ("Sở Thông tin và Truyền thông tỉnh Bắc Ninh", nil, "UBND tỉnh Bắc Ninh", "Sở Thông tin và Truyền thông"),
        ("Sở Thông tin và Truyền thông tỉnh Bắc Ninh", "UBND TỈNH BẮC NINH", "UBND TỈNH BẮC NINH", "Sở Thông tin và Truyền thông"),
    ])
    func agencyUnderParent(agency: String, parent: String?, expectedParent: String, expectedShort: String) throws {
        let header = try Self.header(agency: agency, parent: parent)
        #expect(header.parentAgency == expectedParent)
        #expect(header.agencyShort == expectedShort)
    }

    @Test("in the PDF, the agency, the issuing body and the motto each stay on one line",
          .needs(.soffice), .needs(.pdftotext))
    func headerLinesInPDF() async throws {
        for (plan, lines) in [
            (ReportFixture.plan, [("UBND TỈNH BẮC NINH", QuarterlyReportDocx.motto),
                                  ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", QuarterlyReportDocx.slogan)]),
            (Self.ministryPlan, [("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", QuarterlyReportDocx.motto),
                                 ("VĂN PHÒNG", QuarterlyReportDocx.slogan)]),
        ] {
            let fixture = try ReportFixture(plan)
            defer { fixture.remove() }
            try await fixture.run(["output": "out/p.docx", "number": "125/BC-STTTT"])
            let converted = try LibreOffice.convertToPDF(fixture.folder.appendingPathComponent("out/p.docx"), in: fixture.folder)
            #expect(converted.status == 0, "soffice said: \(converted.output)")
            let text = try Self.pdfText(fixture.folder.appendingPathComponent("p.pdf"))
            let pageLines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            for (left, right) in lines {
                // pdftotext -layout puts text at the same height on one line: left column, then right.
                let line = pageLines.first { $0.hasPrefix(left) }
                #expect(line?.hasSuffix(right) == true, "expected '\(left) … \(right)' on one line in:\n\(text.prefix(600))")
            }
        }
    }

    // MARK: - HTML timeline

    @Test("bars start at start:, else the day after their after: items, else the period's start, else a week before due")
    func barStarts() throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        let starts = fixture.compiled.barStarts()
        #expect(starts["de-an-cds"] == CivilDate.parse("2023-10-04"), "after bao-cao-nq44, due 03/10")
        #expect(starts["bao-cao-nq44"] == CivilDate.parse("2023-10-01"), "the period 2023-Q4 starts 01/10")
        #expect(starts["tong-ket"] == CivilDate.parse("2023-10-01"))
        let noPeriod = try ReportFixture(ReportFixture.plan.replacingOccurrences(of: "period: 2023-Q4\n", with: ""))
        defer { noPeriod.remove() }
        let short = noPeriod.compiled.barStarts()
        #expect(short["tong-ket"] == CivilDate.parse("2024-01-09"), "a week's bar ending 15/01, not from 01/01")
        #expect(short["de-an-cds"] == CivilDate.parse("2023-10-04"))
    }

    @Test("a due phrase's span starts its bar; continuous work spans the whole timeline")
    func phrasesAndContinuousWork() async throws {
        let plan = """
            wf: 1
            name: Kế hoạch năm 2025
            period: 2025
            goals:
              - { id: quy-2, title: Việc trong quý II, due: Quý II/2025 }
              - { id: thuong-xuyen, title: Việc thường xuyên, due: Thường xuyên }
              - { id: cuoi-nam, title: Việc cuối năm, due: 2025-12-15 }
            steps:
              - id: bao-cao-quy
                uses: report
                with: { output: out/t.html }
            """
        let fixture = try ReportFixture(plan)
        defer { fixture.remove() }
        let starts = fixture.compiled.barStarts()
        #expect(starts["quy-2"] == CivilDate.parse("2025-04-01"), "Quý II/2025 starts 01/04")
        #expect(starts["cuoi-nam"] == CivilDate.parse("2025-01-01"), "the period's start")
        #expect(starts["thuong-xuyen"] == nil, "no due date, no bar start")
        try await fixture.run(["output": "out/t.html"], asOf: "2025-05-05")
        let svg = try Self.svg(fixture.text("out/t.html"))
        let continuous = try #require(Self.row(svg, title: "Việc thường xuyên"))
        #expect(Self.number("x", in: continuous) == 310, "from the report's start")
        let quarter = try #require(Self.row(svg, title: "Việc trong quý II"))
        #expect(try #require(Self.number("x", in: quarter)) > 310, "not from the start of the year")
    }

    @Test("the timeline draws a goal without start from where its predecessor ends")
    func timelineBarFollowsPredecessor() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        try await fixture.run(["output": "out/t.html"])
        let svg = try Self.svg(fixture.text("out/t.html"))
        let predecessor = try #require(Self.row(svg, title: "Báo cáo đánh giá 05 năm"))
        let follower = try #require(Self.row(svg, title: "Đề án ứng dụng CNTT"))
        let end = try #require(Self.number("cx", in: predecessor))
        let start = try #require(Self.number("x", in: follower))
        #expect(abs(end - start) < 0.2, "the bar starts at the predecessor's marker: \(start) vs \(end)")
    }

    @Test("month labels never overlap: every month, every second, quarters or years, by span", arguments: [
        ("2023-10-20", "Tháng 10/2023"),
        ("2023-12-31", "Tháng 10/2023"),
        ("2024-03-31", "10/2023"),
        ("2024-09-30", "10/2023"),
        ("2024-12-31", "10/2023"),
        ("2025-09-30", "IV/2023"),
        ("2026-06-30", "2023"),
        ("2035-12-31", "2023"),
    ])
    func axisLabels(last: String, firstLabel: String) async throws {
        let plan = """
            wf: 1
            name: Trục thời gian
            goals:
              - { id: dau, title: Việc đầu, due: 2023-10-01, start: 2023-10-01 }
              - { id: cuoi, title: Việc cuối, due: \(last), after: [dau] }
            steps:
              - id: bao-cao-quy
                uses: report
                with: { output: out/t.html }
            """
        let fixture = try ReportFixture(plan)
        defer { fixture.remove() }
        try await fixture.run(["output": "out/t.html"])
        let svg = try Self.svg(fixture.text("out/t.html"))
        let labels = Self.axisLabels(svg)
        #expect(!labels.isEmpty)
        #expect(labels.first?.text == firstLabel, "labels: \(labels.map(\.text))")
        var right = 310.0
        for label in labels {
            let half = AxisScale.textWidth(label.text) / 2
            #expect(label.x - half >= right - 0.1, "'\(label.text)' overlaps the label before it: \(labels)")
            #expect(label.x + half <= 890.1, "'\(label.text)' runs past the chart")
            right = label.x + half
        }
        #expect(!svg.contains("Tháng 1/2023"), "nothing is drawn from 1 January")
    }

    // MARK: - Helpers

    static func svg(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>"))
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The `<g class="row goal">` whose title starts with `title`.
    static func row(_ svg: String, title: String) -> String? {
        svg.components(separatedBy: "<g class=\"row goal\">").dropFirst()
            .first { $0.hasPrefix("<title>\(title)") }
            .map { $0.components(separatedBy: "</g>")[0] }
    }

    /// The first `name="…"` number after the row's label (the bar's, the marker's).
    static func number(_ name: String, in row: String) -> Double? {
        guard let label = row.range(of: "</text>"),
              let range = row.range(of: " \(name)=\"", range: label.upperBound..<row.endIndex) else { return nil }
        return Double(row[range.upperBound...].prefix { $0.isNumber || $0 == "." || $0 == "-" })
    }

    /// The axis labels (`y="14"`), left to right.
    static func axisLabels(_ svg: String) -> [(x: Double, text: String)] {
        svg.components(separatedBy: "<text x=\"").dropFirst().compactMap { piece in
            guard piece.contains("\" y=\"14\""), let x = Double(piece.prefix { $0.isNumber || $0 == "." }),
                  let open = piece.firstIndex(of: ">"), let close = piece.range(of: "</text>") else { return nil }
            return (x, String(piece[piece.index(after: open)..<close.lowerBound]))
        }
    }

    static func header(agency: String, parent: String? = nil) throws -> ReportHeader {
        var yaml = ReportFixture.plan.replacingOccurrences(
            of: "department: Sở Thông tin và Truyền thông tỉnh Bắc Ninh", with: "department: \(agency)")
        if let parent { yaml = yaml.replacingOccurrences(of: "vars:\n", with: "vars:\n  parent_agency: \(parent)\n") }
        let fixture = try ReportFixture(yaml)
        defer { fixture.remove() }
        let asOf = try #require(CivilDate.parse("2023-10-05"))
        return ReportHeader.resolve(Inputs([:]), plan: fixture.compiled.plan, asOf: asOf)
    }

    static func firstTable(_ document: String) -> String? {
        guard let start = document.range(of: "<w:tbl>"), let end = document.range(of: "</w:tbl>") else { return nil }
        return String(document[start.lowerBound..<end.upperBound])
    }

    static func attribute(_ name: String, in xml: String) -> Int? {
        guard let range = xml.range(of: "\(name)=\"") else { return nil }
        return Int(xml[range.upperBound...].prefix { $0.isNumber || $0 == "-" })
    }

    static func pdfText(_ pdf: URL, allPages: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout"] + (allPages ? [] : ["-f", "1", "-l", "1"]) + [pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The text of the first `w:t` in an XML fragment.
func docxFirstText(_ xml: String) -> String? {
    guard let open = [xml.range(of: "<w:t>"), xml.range(of: "<w:t xml:space=\"preserve\">")].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }),
          let close = xml.range(of: "</w:t>", range: open.upperBound..<xml.endIndex) else { return nil }
    return String(xml[open.upperBound..<close.lowerBound])
}

/// A goal's `product:` and `group:` (written by `wf import` from an annex) in the report.
@Suite struct ReportProductTests {
    static let plan = ReportFixture.plan.replacingOccurrences(of: """
            progress: 40%
            kpi:
        """, with: """
            progress: 40%
            product: Quyết định phê duyệt Đề án
            group: I. HOÀN THIỆN THỂ CHẾ
            kpi:
        """)

    @Test("the product under the title and the group above it, in Markdown and DOCX")
    func productAndGroup() async throws {
        #expect(Self.plan.contains("product: Quyết định phê duyệt Đề án"))
        let fixture = try ReportFixture(Self.plan)
        defer { fixture.remove() }
        try await fixture.run(["output": "out/r.md"])
        let markdown = try fixture.text("out/r.md")
        #expect(markdown.contains("_I. HOÀN THIỆN THỂ CHẾ_<br>Đề án ứng dụng CNTT và CĐS tỉnh Bắc Ninh giai đoạn 2024–2030<br>Sản phẩm: Quyết định phê duyệt Đề án"))
        try await fixture.run(["output": "out/r.docx"])
        let docx = try DocxReadBack(fixture.folder.appendingPathComponent("out/r.docx"))
        #expect(docx.paragraph("Sản phẩm: Quyết định phê duyệt Đề án") != nil)
        #expect(docx.paragraph("I. HOÀN THIỆN THỂ CHẾ") != nil)
    }
}
