import Foundation
import Testing
import WFJSON

/// Every JSON output of `wf` uses snake_case keys, except SARIF and JSON Schema (whose specs
/// fix theirs) and containers of user names (node `outputs`, run `vars`).
@Suite("JSON outputs use snake_case keys")
struct SnakeCaseKeysTests {
    static let plan = """
        wf: 1
        name: Khóa JSON
        period: 2023-Q4
        timezone: Asia/Ho_Chi_Minh
        vars: { tenBien: a }
        owners:
          cds: { name: Phòng Chuyển đổi số }
        goals:
          - { id: du-thao, title: Dự thảo đề án, owner: cds, due: 2023-11-15 }
          - { id: trinh, title: Trình UBND tỉnh, due: 2023-12-15, after: [du-thao] }
        steps:
          - id: tong-hop
            run: echo "reportPath=bao-cao.docx" >> "$WF_OUTPUT"
        """

    /// Containers whose keys are user names, not part of the format.
    static let userKeyed: Set<String> = ["outputs", "vars"]

    /// The keys in `json` that are not snake_case, with where they are.
    static func badKeys(_ json: JSON, at path: String = "$") -> [String] {
        switch json {
        case .array(let items):
            return items.enumerated().flatMap { badKeys($1, at: "\(path)[\($0)]") }
        case .object(let members):
            return members.flatMap { key, value -> [String] in
                let here = "\(path).\(key)"
                let own = isSnakeCase(key) ? [] : [here]
                return own + (userKeyed.contains(key) ? [] : badKeys(value, at: here))
            }
        default:
            return []
        }
    }

    static func isSnakeCase(_ key: String) -> Bool {
        key.wholeMatch(of: /[a-z0-9]+(_[a-z0-9]+)*/) != nil
    }

    @Test("the checker itself: camelCase and kebab-case are caught, user containers are not walked")
    func checker() throws {
        let json = try #require(JSON(parsing: #"{"ok_key": 1, "endLine": 2, "a": [{"due-soon": 3}], "outputs": {"reportPath": 1}}"#))
        #expect(Self.badKeys(json) == ["$.endLine", "$.a[0].due-soon"])
    }

    @Test("validate, plan, run (NDJSON), status, history and graph")
    func everyOutput() throws {
        let folder = try WF.temporaryDirectory("wf-snake-case")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.plan.utf8).write(to: folder.appendingPathComponent("plan.yaml"))
        try Data("wf: 1\nname: Lỗi\ngoals:\n  - { id: a, title: A, due: 2023-02-30 }\n".utf8)
            .write(to: folder.appendingPathComponent("bad.yaml"))

        var documents: [(String, String)] = []
        func output(_ arguments: [String]) throws -> String {
            let result = try WF.run(arguments, in: folder)
            #expect(!result.stdout.isEmpty, "wf \(arguments.joined(separator: " ")): \(result.stderr)")
            return result.stdout
        }
        documents.append(("validate", try output(["validate", "bad.yaml", "plan.yaml", "--format", "json"])))
        documents.append(("plan", try output(["plan", "plan.yaml", "--as-of", "2023-11-30", "--format", "json"])))
        let run = try output(["run", "plan.yaml", "--as-of", "2023-11-30", "--format", "json", "--var", "tenBien=x"])
        for line in run.split(separator: "\n") { documents.append(("run", String(line))) }
        documents.append(("status", try output(["status", "plan.yaml", "--format", "json"])))
        documents.append(("history", try output(["history", "plan.yaml", "--format", "json"])))
        documents.append(("graph", try output(["graph", "plan.yaml", "--format", "json"])))

        #expect(documents.count > 6)
        for (command, text) in documents {
            let json = try #require(JSON(parsing: text), "wf \(command) printed no JSON: \(text)")
            #expect(Self.badKeys(json).isEmpty, "wf \(command): \(Self.badKeys(json))")
        }
        // The diagnostics really are there, with their end positions.
        #expect(documents[0].1.contains("\"end_line\": "))
        #expect(run.contains("\"reportPath\":\"bao-cao.docx\""))
    }
}
