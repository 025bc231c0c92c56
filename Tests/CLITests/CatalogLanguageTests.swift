import Foundation
import Testing

/// The messages moved into the catalog (issue 10) in Vietnamese, through the binary: `wf import`,
/// `wf validate` on a folder, `wf plan --format xlsx`; the workbook in English for `lang: en`.
@Suite struct CatalogLanguageTests {
    @Test("wf import --lang vi refuses a CSV without a header row in Vietnamese, listing the headers it saw")
    func importRefusalInVietnamese() throws {
        let folder = try WF.temporaryDirectory("wf-import-vi")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Họ tên,Ngày sinh\nA,1/1/1990\n".utf8).write(to: folder.appendingPathComponent("khac.csv"))
        let result = try WF.run(["import", "khac.csv", "--lang", "vi"], in: folder)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("lỗi: khac.csv: không thấy dòng tiêu đề cột trong 15 dòng đầu của trang tính 'khac.csv'"),
                "\(result.stderr)")
        #expect(result.stderr.contains("Các tiêu đề đã thấy: 'Họ tên', 'Ngày sinh', 'A', '1/1/1990'."), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("khac.yaml").path))
    }

    @Test("wf import with WF_LANG=vi writes its warnings, summary and the plan's comments in Vietnamese")
    func importInVietnamese() throws {
        let folder = try WF.temporaryDirectory("wf-import-vi")
        defer { try? FileManager.default.removeItem(at: folder) }
        let annex = WF.repoRoot.appendingPathComponent("workflows/data/phu-luc-mau.csv").path
        let result = try WF.run(["import", annex, "-o", "ke-hoach.yaml", "--period", "2025"], in: folder,
                                environment: ["WF_LANG": "vi"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains(":19: cảnh báo: dòng 19 có thời hạn wf không đọc được ('Theo hướng dẫn của Bộ')"), "\(result.stderr)")
        #expect(result.stderr.contains("đã ghi ke-hoach.yaml: 9 nhiệm vụ, 4 nhóm, 9 đơn vị, 1 dòng giữ lại thành chú thích"), "\(result.stderr)")
        let plan = try String(contentsOf: folder.appendingPathComponent("ke-hoach.yaml"), encoding: .utf8)
        #expect(plan.contains("# Nhập bằng wf import từ phu-luc-mau.csv, trang tính 'phu-luc-mau.csv' (dòng tiêu đề cột ở dòng 3)."))
        #expect(plan.contains("   # dòng 6, STT 1\n"))
        let check = try WF.run(["validate", "ke-hoach.yaml"], in: folder)
        #expect(check.exitCode == 0, "\(check.stdout)")
    }

    @Test("wf validate DIR --lang vi says in Vietnamese which YAML files it skipped")
    func validateSkippedInVietnamese() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "wf: 1\nname: Kế hoạch\n".write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        try "services:\n  web:\n    image: nginx\n".write(to: folder.appendingPathComponent("compose.yml"), atomically: true, encoding: .utf8)
        let result = try WF.run(["validate", ".", "--lang", "vi"], in: folder)
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(result.stdout == "đã bỏ qua 1 tệp YAML không phải kế hoạch (không có mục 'wf:' ở đầu tệp): ./compose.yml\n"
            + "không có vấn đề nào trong 1 tệp\n")
        let empty = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        try "services: {}\n".write(to: empty.appendingPathComponent("compose.yml"), atomically: true, encoding: .utf8)
        let none = try WF.run(["validate", ".", "--lang", "vi"], in: empty)
        #expect(none.exitCode == 2)
        #expect(none.stdout.contains("thư mục này không có tệp kế hoạch nào: tệp YAML của nó không có mục 'wf:' ở đầu tệp"), "\(none.stdout)")
    }

    @Test("wf plan --format xlsx without --output is refused in Vietnamese with WF_LANG=vi")
    func xlsxRefusalInVietnamese() throws {
        let result = try WF.run(["plan", PlanXLSXTests.q4, "--format", "xlsx"], environment: ["WF_LANG": "vi"])
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--format xlsx ghi ra một tệp Excel (nhị phân), không phải văn bản để xem trên màn hình: hãy thêm --output TỆP.xlsx"),
                "\(result.stderr)")
    }

    @Test("a plan with lang: en gets an English workbook (lang: vi, or none, a Vietnamese one)", .needs(.openpyxl))
    func englishWorkbook() throws {
        let folder = try WF.temporaryDirectory("wf-xlsx-en")
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOf: WF.repoRoot.appendingPathComponent(PlanXLSXTests.q4), encoding: .utf8)
        let plan = folder.appendingPathComponent("q4-en.yaml")
        try source.replacingOccurrences(of: "\nlang: vi\n", with: "\nlang: en\n")
            .write(to: plan, atomically: true, encoding: .utf8)
        let book = try PlanXLSXTests.export(plan.path, asOf: "2023-10-05")
        let sheets = try #require(book["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["Tasks", "Events", "Budget"])
        let rows = try PlanXLSXTests.rows(book, sheet: 0)
        #expect(PlanXLSXTests.value(rows, "A1") as? String == "PROGRESS OF TASKS")
        #expect(PlanXLSXTests.value(rows, "A3") as? String == "As of 05/10/2023")
        #expect(PlanXLSXTests.value(rows, "B4") as? String == "Task")
    }
}
