import Foundation
import NotifyPeers
import Testing
import WFPluginAPI
import WFSpreadsheet
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import ReportPlugin

/// The report plugin against real files: DOCX read back, Markdown and HTML content.
@Suite struct ReportPluginTests {
    static let motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    static let titles = [
        "Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44 về thành phố thông minh",
        "Đề án ứng dụng CNTT và CĐS tỉnh Bắc Ninh giai đoạn 2024–2030",
        "Kế hoạch hưởng ứng Ngày CĐS quốc gia",
    ]

    // MARK: - DOCX

    @Test("the built-in quarterly-report DOCX reads back with the Nghị định 30/2020 header, sections and goals")
    func docxReadsBack() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        let outcome = try await fixture.run([
            "output": "out/bao-cao-quy-IV-2023.docx", "number": "125/BC-STTTT",
            "recipients": .array(["UBND tỉnh (để báo cáo)", "Bộ Thông tin và Truyền thông"]),
        ])
        #expect(outcome.outputs["path"] == .string("out/bao-cao-quy-IV-2023.docx"))
        #expect(outcome.outputs["format"] == .string("docx"))

        let docx = try DocxReadBack(fixture.folder.appendingPathComponent("out/bao-cao-quy-IV-2023.docx"))
        #expect(docx.entries.first == "[Content_Types].xml")
        for part in ["_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                     "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"] {
            #expect(docx.entries.contains(part), "missing part \(part)")
        }
        #expect(docx.allPartsWellFormed().isEmpty)

        // Header: agency left, motto right (bold; the slogan's rule is a border, not an underline), number, italic date line.
        #expect(docx.paragraph("UBND TỈNH BẮC NINH") != nil)
        #expect(docx.paragraph("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")?.bold == true)
        #expect(docx.paragraph("Số: 125/BC-STTTT") != nil)
        #expect(docx.paragraph(Self.motto[0])?.bold == true)
        let motto = try #require(docx.paragraph(Self.motto[1]))
        #expect(motto.bold && !motto.underline)
        let dateLine = try #require(docx.paragraph("Bắc Ninh, ngày 05 tháng 10 năm 2023"))
        #expect(dateLine.italic)
        #expect(docx.paragraph("BÁO CÁO")?.alignment == "center")
        #expect(docx.paragraph("Kết quả thực hiện nhiệm vụ Quý IV/2023")?.bold == true)

        // Sections in order, goal titles, statuses, budget figures.
        let texts = docx.paragraphs.map(\.text)
        let sections = ["I. KẾT QUẢ THỰC HIỆN", "II. NHIỆM VỤ CHẬM TIẾN ĐỘ, QUÁ HẠN",
                        "III. TÌNH HÌNH GIẢI NGÂN NGÂN SÁCH", "IV. NHIỆM VỤ TRỌNG TÂM QUÝ TIẾP THEO (QUÝ I/2024)"]
        let positions = sections.compactMap { texts.firstIndex(of: $0) }
        #expect(positions.count == 4 && positions == positions.sorted())
        for title in Self.titles { #expect(texts.contains(title), "missing goal '\(title)'") }
        #expect(texts.contains("Quá hạn 2 ngày"))
        #expect(texts.contains("1.200.000.000 đ") && texts.contains("850.000.000 đ") && texts.contains("70,8%"))
        #expect(texts.contains("Chậm giải ngân"), "Quý III: 60% against 90% expected, its date has come")
        #expect(texts.contains("Đúng tiến độ"), "Quý IV: 70,8% but its date (15/12) has not come")
        #expect(texts.contains("1.700.000.000 đ") && texts.contains("1.150.000.000 đ") && texts.contains("67,6%"), "totals")
        #expect(texts.contains("1. Tổng số nhiệm vụ: 5; trong đó hoàn thành 1, đúng tiến độ 2, sắp đến hạn 1, quá hạn 1."))
        #expect(texts.contains { $0.hasPrefix("1. Tổng kết công tác năm 2023") }, "next quarter's goal in section IV")

        // Signature block and Nơi nhận.
        let recipients = try #require(docx.paragraph("Nơi nhận:"))
        #expect(recipients.bold && recipients.italic)
        #expect(texts.contains("- UBND tỉnh (để báo cáo);"))
        #expect(texts.contains("- Bộ Thông tin và Truyền thông;"))
        #expect(texts.contains("- Lưu: VT."))
        #expect(docx.paragraph("GIÁM ĐỐC")?.bold == true)
        #expect(docx.paragraph("Nguyễn Trung Hiền")?.bold == true)

        // A4, decree margins, Times New Roman 14 pt, Vietnamese.
        let document = try #require(docx.parts["word/document.xml"])
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\""))
        let styles = try #require(docx.parts["word/styles.xml"])
        #expect(styles.contains("w:ascii=\"Times New Roman\"") && styles.contains("<w:sz w:val=\"28\"/>"))
        #expect(styles.contains("w:val=\"vi-VN\""))
    }

    @Test("LibreOffice converts the DOCX to PDF without error", .needs(.soffice))
    func libreOfficeConverts() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        try await fixture.run(["output": "out/bao-cao.docx", "number": "125/BC-STTTT"])
        let result = try LibreOffice.convertToPDF(fixture.folder.appendingPathComponent("out/bao-cao.docx"), in: fixture.folder)
        #expect(result.status == 0, "soffice said: \(result.output)")
        let pdf = try Data(contentsOf: fixture.folder.appendingPathComponent("bao-cao.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }

    @Test("a user's Mustache template lays out as paragraphs and a table in the DOCX")
    func docxFromTemplate() async throws {
        let template = """
            # BÁO CÁO NHANH
            ## 1. Nhiệm vụ quá hạn
            {{#overdue}}
            - **{{title}}** ({{owner_name}}), hạn {{due_vi}}
            {{/overdue}}
            | Nhiệm vụ | Tình trạng |
            |---|---|
            {{#goals}}
            | {{title}} | {{status_vi}} |
            {{/goals}}
            Người lập: *{{vars.director}}* & cộng sự <ký>
            """
        let fixture = try ReportFixture(files: ["mau/nhanh.mustache": template])
        defer { fixture.remove() }
        try await fixture.run(["output": "out/nhanh.docx", "template": "mau/nhanh.mustache"])
        let docx = try DocxReadBack(fixture.folder.appendingPathComponent("out/nhanh.docx"))
        #expect(docx.allPartsWellFormed().isEmpty)
        #expect(docx.paragraph("BÁO CÁO NHANH")?.alignment == "center")
        #expect(docx.paragraph("1. Nhiệm vụ quá hạn")?.bold == true)
        let item = try #require(docx.paragraphs.first { $0.text.hasPrefix("- Báo cáo đánh giá 05 năm") })
        #expect(item.bold)
        #expect(docx.paragraph("Người lập: Nguyễn Trung Hiền & cộng sự <ký>")?.italic == true)
        #expect(docx.paragraph("Tình trạng")?.bold == true)
        #expect(docx.paragraph("Quá hạn") != nil)
        #expect(docx.parts["word/document.xml"]?.contains("<w:tbl>") == true)
    }

    // MARK: - Markdown and HTML

    @Test("Markdown: header, sections, the goal table with Vietnamese statuses, budget figures, no HTML escaping")
    func markdown() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        let outcome = try await fixture.run(["output": "out/bao-cao.md", "number": "125/BC-STTTT"])
        #expect(outcome.outputs["format"] == .string("md"))
        let text = try fixture.text("out/bao-cao.md")
        #expect(text.contains("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"))
        #expect(text.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(text.contains("Số: 125/BC-STTTT"))
        #expect(text.contains("*Bắc Ninh, ngày 05 tháng 10 năm 2023*"))
        #expect(text.contains("## I. Kết quả thực hiện"))
        #expect(text.contains("## IV. Nhiệm vụ trọng tâm quý tiếp theo"))
        #expect(text.contains("| 1 | Cập nhật cơ sở dữ liệu chuyên ngành | Phòng Công nghệ thông tin |  | 02/10/2023 | 100% | Hoàn thành |"))
        #expect(text.contains("| Đề án ứng dụng CNTT và CĐS tỉnh Bắc Ninh giai đoạn 2024–2030 — Xếp hạng DTI: 12 (mục tiêu <= 10) – chưa đạt |"))
        #expect(text.contains("Sắp đến hạn"))
        #expect(text.contains("1. Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44 về thành phố thông minh (Văn phòng Sở): hạn 03/10/2023 — Quá hạn 2 ngày."))
        #expect(text.contains("| 1 | Rà soát giải ngân dự toán Quý III | 01/10/2023 | 500.000.000 đ | 300.000.000 đ | 60% | 90% | Chậm giải ngân |"))
        #expect(text.contains("| 2 | Rà soát giải ngân dự toán Quý IV | 15/12/2023 | 1.200.000.000 đ | 850.000.000 đ | 70,8% | 80% | Đúng tiến độ |"))
        #expect(text.contains("| | **Tổng cộng** | | **1.700.000.000 đ** | **1.150.000.000 đ** | **67,6%** | | |"))
        #expect(text.contains("Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh"), "no &amp; in Markdown")
        #expect(!text.contains("&amp;") && !text.contains("&lt;"))
        #expect(text.contains("- Lưu: VT."))
        #expect(!text.contains("{{"))
        #expect(text.contains("- 10/10/2023: Ngày Chuyển đổi số quốc gia (Trung tâm Hội nghị tỉnh) — Sắp diễn ra."))
    }

    @Test("HTML: a self-contained page with status colours, escaped text and an SVG timeline")
    func html() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        try await fixture.run(["output": "out/bao-cao.html"])
        let html = try fixture.text("out/bao-cao.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>") && !html.contains("<link") && !html.contains("<script"))
        #expect(html.contains("--overdue: #c62828"))
        #expect(html.contains("<span class=\"status status-overdue\">Quá hạn</span>"))
        #expect(html.contains("<span class=\"status status-done\">Hoàn thành</span>"))
        #expect(html.contains("<span class=\"status status-below\">Chậm giải ngân</span>"))
        #expect(html.contains("Sở TT&amp;TT Bắc Ninh"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\""))
        #expect(html.contains("Tháng 10/2023") && html.contains("Tháng 12/2023"))
        #expect(html.contains("fill=\"#c62828\""), "the overdue goal's marker")
        #expect(html.contains("Ngày Chuyển đổi số quốc gia"))
        #expect(html.contains("KẾT QUẢ") || html.contains("Kết quả thực hiện"))
        #expect(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        let svgStart = try #require(html.range(of: "<svg"))
        let svgEnd = try #require(html.range(of: "</svg>"))
        #expect(XMLParser(data: Data(html[svgStart.lowerBound..<svgEnd.upperBound].utf8)).parse(), "the SVG is well-formed XML")
    }

    // MARK: - Statuses, safety, dry run

    @Test("the report's statuses are the planning snapshot's, whatever earlier outputs claim")
    func statusesComeFromTheSnapshot() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        // Outputs that contradict the plan are not parsed back: the snapshot decides.
        let items: ExpressionValue = .array([
            .object(["id": "de-an-cds", "status": "done", "days_left": 56, "workdays_left": 40]),
        ])
        try await fixture.run(["output": "out/a.md"], outputs: ["kiem-tra-han": ["items": items, "overdue": 0]])
        let text = try fixture.text("out/a.md")
        let snapshot = PlanSnapshot(fixture.compiled, asOf: try #require(CivilDate.parse("2023-10-05")))
        let summary = DeadlineSummary(snapshot.items)
        #expect(text.contains("Tổng số \(summary.items.count) nhiệm vụ: \(summary.count(.done)) hoàn thành, \(summary.count(.onTrack)) đúng tiến độ, \(summary.count(.dueSoon)) sắp đến hạn, \(summary.count(.overdue)) quá hạn"))
        let words = PlanWording(lang: .vi)
        for item in snapshot.items where item.state == .overdue {
            #expect(text.contains("hạn \(words.deadline(item)) — \(words.capitalized(words.status(item)))."), "\(item.id)")
        }
        #expect(snapshot.items.contains { $0.state == .overdue }, "the fixture has an overdue item to show")
    }

    @Test("secrets are masked in every format")
    func secretsMasked() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        let secrets = ["API_TOKEN": "Nguyễn Trung Hiền"]
        try await fixture.run(["output": "out/s.md"], secrets: secrets)
        try await fixture.run(["output": "out/s.docx"], secrets: secrets)
        #expect(!(try fixture.text("out/s.md")).contains("Nguyễn Trung Hiền"))
        #expect(try fixture.text("out/s.md").contains("***"))
        let docx = try DocxReadBack(fixture.folder.appendingPathComponent("out/s.docx"))
        #expect(!docx.parts.values.contains { $0.contains("Nguyễn Trung Hiền") })
        #expect(docx.paragraph("***") != nil)
    }

    @Test("an .xlsx output is the status workbook: three sheets, statuses from the run's snapshot, secrets masked")
    func xlsxOutput() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        let outcome = try await fixture.run(["output": "out/t.xlsx"], secrets: ["API_TOKEN": "Văn phòng Sở"])
        #expect(outcome.outputs["format"] == .string("xlsx"))
        #expect(outcome.outputs["path"] == .string("out/t.xlsx"))
        let archive = try Archive(url: fixture.folder.appendingPathComponent("out/t.xlsx"), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        for part in ["[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml",
                     "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"] {
            #expect(parts[part] != nil, "\(part) missing")
        }
        let strings = try #require(parts["xl/sharedStrings.xml"])
        #expect(strings.contains("Phòng Công nghệ thông tin"))
        #expect(strings.contains("***"))
        #expect(!parts.values.contains { $0.contains("Văn phòng Sở") })
        // The fixture's overdue item, worded and coloured as the HTML report shows it.
        #expect(strings.contains("<t>Quá hạn</t>"))
        #expect(try #require(parts["xl/styles.xml"]).contains("<fgColor rgb=\"FF\(StatusColor.late)\"/>"))
    }

    @Test("a dry run describes the write and writes nothing")
    func dryRun() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        let outcome = try await fixture.run(["output": "out/d.docx"], dryRun: true)
        #expect(outcome.outputs["path"] == .string("out/d.docx"))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("out/d.docx").path))
        let descriptions = await fixture.ledger.descriptions
        #expect(descriptions.count == 1 && descriptions[0].hasPrefix("write out/d.docx (docx, "))
    }

    @Test("bad outputs and templates fail with a clear message", arguments: [
        (["output": "out/report.pdf"] as [String: ExpressionValue], "must end in .md, .html, .docx or .xlsx"),
        (["output": "../ngoai.md"], "outside the workflow's folder"),
        (["output": "out/a.md", "template": "khong-co.mustache"], "neither 'quarterly-report' nor a readable file"),
        (["output": "out/a.md", "template": "hong.mustache"], "is not valid Mustache"),
    ])
    func failures(inputs: [String: ExpressionValue], message: String) async throws {
        let fixture = try ReportFixture(files: ["hong.mustache": "{{#goals}} unclosed"])
        defer { fixture.remove() }
        let error = await #expect(throws: PluginError.self) { try await fixture.run(inputs) }
        #expect(error?.message.contains(message) == true, "got: \(error?.message ?? "nothing")")
    }

    @Test("header fields come from inputs when given")
    func headerInputs() async throws {
        let fixture = try ReportFixture()
        defer { fixture.remove() }
        try await fixture.run([
            "output": "out/h.md", "agency": "Sở Khoa học và Công nghệ", "parent_agency": "UBND TỈNH BẮC NINH",
            "place": "Bắc Ninh", "date": "2024-02-03", "signer": "Trần Văn A", "signer_title": "KT. GIÁM ĐỐC",
            "summary": "Tình hình thực hiện Nghị quyết 44", "title": "Báo cáo",
        ])
        let text = try fixture.text("out/h.md")
        #expect(text.contains("UBND TỈNH BẮC NINH<br>**SỞ KHOA HỌC VÀ CÔNG NGHỆ**"))
        #expect(text.contains("*Bắc Ninh, ngày 03 tháng 02 năm 2024*"))
        #expect(text.contains("**KT. GIÁM ĐỐC**") && text.contains("**Trần Văn A**"))
        #expect(text.contains("<b>Tình hình thực hiện Nghị quyết 44</b>"))
        #expect(text.contains("Số:        /BC"), "a draft without a number leaves it blank")
    }

    // MARK: - Vietnamese formatting

    @Test("the date line pads days 1–9 and months 1–2, as Nghị định 30/2020 requires", arguments: [
        ("2023-10-05", "Bắc Ninh, ngày 05 tháng 10 năm 2023"),
        ("2024-02-03", "Bắc Ninh, ngày 03 tháng 02 năm 2024"),
        ("2024-01-15", "Bắc Ninh, ngày 15 tháng 01 năm 2024"),
        ("2023-03-09", "Bắc Ninh, ngày 09 tháng 3 năm 2023"),
        ("2023-12-31", "Bắc Ninh, ngày 31 tháng 12 năm 2023"),
    ])
    func dateLine(date: String, expected: String) throws {
        let day = try #require(CivilDate.parse(date))
        #expect(VietnameseText.dateLine(day, place: "Bắc Ninh") == expected)
    }

    @Test("'Nơi nhận' lines end in ';' and the archive line last")
    func recipients() throws {
        let date = try #require(CivilDate.parse("2023-10-05"))
        var header = ReportHeader(title: "BÁO CÁO", number: nil, agency: "Sở", agencyShort: "Sở", parentAgency: nil,
                                  place: nil, date: date, signer: nil, signerTitle: "GIÁM ĐỐC",
                                  recipients: ["UBND tỉnh (b/c);", "- Ban Giám đốc Sở"], summary: "")
        #expect(header.recipientLines == ["- UBND tỉnh (b/c);", "- Ban Giám đốc Sở;", "- Lưu: VT."])
        header.recipients = ["Như trên", "Lưu: VT, VP"]
        #expect(header.recipientLines == ["- Như trên;", "- Lưu: VT, VP."])
    }

    @Test("XML text is escaped and forbidden control characters dropped")
    func xmlEscaping() {
        #expect(XMLText.escape("TT&TT <b> \"x\" 'y'\u{1}") == "TT&amp;TT &lt;b&gt; &quot;x&quot; &apos;y&apos;")
        let run = DocxXML.run(DocxRun(text: "a\nb\tc"))
        #expect(run == "<w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:tab/><w:t>c</w:t></w:r>")
        // Spaces at either end, or two in a row, are kept; Word would drop them otherwise.
        #expect(DocxXML.run(DocxRun(text: " a")) == "<w:r><w:t xml:space=\"preserve\"> a</w:t></w:r>")
        #expect(DocxXML.run(DocxRun(text: "a  b")) == "<w:r><w:t xml:space=\"preserve\">a  b</w:t></w:r>")
        #expect(DocxXML.run(DocxRun(text: "a b ")) == "<w:r><w:t xml:space=\"preserve\">a b </w:t></w:r>")
        #expect(DocxXML.run(DocxRun(text: "a b\r")).hasPrefix("<w:r><w:t xml:space=\"preserve\">a b"))
    }

    @Test("a table of thousands of rows, written in two halves on two threads, is the XML of one")
    func largeTableInTwoHalves() {
        let rows = (0..<3_001).map { index in
            [DocxCell([DocxParagraph("\(index)", alignment: .center)], shading: index % 7 == 0 ? "D9D9D9" : nil),
             DocxCell([DocxParagraph("Nhiệm vụ <\(index)> & việc", bold: index % 3 == 0), DocxParagraph("ghi chú", italic: true)])]
        }
        let table = DocxTable(columnWidths: [600, 5000], rows: rows, borders: true, headerRow: true)
        var halves = "", whole = ""
        DocxXML.table(table, into: &halves, splitRows: 1_000)
        DocxXML.table(table, into: &whole, splitRows: .max)
        if !Background.available { print("one processor here: the table was written on one thread") }
        #expect(halves == whole)
        #expect(whole.components(separatedBy: "<w:tr>").count == 3_002)
        #expect(whole.contains("Nhiệm vụ &lt;3000&gt; &amp; việc"))
    }
}
