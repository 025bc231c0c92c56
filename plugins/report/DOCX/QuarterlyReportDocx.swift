import WFPluginAPI

/// The built-in `quarterly-report` as a Word document laid out per Nghị định 30/2020.
enum QuarterlyReportDocx {
    /// Body size; the decree allows 13–14 pt.
    static let bodySize = 14.0
    private static let tableSize = 12.0
    private static let indent = 567  // 1 cm first-line indent

    /// The document body.
    static func blocks(_ data: ReportData, page: DocxPage = .a4Decree30) -> [DocxBlock] {
        let width = page.textWidth
        var blocks: [DocxBlock] = [.table(header(data.header, width: width))]
        blocks += titleBlock(data.header, width: width)
        blocks.append(body("Tính đến ngày \(data.asOf.vietnamese), \(data.header.agency) báo cáo kết quả thực hiện \(data.planName) như sau:"))
        blocks += results(data, width: width)
        blocks += late(data, width: width)
        blocks += budget(data, width: width)
        blocks += nextQuarter(data)
        keepWithSignature(&blocks)
        blocks.append(.table(signature(data.header, width: width)))
        return blocks
    }

    static func titleBlock(_ header: ReportHeader, width: Int) -> [DocxBlock] {
        var title = DocxParagraph(header.title.uppercased(), alignment: .center, bold: true, size: bodySize)
        title.spaceBefore = 18
        title.keepNext = true
        var summary = DocxParagraph(header.summary, alignment: .center, bold: true, size: bodySize)
        summary.keepNext = true
        return [.paragraph(title), .paragraph(summary), .paragraph(rule(cellWidth: width, length: width / 5, margins: 0, after: 6))]
    }

    // MARK: - Sections

    private static func results(_ data: ReportData, width: Int) -> [DocxBlock] {
        let counts = data.counts()
        var blocks = [heading("I. Kết quả thực hiện")]
        blocks.append(body("1. Tổng số nhiệm vụ: \(counts["goals"] ?? 0); trong đó hoàn thành \(counts["done"] ?? 0), đúng tiến độ \(counts["on_track"] ?? 0), sắp đến hạn \(counts["due_soon"] ?? 0), quá hạn \(counts["overdue"] ?? 0)\((counts["ongoing"] ?? 0) > 0 ? ", thường xuyên \(counts["ongoing"] ?? 0)" : "")\((counts["waiting"] ?? 0) > 0 ? " (\(counts["waiting"] ?? 0) nhiệm vụ đang chờ việc trước)" : "")."))
        let current = data.current
        if !current.isEmpty {
            blocks.append(body("2. Kết quả cụ thể:", keepNext: true))
            let columns = proportional([7, 30, 15, 15, 13, 9, 11], width: width)
            var rows = [headerRow(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Tiến độ", "Tình trạng"])]
            for (index, goal) in current.enumerated() {
                var task = [DocxParagraph(goal.title, alignment: .left, size: tableSize)]
                if let group = goal.group, !group.isEmpty {
                    task.insert(DocxParagraph(group, alignment: .left, italic: true, size: 11), at: 0)
                }
                if let event = goal.event {
                    task.append(DocxParagraph("(chuẩn bị cho: \(event))", alignment: .left, italic: true, size: 11))
                }
                if let description = goal.description, !description.isEmpty {
                    task.append(DocxParagraph(description, alignment: .left, size: 11))
                }
                if let product = goal.product, !product.isEmpty {
                    task.append(DocxParagraph("Sản phẩm: \(product)", alignment: .left, size: 11))
                }
                if let status = goal.kpi {
                    task.append(DocxParagraph(data.words.kpi(status), alignment: .left, italic: true, size: 11))
                }
                rows.append([
                    cell("\(index + 1)", .center), DocxCell(task), cell(goal.ownerName ?? goal.ownerID ?? "", .left),
                    cell(goal.partnerNames.joined(separator: ", "), .left),
                    cell(data.words.deadline(goal.status), .center), cell(goal.progress.map { NumberWording.percent($0) } ?? "", .center),
                    cell(data.words.capitalized(data.words.state(goal.state)), .center, bold: goal.state == .overdue),
                ])
            }
            blocks.append(.table(DocxTable(columnWidths: columns, rows: rows, borders: true, headerRow: true)))
        }
        if !data.events.isEmpty {
            blocks.append(body("\(current.isEmpty ? 2 : 3). Các sự kiện trong kỳ:", keepNext: true))
            for event in data.events {
                var line = "- \(event.dates): \(event.title)"
                if let location = event.location, !location.isEmpty { line += " (\(location))" }
                line += event.daysLeft < 0 ? " — đã diễn ra." : event.daysLeft == 0 ? " — diễn ra hôm nay." : " — sắp diễn ra (còn \(event.daysLeft) ngày)."
                blocks.append(body(line))
            }
        }
        return blocks
    }

    private static func late(_ data: ReportData, width: Int) -> [DocxBlock] {
        var blocks = [heading("II. Nhiệm vụ chậm tiến độ, quá hạn")]
        let late = data.goals(.overdue)
        guard !late.isEmpty else {
            blocks.append(body("Không có nhiệm vụ chậm tiến độ hoặc quá hạn."))
            return blocks
        }
        blocks.append(body("Có \(late.count) nhiệm vụ chậm tiến độ hoặc quá hạn, cần tập trung chỉ đạo:", keepNext: true))
        let columns = proportional([8, 41, 20, 15, 16], width: width)
        var rows = [headerRow(["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tình trạng"])]
        for (index, goal) in late.enumerated() {
            let state = data.words.capitalized(data.words.status(goal.status))
            rows.append([
                cell("\(index + 1)", .center), cell(goal.title, .left), cell(goal.ownerName ?? goal.ownerID ?? "", .left),
                cell(data.words.deadline(goal.status), .center), cell(state, .center, bold: true),
            ])
        }
        blocks.append(.table(DocxTable(columnWidths: columns, rows: rows, borders: true, headerRow: true)))
        return blocks
    }

    private static func budget(_ data: ReportData, width: Int) -> [DocxBlock] {
        var blocks = [heading("III. Tình hình giải ngân ngân sách")]
        guard !data.budget.isEmpty else {
            blocks.append(body("Kế hoạch không có mốc giải ngân ngân sách."))
            return blocks
        }
        let columns = proportional([8, 26, 19, 19, 9, 9, 10], width: width)
        var rows = [headerRow(["STT", "Nội dung", "Dự toán", "Đã giải ngân", "Tỷ lệ", "Yêu cầu", "Đánh giá"])]
        for (index, row) in data.budget.enumerated() {
            rows.append([
                cell("\(index + 1)", .center),
                DocxCell([DocxParagraph(row.title, alignment: .left, size: tableSize),
                          DocxParagraph("(\(row.date.vietnamese))", alignment: .left, italic: true, size: 11)]),
                cell(NumberWording.money(row.allocated, row.currency), .right),
                cell(NumberWording.money(row.spent, row.currency), .right),
                cell(row.rate.map { NumberWording.percent($0) } ?? "—", .center),
                cell(row.expect.map { NumberWording.percent($0) } ?? "—", .center),
                cell(data.words.capitalized(data.words.state(row.state)), .center, bold: row.state != .onTrack),
            ])
        }
        if let total = data.budgetTotal {
            let rate = total.allocated > 0 ? NumberWording.percent(total.rate) : "—"
            if data.budget.count > 1 {
                rows.append([
                    cell("", .center), cell("Tổng cộng", .center, bold: true),
                    cell(NumberWording.money(total.allocated, total.currency), .right, bold: true),
                    cell(NumberWording.money(total.spent, total.currency), .right, bold: true),
                    cell(rate, .center, bold: true), cell("", .center), cell("", .center),
                ])
            }
            blocks.append(body("Tổng dự toán \(NumberWording.money(total.allocated, total.currency)), đã giải ngân \(NumberWording.money(total.spent, total.currency)), đạt \(rate). Chi tiết:", keepNext: true))
        }
        blocks.append(.table(DocxTable(columnWidths: columns, rows: rows, borders: true, headerRow: true)))
        return blocks
    }

    private static func nextQuarter(_ data: ReportData) -> [DocxBlock] {
        var blocks = [heading("IV. Nhiệm vụ trọng tâm \(data.reportPeriod.unitVietnamese) tiếp theo (\(data.reportPeriod.next.vietnamese))")]
        if !data.nextQuarter.isEmpty {
            for (index, goal) in data.nextQuarter.enumerated() {
                blocks.append(body("\(index + 1). \(goal.title)\(goal.ownerName.map { " (\($0))" } ?? ""), hạn \(data.words.deadline(goal.status))."))
            }
        } else if !data.open.isEmpty {
            blocks.append(body("Tiếp tục triển khai các nhiệm vụ chưa hoàn thành:", keepNext: true))
            for (index, goal) in data.open.enumerated() {
                blocks.append(body("\(index + 1). \(goal.title)\(goal.ownerName.map { " (\($0))" } ?? ""), hạn \(data.words.deadline(goal.status))."))
            }
        } else {
            blocks.append(body("Các nhiệm vụ của kỳ đã hoàn thành."))
        }
        return blocks
    }

    // MARK: - Signature and Nơi nhận

    static func signature(_ header: ReportHeader, width: Int) -> DocxTable {
        let half = width / 2
        var recipients = [DocxParagraph("Nơi nhận:", alignment: .left, bold: true, italic: true, size: 12)]
        recipients += header.recipientLines.map { DocxParagraph($0, alignment: .left, size: 11) }
        var signer: [DocxParagraph] = []
        for line in header.signerTitle.split(separator: "\n") {
            var title = DocxParagraph(line.uppercased(), alignment: .center, bold: true, size: bodySize)
            title.keepNext = true
            signer.append(title)
        }
        var name = DocxParagraph(header.signer ?? "", alignment: .center, bold: true, size: bodySize)
        name.spaceBefore = 72  // room for the signature and seal
        signer.append(name)
        // One row that cannot split: the body's last paragraph keeps with it (`keepWithSignature`).
        recipients[0].spaceBefore = 18
        if !signer.isEmpty { signer[0].spaceBefore = 18 }
        return DocxTable(
            columnWidths: [half, width - half],
            rows: [[DocxCell(recipients), DocxCell(signer)]],
            borders: false)
    }

    /// Keeps the body's last paragraph with the signature block, so the signature and `Nơi nhận`
    /// never start a page alone (the decree's signature belongs to the text above it).
    static func keepWithSignature(_ blocks: inout [DocxBlock]) {
        guard let last = blocks.indices.last, case .paragraph(var paragraph) = blocks[last] else { return }
        paragraph.keepNext = true
        blocks[last] = .paragraph(paragraph)
    }

    // MARK: - Building blocks

    private static func heading(_ text: String) -> DocxBlock {
        var paragraph = DocxParagraph(text.uppercased(), alignment: .both, bold: true, size: bodySize)
        paragraph.firstLineIndent = indent
        paragraph.spaceBefore = 12
        paragraph.spaceAfter = 3
        paragraph.keepNext = true
        return .paragraph(paragraph)
    }

    private static func body(_ text: String, keepNext: Bool = false) -> DocxBlock {
        var paragraph = DocxParagraph(text, alignment: .both, size: bodySize)
        paragraph.firstLineIndent = indent
        paragraph.spaceBefore = 6
        paragraph.keepNext = keepNext
        return .paragraph(paragraph)
    }

    private static func cell(_ text: String, _ alignment: DocxParagraph.Alignment, bold: Bool = false) -> DocxCell {
        DocxCell([DocxParagraph(text, alignment: alignment, bold: bold, size: tableSize)])
    }

    private static func headerRow(_ titles: [String]) -> [DocxCell] {
        titles.map { DocxCell([DocxParagraph($0, alignment: .center, bold: true, size: tableSize)], shading: "E7E6E6") }
    }

    /// Column widths in twips from relative weights, summing exactly to `width`.
    static func proportional(_ weights: [Int], width: Int) -> [Int] {
        let total = weights.reduce(0, +)
        var widths = weights.map { width * $0 / total }
        widths[widths.count - 1] += width - widths.reduce(0, +)
        return widths
    }
}
