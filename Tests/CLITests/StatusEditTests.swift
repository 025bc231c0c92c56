import Foundation
import Testing

/// `wf done`, `wf undone` and `wf progress` through the real binary: the file edited in place,
/// byte for byte elsewhere, checked before and after, the status printed in the plan's language.
@Suite struct StatusEditTests {
    /// A plan with what hand-written plans have: comments, blank lines, quoted values, flow
    /// mappings, a prepare item, Vietnamese text.
    static let plan = """
        # Kế hoạch thử: ghi chú ở đầu tệp
        wf: 1
        name: "Kế hoạch Quý IV/2023"   # tên
        period: 2023-Q4
        lang: vi

        owners:
          cntt: { name: 'Phòng CNTT' }

        goals:
          # nhiệm vụ trọng tâm
          - id: du-thao-de-an
            title: 'Dự thảo: Đề án CĐS'
            owner: cntt
            due: 2023-11-30        # hạn nộp

            after: [bao-cao]
          - id: bao-cao
            title: "Báo cáo, tổng hợp"
            due: 31/10/2023
            progress: "40%"
          - { id: flow-goal, title: "Việc, dạng flow", due: 2023-12-15 }

        events:
          - id: ngay-cds
            title: Ngày CĐS
            date: 2023-10-10
            prepare:
              - id: ke-hoach
                title: Kế hoạch hưởng ứng
                due: -3wd   # trước 3 ngày làm việc
                owner: cntt

        """

    private func withPlan(_ text: String, name: String = "plan.yaml",
                          _ body: (URL, URL) throws -> Void) throws {
        let folder = try WF.temporaryDirectory("wf-done")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        try body(folder, file)
    }

    private func contents(_ file: URL) throws -> String {
        String(decoding: try Data(contentsOf: file), as: UTF8.self)
    }

    // MARK: - Editing

    @Test(arguments: ["\n", "\r\n"])
    func doneInsertsOneLineAndKeepsEverythingElse(lineBreak: String) throws {
        let text = Self.plan.replacing("\n", with: lineBreak)
        try withPlan(text) { folder, file in
            let result = try WF.run(["done", "plan.yaml", "du-thao-de-an", "--as-of", "2023-10-05"], in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout == "✓ du-thao-de-an: hoàn thành\n")
            let expected = text.replacing(
                "    due: 2023-11-30        # hạn nộp\(lineBreak)",
                with: "    due: 2023-11-30        # hạn nộp\(lineBreak)    done: true\(lineBreak)")
            #expect(try contents(file) == expected)
        }
    }

    @Test func progressKeepsQuotesAndEditsFlowMappingsAndPrepareItems() throws {
        try withPlan(Self.plan) { folder, file in
            var result = try WF.run(["progress", "plan.yaml", "bao-cao", "80%", "--as-of", "2023-10-05"], in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout == "○ bao-cao: đúng tiến độ: còn 18 ngày làm việc (hạn 31/10/2023), tiến độ 80%\n")
            result = try WF.run(["progress", "plan.yaml", "flow-goal", "0.25", "--as-of", "2023-10-05"], in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            result = try WF.run(["done", "plan.yaml", "flow-goal", "--as-of", "2023-10-05"], in: folder)
            #expect(result.stdout == "✓ flow-goal: hoàn thành\n")
            result = try WF.run(["progress", "plan.yaml", "ke-hoach", "50", "--as-of", "2023-10-05"], in: folder)
            #expect(result.stdout == "! ke-hoach: sắp đến hạn: đến hạn hôm nay (hạn 05/10/2023), tiến độ 50%\n")
            let expected = Self.plan
                .replacing("progress: \"40%\"", with: "progress: \"80%\"")
                .replacing("due: 2023-12-15 }", with: "due: 2023-12-15, progress: 25%, done: true }")
                .replacing("        due: -3wd   # trước 3 ngày làm việc\n",
                           with: "        due: -3wd   # trước 3 ngày làm việc\n        progress: 50%\n")
            #expect(try contents(file) == expected)
        }
    }

    @Test func undoneAndTheSameStatusAgain() throws {
        try withPlan(Self.plan) { folder, file in
            _ = try WF.run(["done", "plan.yaml", "bao-cao"], in: folder)
            let done = try contents(file)
            #expect(done.contains("    progress: \"40%\"\n    done: true\n"))
            var result = try WF.run(["done", "plan.yaml", "bao-cao"], in: folder)
            #expect(result.exitCode == 0)
            #expect(result.stderr == "note: 'bao-cao' is already marked 'done: true'; 'plan.yaml' was not changed\n")
            #expect(try contents(file) == done)
            result = try WF.run(["undone", "plan.yaml", "bao-cao", "--as-of", "2023-11-02"], in: folder)
            #expect(result.exitCode == 0)
            #expect(result.stdout == "✗ bao-cao: quá hạn 2 ngày (hạn 31/10/2023), tiến độ 40%\n")
            #expect(try contents(file) == Self.plan.replacing("    progress: \"40%\"\n", with: "    progress: \"40%\"\n    done: false\n"))
        }
    }

    @Test func englishPlansGetEnglishWords() throws {
        try withPlan(Self.plan.replacing("lang: vi", with: "lang: en")) { folder, _ in
            let result = try WF.run(["progress", "plan.yaml", "du-thao-de-an", "10%", "--as-of", "2023-10-05"], in: folder)
            #expect(result.stdout == "○ du-thao-de-an: on track: 40 working days left, waiting for: bao-cao (due 30/11/2023), progress 10%\n")
        }
    }

    @Test func keepsPermissionsAndFollowsSymbolicLinks() throws {
        try withPlan(Self.plan) { folder, file in
            try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
            let link = folder.appendingPathComponent("link.yaml")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
            let result = try WF.run(["done", "link.yaml", "bao-cao"], in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == file.path)
            #expect(try contents(file).contains("done: true"))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test func deadlinePhrasesAndOngoingWork() throws {
        let text = """
            wf: 1
            name: Cụm từ
            period: 2025
            goals:
              - id: thuong-xuyen
                title: Cập nhật cổng thông tin
                due: Thường xuyên
              - id: quy-ii
                title: Báo cáo quý II
                due: Quý II/2025   # cuối quý

            """
        try withPlan(text) { folder, file in
            var result = try WF.run(["progress", "plan.yaml", "thuong-xuyen", "30%", "--as-of", "2025-05-02"], in: folder)
            #expect(result.stdout == "○ thuong-xuyen: thường xuyên, tiến độ 30%\n")
            result = try WF.run(["done", "plan.yaml", "quy-ii", "--as-of", "2025-05-02"], in: folder)
            #expect(result.stdout == "✓ quy-ii: hoàn thành\n")
            #expect(try contents(file) == text
                .replacing("    due: Thường xuyên\n", with: "    due: Thường xuyên\n    progress: 30%\n")
                .replacing("    due: Quý II/2025   # cuối quý\n", with: "    due: Quý II/2025   # cuối quý\n    done: true\n"))
        }
    }

    // MARK: - Refusals

    @Test func unknownIDSuggestsTheClosestAndChangesNothing() throws {
        try withPlan(Self.plan) { folder, file in
            let result = try WF.run(["done", "plan.yaml", "du-thao-de-a"], in: folder)
            #expect(result.exitCode == 1)
            #expect(result.stderr == "error: no goal or prepare item has the id 'du-thao-de-a'; did you mean 'du-thao-de-an'?\n")
            let event = try WF.run(["done", "plan.yaml", "ngay-cds"], in: folder)
            #expect(event.exitCode == 1)
            #expect(event.stderr.contains("'ngay-cds' is an event"))
            #expect(try contents(file) == Self.plan)
        }
    }

    @Test func aPlanWithErrorsIsNotEdited() throws {
        let broken = Self.plan.replacing("    owner: cntt\n    due: 2023-11-30", with: "    ownr: cntt\n    due: 2023-11-30")
        try withPlan(broken) { folder, file in
            let result = try WF.run(["done", "plan.yaml", "bao-cao"], in: folder)
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("[unknown-key]"))
            #expect(result.stderr.contains("error: 'plan.yaml' has errors; fix them first"))
            #expect(try contents(file) == broken)
        }
    }

    /// Only a recurring task (`every:`) may have a list of periods for `done:`: a `--period`
    /// edit of another item would leave an error, so it is refused and the file stays byte for byte.
    @Test func anEditThatWouldNotValidateLeavesTheFileUntouched() throws {
        let text = Self.plan.replacing("\n", with: "\r\n")
        try withPlan(text) { folder, file in
            let before = try Data(contentsOf: file)
            let result = try WF.run(["done", "plan.yaml", "bao-cao", "--period", "2023-10"], in: folder)
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("[type-mismatch]"))
            #expect(result.stderr.contains("error: the edit would make 'plan.yaml' invalid, so the file was left unchanged"))
            #expect(try Data(contentsOf: file) == before)
        }
    }

    static let recurring = """
        wf: 1
        name: Báo cáo định kỳ
        period: 2025
        goals:
          - id: bao-cao-thang
            title: Báo cáo tháng
            every: month
            due: trước ngày 20
            done: [2025-01, 2025-03]   # đã nộp
          - id: bao-cao-quy
            title: Báo cáo quý
            every: quarter
            due: chậm nhất ngày 15
            done:
              - 2025-Q1
              - 2025-Q3

        """

    @Test func periodsOfARecurringTask() throws {
        try withPlan(Self.recurring.replacing("\n", with: "\r\n")) { folder, file in
            var result = try WF.run(["done", "plan.yaml", "bao-cao-thang", "--period", "2025-02", "--as-of", "2025-04-01"], in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            #expect(result.stdout == "○ bao-cao-thang (2025-04): đúng tiến độ: còn 12 ngày làm việc (hạn tháng 4/2025, trước ngày 20, ngày 18/04/2025)\n")
            result = try WF.run(["undone", "plan.yaml", "bao-cao-thang", "--period", "2025-01", "--as-of", "2025-04-01"], in: folder)
            #expect(result.stdout.hasPrefix("✗ bao-cao-thang (2025-01): quá hạn "))
            result = try WF.run(["done", "plan.yaml", "bao-cao-quy", "--period", "2025-q2", "--as-of", "2025-04-01"], in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            result = try WF.run(["undone", "plan.yaml", "bao-cao-quy", "--period", "2025-Q3", "--as-of", "2025-04-01"], in: folder)
            #expect(result.exitCode == 0, "\(result.stderr)")
            let expected = Self.recurring
                .replacing("done: [2025-01, 2025-03]   # đã nộp", with: "done: [2025-02, 2025-03]   # đã nộp")
                .replacing("      - 2025-Q1\n      - 2025-Q3\n", with: "      - 2025-Q1\n      - 2025-Q2\n")
            #expect(try contents(file) == expected.replacing("\n", with: "\r\n"))

            // A quarter in a monthly task's list does not validate: the file stays as it is.
            let before = try Data(contentsOf: file)
            result = try WF.run(["done", "plan.yaml", "bao-cao-thang", "--period", "2025-Q2"], in: folder)
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("is not a month; write it as 2025-01 [invalid-value]"))
            #expect(try Data(contentsOf: file) == before)
            result = try WF.run(["done", "plan.yaml", "bao-cao-thang"], in: folder)
            #expect(result.exitCode == 1)
            #expect(result.stderr == "error: 'done' of 'bao-cao-thang' is a list of finished periods; name the period with --period (e.g. --period 2025-03)\n")
        }
    }

    @Test(arguments: [
        (["done", "plan.yaml", "bao-cao", "--period", "2023-13"],
         "Error: --period must be a month 2025-01, a quarter 2025-Q1, a half-year 2025-H1 or a year 2025, not '2023-13'"),
        (["undone", "plan.yaml", "bao-cao", "--period", "Q4"],
         "Error: --period must be a month 2025-01, a quarter 2025-Q1, a half-year 2025-H1 or a year 2025, not 'Q4'"),
        (["progress", "plan.yaml", "bao-cao", "150%"],
         "Error: progress must be a percentage from 0% to 100% (80%, 80 or 0.8), not '150%'"),
    ])
    func badValuesAreUsageErrors(arguments: [String], message: String) throws {
        try withPlan(Self.plan) { folder, file in
            let result = try WF.run(arguments, in: folder)
            #expect(result.exitCode == 2)
            #expect(result.stderr.hasPrefix(message))
            #expect(try contents(file) == Self.plan)
        }
    }

    @Test func helpHasExamples() throws {
        for command in ["done", "undone", "progress"] {
            let result = try WF.run([command, "--help"])
            #expect(result.exitCode == 0)
            #expect(result.stdout.contains("Examples:\n  wf \(command) "))
        }
    }

    // MARK: - The example plans

    /// Every goal and prepare item of every example plan: `done`, `progress` and `undone` keep
    /// the plan valid and change only `done:` and `progress:` lines (or inside flow mappings).
    @Test func everyItemOfTheExamplePlans() throws {
        let folder = try WF.temporaryDirectory("wf-done-examples")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("workflows")
        try FileManager.default.copyItem(at: WF.repoRoot.appendingPathComponent("workflows"), to: copy)
        let plans = try FileManager.default.contentsOfDirectory(atPath: copy.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(plans.count >= 5)
        for plan in plans {
            let file = copy.appendingPathComponent(plan)
            let original = try contents(file)
            let json = try WF.run(["plan", plan, "--format", "json", "--as-of", "2023-10-05"], in: copy)
            let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            let nodes = object?["nodes"] as? [[String: Any]] ?? []
            // The first three goals and the first three prepare items keep the test quick.
            func ids(_ kind: String) -> [String] {
                nodes.filter { $0["kind"] as? String == kind }.compactMap { $0["id"] as? String }.prefix(3).map { $0 }
            }
            let ids = ids("goal") + ids("prepare")
            #expect(!ids.isEmpty, "\(plan)")
            for id in ids {
                for arguments in [["progress", plan, id, "55%"], ["done", plan, id], ["undone", plan, id]] {
                    let result = try WF.run(arguments, in: copy)
                    #expect(result.exitCode == 0, "wf \(arguments.joined(separator: " ")): \(result.stderr)")
                }
            }
            #expect(try WF.run(["validate", plan], in: copy).exitCode == 0, "\(plan)")
            // Without the status keys (a line of their own, or an entry of a flow mapping)
            // the text must be what it was.
            func untouched(_ text: String) -> [String] {
                text.replacing(/, (done|progress): [^,}\n]*/, with: "")
                    .split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.contains(/^ *(done|progress):\s/) }
                    .map(String.init)
            }
            #expect(untouched(try contents(file)) == untouched(original), "\(plan)")
        }
    }
}
