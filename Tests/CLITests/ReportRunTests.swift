import Foundation
import Testing

/// `wf run` drafting reports end to end: the runner passes statuses and budget figures to
/// the report, a dry run writes nothing, and output paths stay in the workflow's folder.
@Suite struct ReportRunTests {
    static let plan = """
        wf: 1
        name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
        period: 2023-Q4
        vars:
          department: Sở Thông tin và Truyền thông tỉnh Bắc Ninh
          director: Nguyễn Trung Hiền
        owners:
          vp: { name: Văn phòng Sở }
          cntt: { name: Phòng Công nghệ thông tin }
        goals:
          - { id: bao-cao-nq44, title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44, owner: vp, due: 2023-10-03 }
          - { id: de-an-cds, title: Đề án chuyển đổi số 2024–2030, owner: cntt, due: 2023-10-06, after: [bao-cao-nq44] }
        checkpoints:
          - id: giai-ngan-q3
            title: Rà soát giải ngân Quý III
            date: 2023-10-01
            budget: { allocated: 500_000_000, spent: 300_000_000 }
            expect: 90%
        steps:
          - id: kiem-tra-han
            uses: deadline
          - id: bao-cao-docx
            uses: report
            needs: [kiem-tra-han, giai-ngan-q3]
            with: { output: out/bao-cao.docx, number: 125/BC-STTTT }
          - id: bao-cao-md
            uses: report
            needs: [kiem-tra-han, giai-ngan-q3]
            with: { output: "${{ format('out/{0}.md', run.as_of) }}" }
        """

    @Test("wf run drafts the DOCX and Markdown reports with the run's statuses")
    func runDraftsReports() throws {
        let folder = try WF.temporaryDirectory("wf-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["run", "plan.yaml", "--as-of", "2023-10-05"], in: folder)
        #expect(result.exitCode == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        let docx = try Data(contentsOf: folder.appendingPathComponent("out/bao-cao.docx"))
        #expect(docx.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip file")
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/2023-10-05.md"), encoding: .utf8)
        #expect(markdown.contains("*Bắc Ninh, ngày 05 tháng 10 năm 2023*"))
        #expect(markdown.contains("| Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44 | Văn phòng Sở |  | 03/10/2023 |  | Quá hạn |"))
        #expect(markdown.contains("| Đề án chuyển đổi số 2024–2030 | Phòng Công nghệ thông tin |  | 06/10/2023 |  | Sắp đến hạn |"))
        #expect(markdown.contains("| 500.000.000 đ | 300.000.000 đ | 60% | 90% | Chậm giải ngân |"))
        #expect(result.stdout.contains("out/bao-cao.docx"))
    }

    @Test("a dry run writes no report")
    func dryRun() throws {
        let folder = try WF.temporaryDirectory("wf-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let result = try WF.run(["run", "plan.yaml", "--as-of", "2023-10-05", "--dry-run"], in: folder)
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("write out/bao-cao.docx (docx,"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("an output outside the workflow's folder fails unless --allow-outside")
    func outsideFolder() throws {
        let folder = try WF.temporaryDirectory("wf-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let plan = """
            wf: 1
            name: Kế hoạch thử
            goals:
              - { id: a, title: Việc A, due: 2023-10-31 }
            steps:
              - id: bao-cao
                uses: report
                with: { output: ../ngoai/bao-cao.md }
            """
        try Data(plan.utf8).write(to: plans.appendingPathComponent("plan.yaml"))
        let refused = try WF.run(["run", "plans/plan.yaml", "--as-of", "2023-10-05"], in: folder)
        #expect(refused.exitCode == 1)
        #expect((refused.stdout + refused.stderr).contains("outside the workflow's folder"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ngoai/bao-cao.md").path))
        let allowed = try WF.run(["run", "plans/plan.yaml", "--as-of", "2023-10-05", "--allow-outside", "--state", "other.sqlite"], in: folder)
        #expect(allowed.exitCode == 0, "stderr: \(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ngoai/bao-cao.md").path))
    }
}
