import Foundation
import NotifyPeers
import Testing

/// `wf import` through the real binary, on annexes written by real peers: openpyxl
/// (Tests/Support/make_annex.py) and LibreOffice's converter from CSV.
@Suite struct ImportTests {
    /// Runs a Python script from Tests/Support; fails the test when it fails.
    static func python(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 \(arguments.joined(separator: " ")): \(problem)")
        return output
    }

    static let script = WF.repoRoot.appendingPathComponent("Tests/Support/make_annex.py").path

    /// Writes an annex with openpyxl into `directory`.
    static func annex(_ kind: String, _ arguments: String..., in directory: URL) throws {
        _ = try python([script, kind] + arguments, in: directory)
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test("an openpyxl annex: groups, sub-rows, merged units, date cells, phrases, several units, a kept row",
          .needs(.openpyxl))
    func sampleAnnex() throws {
        let folder = try WF.temporaryDirectory("wf-import")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.annex("sample", "phu-luc.xlsx", in: folder)
        let result = try WF.run(["import", "phu-luc.xlsx"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        // The row wf cannot read is named with its row number, and kept in the plan.
        #expect(result.stderr.contains(
            "phu-luc.xlsx:20: warning: row 20 has a deadline wf does not read ('Theo hướng dẫn của Bộ')"))
        #expect(result.stderr.contains("wrote phu-luc.yaml: 9 tasks"))
        let yaml = try Self.read(folder.appendingPathComponent("phu-luc.yaml"))
        #expect(yaml.contains("#   Nhiệm vụ: Đánh giá chỉ số chuyển đổi số (DTI) của các sở, ngành"))
        // Owners with ids and full names; several units in one cell; "và" inside a name kept.
        #expect(yaml.contains("  so-tt-tt:\n    name: Sở Thông tin và Truyền thông\n"))
        #expect(yaml.contains("  so-vh-tt-dl:\n    name: Sở Văn hóa, Thể thao và Du lịch\n"))
        #expect(yaml.contains("partners: [so-noi-vu, so-tai-chinh]"))
        #expect(yaml.contains("partners: [vnpt-tra-vinh, viettel-tra-vinh]"))
        // Phrases kept as written, date cells as dates, a recurring task, products.
        #expect(yaml.contains("due: Quý II/2025\n    product: Quyết định của UBND tỉnh\n"))
        #expect(yaml.contains("due: 2025-06-30"))
        #expect(yaml.contains("due: 2025-10-10"))
        #expect(yaml.contains("due: Thường xuyên"))
        #expect(yaml.contains("every: month\n    due: trước ngày 20\n"))
        #expect(yaml.contains("period: \"2025\""))
        // Groups; a sub-row takes the lead unit merged down from its parent row.
        #expect(yaml.contains("group: II. PHÁT TRIỂN HẠ TẦNG SỐ"))
        #expect(yaml.contains("""
              - id: ra-soat-thu-tuc-hanh-chinh-linh-vuc-noi-vu   # row 10, STT 3.1
                title: Rà soát thủ tục hành chính lĩnh vực nội vụ
                group: I. HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH – 3. Rà soát, đơn giản hóa thủ tục hành chính
                owner: so-noi-vu
            """))

        // It validates, and `wf plan` shows the product and the group.
        let validate = try WF.run(["validate", "phu-luc.yaml"], in: folder)
        #expect(validate.exitCode == 0, "\(validate.stdout)\(validate.stderr)")
        #expect(!validate.stdout.contains("error"))
        let plan = try WF.run(["plan", "phu-luc.yaml", "--as-of", "2025-06-20", "--format", "json"], in: folder)
        #expect(plan.exitCode == 0)
        #expect(plan.stdout.contains("\"product\":\"Quyết định của UBND tỉnh\"") || plan.stdout.contains("\"product\": \"Quyết định của UBND tỉnh\""))
        #expect(plan.stdout.contains("I. HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"))

        // Imported again: the same plan, byte for byte (ids are stable); refused without --force.
        let again = try WF.run(["import", "phu-luc.xlsx"], in: folder)
        #expect(again.exitCode == 2)
        #expect(again.stderr.contains("'phu-luc.yaml' already exists; choose another --output, or add --force"))
        let forced = try WF.run(["import", "phu-luc.xlsx", "--force", "-o", "-"], in: folder)
        #expect(forced.exitCode == 0)
        #expect(forced.stdout == yaml)
    }

    @Test("the CSV twin (UTF-8 with BOM, ';') gives the same tasks", .needs(.openpyxl))
    func csvTwin() throws {
        let folder = try WF.temporaryDirectory("wf-import")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.annex("sample", "a.xlsx", in: folder)
        try Self.annex("sample-csv", "a.csv", in: folder)
        let xlsx = try WF.run(["import", "a.xlsx", "-o", "-"], in: folder)
        let csv = try WF.run(["import", "a.csv", "-o", "-"], in: folder)
        #expect(csv.exitCode == 0, "\(csv.stderr)")
        #expect(Self.tasks(xlsx.stdout) == Self.tasks(csv.stdout))
        #expect(Self.tasks(csv.stdout).count > 50)
    }

    /// The plan without the row-number comments (a CSV has no title rows to number).
    static func tasks(_ yaml: String) -> [String] {
        yaml.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.contains("# row") && !$0.contains("row ") }
            .map { String($0) }
    }

    @Test("LibreOffice's xlsx made from the CSV imports to the same plan", .needs(.openpyxl), .needs(.sofficeCalc))
    func libreOfficeWorkbook() throws {
        let folder = try WF.temporaryDirectory("wf-import")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.annex("sample-csv", "lo.csv", in: folder)
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: try #require(TestRequirement.sofficePath))
        // Field separator ';' (59), text delimiter '"' (34), UTF-8 (76), from line 1.
        convert.arguments = ["--headless", "-env:UserInstallation=file://\(folder.path)/profile",
                             "--infilter=CSV:59,34,76,1", "--convert-to", "xlsx", "--outdir", folder.path,
                             folder.appendingPathComponent("lo.csv").path]
        convert.standardOutput = FileHandle.nullDevice
        convert.standardError = FileHandle.nullDevice
        try convert.run()
        convert.waitUntilExit()
        #expect(convert.terminationStatus == 0)
        let fromLibreOffice = try WF.run(["import", "lo.xlsx", "-o", "-"], in: folder)
        let fromCSV = try WF.run(["import", "lo.csv", "-o", "-"], in: folder)
        #expect(fromLibreOffice.exitCode == 0, "\(fromLibreOffice.stderr)")
        #expect(Self.tasks(fromLibreOffice.stdout) == Self.tasks(fromCSV.stdout))
        #expect(fromLibreOffice.stdout.contains("sheet 'lo'"))
    }

    @Test("500 rows: every task imported, the plan validates and PyYAML reads it back", .needs(.openpyxl), .needs(.pyyaml))
    func fiveHundredRows() throws {
        let folder = try WF.temporaryDirectory("wf-import")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.annex("rows", "500", "lon.xlsx", in: folder)
        let result = try WF.run(["import", "lon.xlsx", "--name", "Kế hoạch: 500 nhiệm vụ #1"], in: folder)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote lon.yaml: 500 tasks, 5 groups, 5 units;"))
        let validate = try WF.run(["validate", "lon.yaml", "--format", "json"], in: folder)
        #expect(validate.exitCode == 0)
        #expect(validate.stdout.contains("\"errors\":0") || validate.stdout.contains("\"errors\": 0"))
        let summary = try Self.python(["-c", """
            import yaml
            plan = yaml.safe_load(open('lon.yaml', encoding='utf-8'))
            goals = plan['goals']
            print(plan['name'], len(goals), len({g['id'] for g in goals}), goals[0]['due'], goals[2]['due'])
            """], in: folder)
        #expect(summary == "Kế hoạch: 500 nhiệm vụ #1 500 500 2025-02-02 Quý IV/2025\n")
    }

    @Test("refusals: exit 2 and nothing written", .needs(.openpyxl))
    func refusals() throws {
        let folder = try WF.temporaryDirectory("wf-import")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.annex("sample", "a.xlsx", in: folder)
        try Self.annex("protected", "khoa.xlsx", in: folder)
        try Data("xin chào".utf8).write(to: folder.appendingPathComponent("hong.xlsx"))
        try Data("Họ tên,Ngày sinh\nA,1/1/1990\n".utf8).write(to: folder.appendingPathComponent("khac.csv"))
        let cases: [([String], String)] = [
            (["import", "khoa.xlsx"], "'khoa.xlsx' is a password-protected workbook"),
            (["import", "hong.xlsx"], "'hong.xlsx' is not a readable .xlsx workbook (not a ZIP package)"),
            (["import", "khong-co.xlsx"], "cannot read 'khong-co.xlsx': there is no such file"),
            (["import", "a.xlsx", "--sheet", "Ghi chú"],
             "no header row in the first 15 rows of sheet 'Ghi chú'"),
            (["import", "a.xlsx", "--sheet", "3"], "'a.xlsx' has no sheet '3'; its sheets are 1. 'Phụ lục', 2. 'Ghi chú'"),
            (["import", "khac.csv"], "Headers seen: 'Họ tên', 'Ngày sinh', 'A', '1/1/1990'"),
            (["import", "a.xlsx", "--period", "năm nay"], "--period must be a period such as 2025"),
        ]
        for (arguments, message) in cases {
            let result = try WF.run(arguments, in: folder)
            #expect(result.exitCode == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(written.isEmpty)
    }

    @Test("the example annex in workflows/data imports to the committed example plan")
    func committedExample() throws {
        let result = try WF.run(["import", "workflows/data/phu-luc-mau.xlsx", "-o", "-"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let example = try Self.read(WF.repoRoot.appendingPathComponent("workflows/phu-luc-mau.yaml"))
        // The imported plan starts with the schema modeline; the example has its own (a path
        // into docs/) and a header comment; after them the imported part is the same.
        let lines = result.stdout.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("# yaml-language-server: $schema=") == true)
        #expect(example.hasSuffix(String(lines.last ?? "")))
    }
}
