import Foundation
import WFCalendar
import ZIPFoundation

/// `wf import` of a task annex of N rows (default 500 and 5,000), timed through the real binary:
/// an `.xlsx` with shared strings, date cells, Roman-numeral groups and several units a cell, and
/// its CSV twin. Target: 5,000 rows in under 1 s (release build), start-up and validation of the
/// written plan included.
enum ImportBenchmark {
    static let targetSeconds = 1.0

    static func run(sizes: [Int] = [500, 5_000]) -> Bool {
        let wf = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wf").path
        guard FileManager.default.isExecutableFile(atPath: wf) else {
            print("import: build wf first (\(wf) not found)")
            return false
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wf-bench-import-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        print("\nwf import of a task annex (wall time incl. start-up and the check of the written plan; best of 3; "
              + "target: 5k rows < \(ValidateBenchmark.fmt(targetSeconds)) s)")
        print(ValidateBenchmark.pad("rows", 10) + ValidateBenchmark.pad("xlsx", 16) + ValidateBenchmark.pad("csv", 16) + "peak MB")
        var met = true
        for rows in sizes {
            let folder = root.appendingPathComponent("\(rows)")
            let xlsx = folder.appendingPathComponent("phu-luc.xlsx"), csv = folder.appendingPathComponent("phu-luc.csv")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try AnnexGenerator.xlsx(rows: rows).write(to: xlsx)
                try Data(AnnexGenerator.csv(rows: rows).utf8).write(to: csv)
            } catch {
                print("cannot write the annex of \(rows) rows: \(error)")
                return false
            }
            var cells: [String] = []
            var peak = 0.0
            for file in [xlsx, csv] {
                var best: Double?
                for _ in 0..<3 {
                    guard let result = Spawn.run(wf, ["import", file.path, "--force", "-o", folder.appendingPathComponent("plan.yaml").path],
                                                 timeout: 120), result.status == 0 else {
                        best = nil
                        break
                    }
                    best = min(best ?? .infinity, result.seconds)
                    peak = max(peak, result.peakKilobytes / 1024)
                }
                guard let best else {
                    cells.append(ValidateBenchmark.pad("✗ failed", 16))
                    met = false
                    continue
                }
                let missed = rows >= 5_000 && best > targetSeconds
                if missed { met = false }
                cells.append(ValidateBenchmark.pad((missed ? "✗" : "") + ValidateBenchmark.fmt(best * 1e3) + " ms", 16))
            }
            print(ValidateBenchmark.pad("\(rows)", 10) + cells.joined() + ValidateBenchmark.fmt(peak))
        }
        return met
    }
}

/// A synthetic annex: a title row, the header, a group row every 100 tasks, tasks with a lead
/// unit, two partners in one cell, a date cell or a deadline phrase, a product.
enum AnnexGenerator {
    static let units = ["Sở Nội vụ", "Sở Tài chính", "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư", "Công an tỉnh"]
    static let header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Ghi chú"]

    /// The rows as cells: text, or a date as an Excel day number.
    enum Cell { case text(String), date(Int), empty }

    static func table(rows: Int) -> [[Cell]] {
        var table: [[Cell]] = [[.text("PHỤ LỤC NHIỆM VỤ NĂM 2025")], header.map { .text($0) }]
        for task in 1...max(1, rows) {
            if task % 100 == 1 { table.append([.text(roman((task / 100) % 39 + 1)), .text("Nhóm nhiệm vụ \(task / 100 + 1)")]) }
            // Day numbers of 2025 (45658 is 01/01/2025), on working days and weekends alike.
            let due: Cell = task % 3 == 0 ? .text("Quý \(roman(task % 4 + 1))/2025") : .date(45658 + task % 360)
            table.append([.text("\(task)"), .text("Nhiệm vụ số \(task): triển khai nội dung \(task % 97) của kế hoạch"),
                          .text(units[task % 5]), .text("\(units[(task + 1) % 5]), \(units[(task + 2) % 5])"), due,
                          .text("Sản phẩm \(task)"), task % 10 == 0 ? .text("Ghi chú \(task)") : .empty])
        }
        return table
    }

    static func roman(_ value: Int) -> String {
        let table: [(Int, String)] = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, out = ""
        for (amount, letters) in table { while rest >= amount { out += letters; rest -= amount } }
        return out
    }

    static func csv(rows: Int) -> String {
        table(rows: rows).map { row in
            row.map { cell -> String in
                switch cell {
                case .text(let text): text.contains(",") ? "\"\(text)\"" : text
                case .date(let serial): CivilDate(year: 2025, month: 1, day: 1)?.adding(days: serial - 45658).vietnamese ?? ""
                case .empty: ""
                }
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    static func xml(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }

    static func xlsx(rows: Int) throws -> Data {
        var strings: [String] = []
        var index: [String: Int] = [:]
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in table(rows: rows).enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = String(UnicodeScalar(UInt8(65 + c))) + "\(r + 1)"
                switch cell {
                case .text(let text):
                    let id = index[text] ?? { strings.append(text); index[text] = strings.count - 1; return strings.count - 1 }()
                    sheet += "<c r=\"\(ref)\" t=\"s\"><v>\(id)</v></c>"
                case .date(let serial): sheet += "<c r=\"\(ref)\" s=\"1\"><v>\(serial)</v></c>"
                case .empty: break
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let shared = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
            + strings.map { "<si><t>\(xml($0))</t></si>" }.joined() + "</sst>"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
                """),
            ("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>
                """),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/sharedStrings.xml", shared),
        ]
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
