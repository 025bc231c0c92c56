import Foundation
import Testing

/// `wf status` and `wf history` show the plan's health as of the run's date beside the run's
/// node results, and times in the plan's time zone.
@Suite struct StatusHealthTests {
    static let plan = """
        wf: 1
        name: Sức khỏe kế hoạch
        timezone: Asia/Ho_Chi_Minh
        goals:
          - { id: du-thao, title: Dự thảo đề án, due: 2023-05-31 }
          - { id: trinh, title: Trình UBND tỉnh, due: 2023-06-15, after: [du-thao] }
          - { id: xong, title: Đã xong, due: 2023-06-01, done: true }
        """

    @Test func statusAndHistoryShowHealthAndLocalTimes() throws {
        let folder = try WF.temporaryDirectory("wf-status-health")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        let run = try WF.run(["run", "--lang", "vi", "plan.yaml", "--as-of", "2023-11-30"], in: folder)
        #expect(run.exitCode == 0, "\(run.stderr)")

        let status = try WF.run(["status", "--lang", "vi", "plan.yaml"], in: folder)
        #expect(status.exitCode == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Kế hoạch tính đến 30/11/2023: 2 quá hạn, 1 hoàn thành (1 đang chờ việc trước)"))
        #expect(status.stdout.contains("  trinh: quá hạn 168 ngày, chờ: du-thao (hạn 15/06/2023)"))
        #expect(status.stdout.contains(" +07:00, tính đến 2023-11-30"), "\(status.stdout)")

        let json = try WF.run(["status", "--lang", "vi", "plan.yaml", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let health = try #require(object["health"] as? [String: Any])
        #expect(health["overdue"] as? Int == 2)
        #expect(health["waiting"] as? Int == 1)
        #expect((object["started"] as? String)?.hasSuffix("+07:00") == true)

        let history = try WF.run(["history", "--lang", "vi", "plan.yaml"], in: folder)
        #expect(history.stdout.contains("2 quá hạn, 1 hoàn thành (1 đang chờ việc trước)"), "\(history.stdout)")
        #expect(history.stdout.contains("+07:00"))
    }
}
