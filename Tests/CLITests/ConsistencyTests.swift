import NotifyPeers
import Foundation
import Testing

/// Every output says the same of every item: generated plans (seeded random due dates, done and
/// progress, `after:` edges, warning windows, checkpoints sharing a budget file) run through the
/// real `wf` binary, and `wf plan --format json`, the run's NDJSON node outputs, the deadline
/// step's items, the report's tables, `--fail-on` and `fail_on` are compared item by item.
@Suite struct ConsistencyTests {
    static let asOf = "2023-11-15"
    static let goalCount = 30

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func everyOutputAgrees(seed: UInt64) throws {
        let folder = try WF.temporaryDirectory("wf-consistency")
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(state: seed)
        try Data(Self.plan(&random).utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        try Data(Self.budgetCSV.utf8).write(to: folder.appendingPathComponent("ngan-sach.csv"))

        // wf plan --format json
        let planned = try WF.run(["plan", "plan.yaml", "--as-of", Self.asOf, "--format", "json"], in: folder)
        #expect(planned.exitCode == 0, "seed \(seed): \(planned.stderr)")
        let planJSON = try #require(try JSONSerialization.jsonObject(with: Data(planned.stdout.utf8)) as? [String: Any])
        let nodes = try #require(planJSON["nodes"] as? [[String: Any]])
        var planStatus: [String: String] = [:]
        var planWaiting: [String: [String]] = [:]
        for node in nodes where node["kind"] as? String == "goal" {
            let id = try #require(node["id"] as? String)
            planStatus[id] = node["status"] as? String
            planWaiting[id] = node["waiting_for"] as? [String]
        }
        #expect(planStatus.count == Self.goalCount)

        // wf run --fail-on overdue --format json: node outputs, the deadline step, the report.
        let run = try WF.run(["run", "plan.yaml", "--as-of", Self.asOf, "--format", "json", "--fail-on", "overdue"], in: folder)
        var nodeOutputs: [String: [String: Any]] = [:]
        var nodeStatus: [String: String] = [:]
        var failOnMatches: [String] = []
        for line in run.stdout.split(separator: "\n") {
            guard let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            if event["event"] as? String == "run-finished" { failOnMatches = event["fail_on"] as? [String] ?? [] }
            guard event["event"] as? String == "node-finished", let id = event["node"] as? String else { continue }
            nodeOutputs[id] = event["outputs"] as? [String: Any] ?? [:]
            nodeStatus[id] = event["status"] as? String
        }
        let stepItems = try #require(nodeOutputs["kiem-tra"]?["items"] as? [[String: Any]], "seed \(seed): \(run.stderr)")
        var stepStatus: [String: String] = [:]
        for item in stepItems { if let id = item["id"] as? String { stepStatus[id] = item["status"] as? String } }
        let report = try String(contentsOf: folder.appendingPathComponent("out/bao-cao.md"), encoding: .utf8)

        for (id, status) in planStatus {
            #expect(nodeOutputs[id]?["status"] as? String == status, "seed \(seed): goal node '\(id)'")
            #expect(stepStatus[id] == status, "seed \(seed): deadline step item '\(id)'")
            #expect((nodeOutputs[id]?["waiting_for"] as? [String]) == planWaiting[id], "seed \(seed): waiting_for of '\(id)'")
            let row = try #require(report.split(separator: "\n").first { $0.contains("| \(Self.title(id)) |") },
                                   "seed \(seed): no report row for '\(id)'")
            #expect(row.hasSuffix("| \(Self.words[status] ?? status) |"), "seed \(seed): report row \(row)")
        }
        let overdue = planStatus.values.filter { $0 == "overdue" }.count
        #expect(nodeOutputs["kiem-tra"]?["overdue"] as? Int == overdue)
        // The step's fail_on and --fail-on use one rule.
        #expect((nodeStatus["kiem-tra"] == "failed") == (overdue > 0), "seed \(seed): fail_on")
        #expect(run.exitCode == (overdue > 0 ? 1 : 0), "seed \(seed): --fail-on, \(overdue) overdue")
        let matched = Set(failOnMatches.compactMap { $0.split(separator: "'").dropFirst().first.map(String.init) })
        #expect(matched == Set(planStatus.filter { $0.value == "overdue" }.keys), "seed \(seed): --fail-on matches")

        // One budget, three snapshots: the step's total and the report's are the latest, not a sum.
        #expect(nodeOutputs["ngan-sach"]?["allocated"] as? Int == 5_100_000_000 + 200_000_000)
        #expect(report.contains("**5.300.000.000 đ**"), "seed \(seed): the report's budget total")
    }

    // MARK: - The generated plan

    static let words = ["done": "Hoàn thành", "on-track": "Đúng tiến độ", "due-soon": "Sắp đến hạn", "overdue": "Quá hạn"]

    static func title(_ id: String) -> String { "Nhiệm vụ \(id)" }

    static let budgetCSV = """
        item,allocated,spent,date
        Hạ tầng,3000000000,,2023-01-02
        Phần mềm,2100000000,,2023-01-02
        Hạ tầng,,1000000000,2023-05-15
        Phần mềm,,500000000,2023-08-20
        Hạ tầng,,1500000000,2023-12-10
        """

    static func plan(_ random: inout SplitMix64) -> String {
        let windows = ["", ", warn: 3wd", ", warn: 7d", ", warn: 10wd"]
        var text = """
            wf: 1
            name: Kế hoạch sinh ngẫu nhiên
            period: 2023
            warn: \(["5wd", "10wd", "2w"][Int(random.next() % 3)])
            owners:
              a: { name: Phòng A, notify: ["console:"] }
              b: { name: Phòng B, notify: ["console:"] }
            goals:

            """
        for index in 0..<goalCount {
            let id = "g\(index)"
            let due = "2023-\(10 + Int(random.next() % 3))-\(String(format: "%02d", 1 + Int(random.next() % 28)))"
            var line = "  - { id: \(id), title: \(title(id)), due: \(due), owner: \(random.next() % 2 == 0 ? "a" : "b")"
            switch random.next() % 4 {
            case 0: line += ", done: true"
            case 1: line += ", progress: \(random.next() % 100)%"
            default: break
            }
            if index > 0, random.next() % 3 == 0 { line += ", after: [g\(Int(random.next() % UInt64(index)))]" }
            line += windows[Int(random.next() % UInt64(windows.count))]
            text += line + " }\n"
        }
        text += """
            checkpoints:
              - { id: sau-thang, title: 6 tháng, date: 2023-06-30, budget: { file: ngan-sach.csv } }
              - { id: chin-thang, title: 9 tháng, date: 2023-09-29, budget: { file: ngan-sach.csv } }
              - { id: ca-nam, title: Cả năm, date: 2023-12-29, budget: { file: ngan-sach.csv } }
              - { id: rieng, title: Dự án riêng, date: 2023-12-29, budget: { allocated: 200_000_000, spent: 50_000_000 } }
            steps:
              - id: kiem-tra
                uses: deadline
                with: { fail_on: overdue }
                continue-on-error: true
              - id: ngan-sach
                uses: budget
              - id: bao-cao
                uses: report
                needs: [kiem-tra, ngan-sach]
                with: { output: out/bao-cao.md }

            """
        return text
    }
}
