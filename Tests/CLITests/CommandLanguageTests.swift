import Foundation
import Testing

/// The commands' own errors and notes in Vietnamese (issue 10): usage errors, `wf done` on an
/// unknown id, a missing file, the words around ArgumentParser's errors — chosen by `--lang`
/// or `WF_LANG` as a planner would.
@Suite struct CommandLanguageTests {
    static let plan = """
        wf: 1
        name: Kế hoạch thử
        lang: vi
        goals:
          - id: bao-cao-quy
            title: Báo cáo quý
            due: 2024-05-10
        """

    private func withPlan(_ body: (URL) throws -> Void) throws {
        let folder = try WF.temporaryDirectory("wf-lang")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        try body(folder)
    }

    @Test func doneOnAnUnknownIdSaysSoInVietnamese() throws {
        try withPlan { folder in
            let result = try WF.run(["done", "plan.yaml", "bao-cao-qui", "--lang", "vi"], in: folder)
            #expect(result.exitCode == 1)
            #expect(result.stderr == "lỗi: không có nhiệm vụ hay việc chuẩn bị nào có mã 'bao-cao-qui'; có phải ý bạn là 'bao-cao-quy'?\n")
            let english = try WF.run(["done", "plan.yaml", "bao-cao-qui"], in: folder)
            #expect(english.stderr == "error: no goal or prepare item has the id 'bao-cao-qui'; did you mean 'bao-cao-quy'?\n")
            #expect(try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8) == Self.plan)
        }
    }

    @Test func aBadAsOfIsAVietnameseUsageErrorUnderWFLang() throws {
        try withPlan { folder in
            let result = try WF.run(["plan", "plan.yaml", "--as-of", "31/02/2024"], in: folder, environment: ["WF_LANG": "vi"])
            #expect(result.exitCode == 2)
            #expect(result.stderr.hasPrefix("Lỗi: --as-of phải là một ngày như 2023-10-05 hoặc 05/10/2023, không phải '31/02/2024'\n"))
            #expect(result.stderr.contains("  Xem 'wf plan --help' để biết thêm.\n"))
            #expect(!result.stderr.contains("Error:"))
        }
    }

    @Test func langFlagChoosesTheWordsAroundArgumentParsersOwnErrors() throws {
        // ArgumentParser's message itself stays English; "Lỗi:" and "Xem … --help" are the catalog's.
        let result = try WF.run(["plan", "--lang=vi", "--no-such-option"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("Lỗi: "))
        #expect(result.stderr.contains("Xem 'wf plan --help' để biết thêm."))
    }

    @Test func runOfAMissingFileAndAnUnknownVarInVietnamese() throws {
        try withPlan { folder in
            let missing = try WF.run(["run", "khong-co.yaml", "--lang", "vi"], in: folder)
            #expect(missing.exitCode == 2)
            #expect(missing.stderr.hasPrefix("khong-co.yaml:1:1: lỗi: "), "\(missing.stderr)")
            let unknown = try WF.run(["run", "plan.yaml", "--dry-run", "--var", "nam=2024", "--lang", "vi"], in: folder)
            #expect(unknown.exitCode == 2)
            #expect(unknown.stderr.contains("lỗi: --var: kế hoạch chưa khai báo biến 'nam' trong 'vars:'"), "\(unknown.stderr)")
        }
    }

    @Test func statusOfAMissingFileInVietnamese() throws {
        try withPlan { folder in
            let result = try WF.run(["status", "khong-co.yaml", "--lang", "vi"], in: folder)
            #expect(result.exitCode == 2)
            #expect(result.stderr == "khong-co.yaml:1:1: lỗi: không có tệp này [io]\n")
        }
    }
}
