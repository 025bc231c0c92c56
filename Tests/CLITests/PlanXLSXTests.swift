import Foundation
import NotifyPeers
import Testing
import WFPlanning

/// `wf plan --format xlsx` through the binary, the workbook read back by real peers: openpyxl
/// (cell types, number formats, fills, frozen panes, filters, print setup) and LibreOffice Calc
/// (converted to PDF and CSV without error).
@Suite struct PlanXLSXTests {
    static let q4 = "workflows/q4-plan.yaml"

    /// The example workflows with the date CI runs each as of (`# ci-as-of:`).
    static let examples: [(file: String, asOf: String)] = {
        let folder = WF.repoRoot.appendingPathComponent("workflows")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            let asOf = text.split(separator: "\n").first { $0.hasPrefix("# ci-as-of:") }
                .map { $0.dropFirst("# ci-as-of:".count).trimmingCharacters(in: .whitespaces) }
            return ("workflows/\(name)", asOf ?? "2023-10-05")
        }
    }()

    // MARK: - Read back with openpyxl

    @Test("the workbook has the three sheets, each with its title, as-of date, a bold frozen filtered header and A4 landscape print setup",
          .needs(.openpyxl))
    func layout() throws {
        let book = try Self.export(Self.q4, asOf: "2023-10-05")
        let sheets = try #require(book["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["Nhiệm vụ", "Sự kiện", "Ngân sách"])
        for sheet in sheets {
            let name = sheet["name"] as? String ?? "?"
            let rows = try #require(sheet["rows"] as? [[[String: Any]]])
            let columns = try #require(rows[3].count > 0 ? rows[3].count : nil, "\(name): no header row")
            #expect(Self.value(rows, "A1") != nil, "\(name): no title")
            #expect(Self.value(rows, "A2") as? String == "Kế hoạch nhiệm vụ trọng tâm Quý IV/2023 – Sở TT&TT tỉnh Bắc Ninh")
            #expect(Self.value(rows, "A3") as? String == "Tính đến ngày 05/10/2023")
            #expect(sheet["freeze_panes"] as? String == "A5", "\(name): header not frozen")
            let lastColumn = Self.letter(columns)
            #expect((sheet["auto_filter"] as? String)?.hasPrefix("A4:\(lastColumn)") == true, "\(name): \(sheet["auto_filter"] ?? "no filter")")
            #expect((sheet["merged"] as? [String])?.contains("A1:\(lastColumn)1") == true, "\(name): title not merged across the table")
            #expect(sheet["orientation"] as? String == "landscape")
            #expect(sheet["paper_size"] as? Int == 9, "\(name): not A4")
            #expect(sheet["print_title_rows"] as? String == "$4:$4", "\(name): header row not repeated on printed pages")
            for header in rows[3] {
                #expect(header["bold"] as? Bool == true, "\(name) \(header["ref"] ?? ""): header not bold")
                #expect(header["data_type"] as? String == "s")
            }
            // Every column is sized; the title column is the widest.
            let widths = try #require(sheet["widths"] as? [String: Double])
            #expect(widths.count == columns, "\(name): widths \(widths)")
            #expect(widths["B"] == widths.values.max(), "\(name): widths \(widths)")
        }
    }

    @Test("tasks: dates are date cells, progress a percentage, working days a number, statuses coloured as the HTML report",
          .needs(.openpyxl))
    func taskCells() throws {
        let book = try Self.export(Self.q4, asOf: "2023-10-05")
        let rows = try Self.rows(book, sheet: 0)
        let headers = rows[3].compactMap { $0["value"] as? String }
        #expect(headers == ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Hạn (ngày)", "Tình trạng", "Tiến độ",
                            "Số ngày làm việc còn lại", "KPI", "Ghi chú"])
        let data = Array(rows.dropFirst(4))
        try #require(!data.isEmpty)
        let words = PlanWording(lang: .vi)
        for row in data {
            let cells = Self.byColumn(row)
            #expect(cells["A"]?["type"] as? String == "int")
            if let due = cells["F"], !(due["value"] is NSNull) {
                #expect(due["is_date"] as? Bool == true && due["format"] as? String == "dd/mm/yyyy", "\(due)")
            }
            if let progress = cells["H"], !(progress["value"] is NSNull) {
                #expect(progress["format"] as? String == "0.0%" && (progress["type"] as? String == "float" || progress["type"] as? String == "int"))
            }
            let status = try #require(cells["G"]?["value"] as? String)
            let state = try #require(DeadlineState.allCases.first { words.capitalized(words.state($0)) == status }, "status '\(status)'")
            let fill = cells["G"]?["fill"] as? String
            #expect(fill == StatusColor.of(state).map { "FF" + $0 }, "\(status): fill \(fill ?? "none")")
            if fill != nil { #expect(cells["G"]?["color"] as? String == "FFFFFFFF" && cells["G"]?["bold"] as? Bool == true) }
        }
        // The overdue task of the example, with its date and the working days it is late by.
        let overdue = try #require(data.first { Self.byColumn($0)["G"]?["value"] as? String == "Quá hạn" })
        let cells = Self.byColumn(overdue)
        #expect(cells["G"]?["fill"] as? String == "FFC62828")
        #expect(cells["F"]?["value"] as? String == "2023-10-03T00:00:00")
        #expect(cells["I"]?["value"] as? Int == -2)
    }

    @Test("events: date and time as a date cell, reminders; budget: amounts with thousands separators, rates as percentages",
          .needs(.openpyxl))
    func eventAndBudgetCells() throws {
        let book = try Self.export(Self.q4, asOf: "2023-10-05")
        let events = try Self.rows(book, sheet: 1).dropFirst(4).map(Self.byColumn)
        let meeting = try #require(events.first { ($0["B"]?["value"] as? String)?.hasPrefix("Buổi làm việc của UBND tỉnh") == true })
        #expect(meeting["C"]?["value"] as? String == "2023-10-26T14:00:00")
        #expect(meeting["C"]?["format"] as? String == "dd/mm/yyyy hh:mm")
        #expect(meeting["G"]?["value"] as? String == "Sắp diễn ra")
        #expect((meeting["I"]?["value"] as? String)?.contains("3 ngày làm việc trước: 23/10/2023") == true)

        let budget = try Self.rows(book, sheet: 2).dropFirst(4).map(Self.byColumn)
        let october = try #require(budget.first)
        #expect(october["E"]?["value"] as? Int == 8_580_000_000)
        #expect(october["E"]?["format"] as? String == "#,##0")
        #expect(october["F"]?["value"] as? Int == 5_350_000_000)
        let rate = try #require(october["G"]?["value"] as? Double)
        #expect(abs(rate - 5_350_000_000 / 8_580_000_000) < 1e-12)
        #expect(october["G"]?["format"] as? String == "0.0%")
        #expect(october["H"]?["value"] as? Double == 0.6)
        #expect(october["I"]?["value"] as? String == "Đúng tiến độ")
        #expect(october["I"]?["fill"] as? String == "FF" + StatusColor.onTrack)
        // The total: each budget's latest snapshot added up, as `wf run` and the report add them.
        let total = try #require(budget.last)
        #expect(total["B"]?["value"] as? String == "Tổng cộng")
        #expect(total["E"]?["value"] as? Int == 9_780_000_000)
        #expect(total["F"]?["value"] as? Int == 6_200_000_000)
    }

    @Test("the workbook's statuses and working days are those of wf plan --format json, for every example", .needs(.openpyxl),
          arguments: examples.map(\.file))
    func statusesMatchPlanJSON(_ file: String) throws {
        let asOf = try #require(Self.examples.first { $0.file == file }?.asOf)
        let book = try Self.export(file, asOf: asOf)
        let json = try WF.run(["plan", file, "--as-of", asOf, "--format", "json"])
        try #require(json.exitCode == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let words = PlanWording(lang: .vi)

        // Tasks: (due date, status, working days left) of every goal and prepare item.
        func key(_ due: String?, _ status: String, _ workdays: Int?) -> String { "\(due ?? "-")|\(status)|\(workdays.map(String.init) ?? "-")" }
        let expected = nodes.filter { ["goal", "prepare"].contains($0["kind"] as? String) }.map { node in
            let status = node["status"] as? String ?? ""
            return key(node["due"] as? String, status, status == "done" ? nil : node["workdays_left"] as? Int)
        }
        let tasks = try Self.rows(book, sheet: 0).dropFirst(4).map(Self.byColumn)
        let actual = try tasks.map { cells in
            let text = try #require(cells["G"]?["value"] as? String)
            let state = try #require(DeadlineState.allCases.first { words.capitalized(words.state($0)) == text }, "status '\(text)'")
            return key((cells["F"]?["value"] as? String).map { String($0.prefix(10)) }, state.rawValue, cells["I"]?["value"] as? Int)
        }
        #expect(actual.sorted() == expected.sorted(), "\(file) as of \(asOf)")

        // Events and checkpoints: their statuses, in plan order.
        let events = try Self.rows(book, sheet: 1).dropFirst(4).map { try #require(Self.byColumn($0)["G"]?["value"] as? String) }
        let eventStates = nodes.filter { $0["kind"] as? String == "event" }.compactMap { ($0["status"] as? String).flatMap(EventState.init) }
        #expect(events.sorted() == eventStates.map { words.capitalized(words.state($0)) }.sorted(), "\(file)")
        let budget = try Self.rows(book, sheet: 2).dropFirst(4).map(Self.byColumn).filter { $0["B"]?["value"] as? String != "Tổng cộng" }
        let budgetStates = nodes.filter { $0["kind"] as? String == "checkpoint" }.compactMap { ($0["status"] as? String).flatMap(BudgetState.init) }
        #expect(budget.compactMap { $0["I"]?["value"] as? String }.sorted()
                == budgetStates.map { words.capitalized(words.state($0)) }.sorted(), "\(file)")
    }

    @Test("--owner keeps the rows of what that unit leads or partners in, as wf plan --owner does", .needs(.openpyxl))
    func ownerFilter() throws {
        let book = try Self.export(Self.q4, asOf: "2023-10-05", extra: ["--owner", "cntt"])
        let json = try WF.run(["plan", Self.q4, "--as-of", "2023-10-05", "--owner", "cntt", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let tasks = try Self.rows(book, sheet: 0).dropFirst(4)
        #expect(tasks.count == nodes.count { ["goal", "prepare"].contains($0["kind"] as? String) })
        #expect(tasks.count > 0)
        let rows = try Self.rows(book, sheet: 0)
        #expect((Self.value(rows, "A2") as? String)?.hasSuffix("Đơn vị: Phòng Công nghệ thông tin") == true)
    }

    // MARK: - LibreOffice

    @Test("LibreOffice Calc converts the workbook to PDF and to CSV without error", .needs(.sofficeCalc))
    func libreOfficeConverts() throws {
        let folder = try WF.temporaryDirectory("wf-xlsx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tinh-hinh.xlsx")
        let result = try WF.run(["plan", Self.q4, "--as-of", "2023-10-05", "--format", "xlsx", "--output", file.path])
        try #require(result.exitCode == 0, "\(result.stderr)")
        // CSV in UTF-8 (76), comma-separated (44), quoted (34).
        for format in ["pdf", "csv:Text - txt - csv (StarCalc):44,34,76,1"] {
            let (status, output) = try LibreOffice.convert(file, to: format, in: folder)
            #expect(status == 0, "soffice --convert-to \(format): \(output)")
        }
        let pdf = try Data(contentsOf: folder.appendingPathComponent("tinh-hinh.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        // The CSV is the first sheet as Calc reads it: dates formatted day first, statuses in words.
        let csv = try String(contentsOf: folder.appendingPathComponent("tinh-hinh.csv"), encoding: .utf8)
        #expect(csv.contains("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"))
        #expect(csv.contains("03/10/2023"))
        #expect(csv.contains("Quá hạn"))
    }

    // MARK: - Refusals and the report plugin

    @Test("--format xlsx refuses to write to the terminal or standard output, or to a name without .xlsx (exit 2)",
          arguments: [[String](), ["--output", "-"], ["--output", "status.txt"]])
    func refusesWithoutOutput(_ extra: [String]) throws {
        let result = try WF.run(["plan", Self.q4, "--format", "xlsx"] + extra)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(extra.last == "status.txt" ? "must end in .xlsx" : "add --output FILE.xlsx"), "\(result.stderr)")
    }

    @Test("a report step with an .xlsx output writes the same workbook as wf plan --format xlsx")
    func reportPluginWritesTheSameWorkbook() throws {
        let folder = try WF.temporaryDirectory("wf-xlsx-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflows = WF.repoRoot.appendingPathComponent("workflows")
        for name in try FileManager.default.contentsOfDirectory(atPath: workflows.path) {
            try FileManager.default.copyItem(at: workflows.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let plan = folder.appendingPathComponent("q4-plan.yaml").path
        let run = try WF.run(["run", plan, "--as-of", "2023-10-05", "--only", "bang-tinh-hinh"], in: folder)
        try #require(run.exitCode == 0, "\(run.stdout)\(run.stderr)")
        let export = try WF.run(["plan", plan, "--as-of", "2023-10-05", "--format", "xlsx", "-o", "plan.xlsx"], in: folder)
        try #require(export.exitCode == 0, "\(export.stderr)")
        let fromRun = try Data(contentsOf: folder.appendingPathComponent("out/tinh-hinh-quy-IV-2023.xlsx"))
        let fromPlan = try Data(contentsOf: folder.appendingPathComponent("plan.xlsx"))
        #expect(fromRun == fromPlan)
        #expect(fromRun.starts(with: Data("PK".utf8)))
    }

    // MARK: - Support

    /// Exports `file` as of `asOf` and reads the workbook back with `Tests/Support/read_xlsx.py`.
    @Test("a round trip keeps every task: annex → wf import → plan → wf plan --format xlsx", .needs(.openpyxl))
    func annexRoundTrip() throws {
        let folder = try WF.temporaryDirectory("wf-round-trip")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.yaml").path
        let imported = try WF.run(["import", "workflows/data/phu-luc-mau.xlsx", "--output", plan])
        try #require(imported.exitCode == 0, "\(imported.stderr)")
        let json = try WF.run(["plan", plan, "--as-of", "2025-06-20", "--format", "json"])
        try #require(json.exitCode == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let goals = try #require(object["nodes"] as? [[String: Any]]).filter { $0["kind"] as? String == "goal" }
        // The import says how many tasks it wrote; the plan has them all.
        #expect(imported.stderr.contains(": \(goals.count) tasks,"), "\(imported.stderr)")
        #expect(goals.count > 5)

        let book = try Self.export(plan, asOf: "2025-06-20")
        let rows = try Self.rows(book, sheet: 0).dropFirst(4).map(Self.byColumn)
        let titles = rows.compactMap { $0["B"]?["value"] as? String }
        #expect(titles.count == goals.count, "every imported task has its row in the status workbook")
        // Each task's unit in the workbook is the one the annex named (the owner's full name).
        let units = Set(rows.compactMap { $0["C"]?["value"] as? String })
        #expect(units.contains("Sở Nội vụ"), "\(units)")
    }

    static func export(_ file: String, asOf: String, extra: [String] = []) throws -> [String: Any] {
        let folder = try WF.temporaryDirectory("wf-xlsx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("status.xlsx")
        let result = try WF.run(["plan", file, "--as-of", asOf, "--format", "xlsx", "--output", output.path] + extra)
        try #require(result.exitCode == 0, "wf plan \(file): \(result.stderr)")
        let (status, data, problem) = try SupportScript.run("read_xlsx.py", [output.path])
        try #require(status == 0, "openpyxl could not read the workbook: \(problem)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "read_xlsx.py printed no JSON object")
    }

    /// The rows of sheet `index`, each a list of cells (`ref`, `value`, `type`, `format`, `fill`, …).
    static func rows(_ book: [String: Any], sheet index: Int) throws -> [[[String: Any]]] {
        let sheets = try #require(book["sheets"] as? [[String: Any]])
        return try #require(sheets[index]["rows"] as? [[[String: Any]]])
    }

    /// A row's cells by column letter.
    static func byColumn(_ row: [[String: Any]]) -> [String: [String: Any]] {
        var cells: [String: [String: Any]] = [:]
        for cell in row {
            guard let ref = cell["ref"] as? String else { continue }
            cells[String(ref.prefix { $0.isLetter })] = cell
        }
        return cells
    }

    /// The value of the cell `ref` (`A1`).
    static func value(_ rows: [[[String: Any]]], _ ref: String) -> Any? {
        rows.lazy.flatMap { $0 }.first { $0["ref"] as? String == ref }?["value"]
    }

    /// `A` … `Z` for 1…26.
    static func letter(_ column: Int) -> String { String(UnicodeScalar(UInt8(64 + column))) }
}
