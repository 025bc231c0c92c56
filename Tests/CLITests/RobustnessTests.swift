import NotifyPeers
import Foundation
import Testing

/// Hostile and broken input: always a located diagnostic and exit 1 or 2, never a crash or a hang.
@Suite struct RobustnessTests {
    static func write(_ data: Data, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    /// Runs `wf validate` on a file and returns the JSON diagnostics' rules.
    static func validate(_ path: String, extra: [String] = []) throws -> (code: Int32, rules: [String], result: WF.Result) {
        let result = try WF.run(["validate", path, "--format", "json"] + extra, timeout: 120)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let rules = (object?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        return (result.exitCode, rules, result)
    }


    @Test(arguments: [0x5EED_2023 as UInt64, 44, 1_010])
    func binaryGarbageIsReportedNotParsed(seed: UInt64) throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SplitMix64(state: seed)
        let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let path = try Self.write(Data(bytes), "garbage.yaml", in: folder)
        let (code, rules, result) = try Self.validate(path)
        #expect(code == 1, "seed \(seed): \(result.stderr)")
        #expect(rules == ["yaml-syntax"], "seed \(seed)")
    }

    @Test func controlCharactersWithoutNULAreASyntaxError() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(Data("wf: 1\nname: \u{07}bell\n".utf8), "bell.yaml", in: folder)
        let (code, rules, _) = try Self.validate(path)
        #expect(code == 1)
        #expect(rules == ["yaml-syntax"])
    }

    @Test func aTwentyMegabyteFileIsHandled() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = "wf: 1\nname: Kế hoạch rất lớn\ndescription: \""
        text += String(repeating: "Chuyển đổi số ", count: 20_000_000 / 18)
        text += "\"\ngoals:\n"
        for index in 0..<2_000 { text += "  - { id: g\(index), title: Nhiệm vụ \(index), due: 2023-10-10 }\n" }
        let path = try Self.write(Data(text.utf8), "big.yaml", in: folder)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0 > 20_000_000)
        let (code, rules, result) = try Self.validate(path)
        #expect(code == 0, "\(result.stdout.prefix(500))")
        #expect(rules.isEmpty)
        let (limited, limitedRules, _) = try Self.validate(path, extra: ["--max-size", "1MiB"])
        #expect(limited == 1)
        #expect(limitedRules == ["yaml-limit"])
    }

    @Test func tenThousandDeepNestingStopsAtTheLimit() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = "wf: 1\nname: sâu\nvars: { a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + " }\n"
        let blocks = "wf: 1\nname: sâu\nx-deep:\n  " + String(repeating: "- ", count: 10_000) + "a\n"
        for (name, text) in [("flow.yaml", deep), ("block.yaml", blocks)] {
            let path = try Self.write(Data(text.utf8), name, in: folder)
            let (code, rules, _) = try Self.validate(path)
            #expect(code == 1, "\(name)")
            #expect(rules == ["yaml-limit"], "\(name)")
        }
    }

    @Test func aliasBombFinishesWithAnError() throws {
        // The expansion would take hours: were it attempted, `WF.run` would record that wf
        // did not finish within its limit (120 s) and stop it; no measure of speed here.
        let (code, rules, _) = try Self.validate("Tests/Fixtures/invalid/alias-bomb.yaml")
        #expect(code == 1)
        #expect(rules == ["yaml-limit"])
    }

    @Test func emptyAndWhitespaceOnlyFiles() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("empty.yaml", ""), ("blank.yaml", "\n\n   \n"), ("comment.yaml", "# chỉ có chú thích\n"), ("null.yaml", "~\n")] {
            let path = try Self.write(Data(text.utf8), name, in: folder)
            let (code, rules, _) = try Self.validate(path)
            #expect(code == 1, "\(name)")
            #expect(rules == ["missing-key"], "\(name)")
        }
        for (name, text) in [("list.yaml", "- a\n- b\n"), ("scalar.yaml", "xin chào\n")] {
            let path = try Self.write(Data(text.utf8), name, in: folder)
            let (code, rules, _) = try Self.validate(path)
            #expect(code == 1, "\(name)")
            #expect(rules == ["type-mismatch"], "\(name)")
        }
    }

    @Test func missingFilesAndFoldersExitTwo() throws {
        let missing = try WF.run(["validate", "no/such/plan.yaml"])
        #expect(missing.exitCode == 2)
        #expect(missing.stdout.contains("no such file"))
        let graph = try WF.run(["graph", "no/such/plan.yaml"])
        #expect(graph.exitCode == 2)
    }

    @Test func aFolderOfAThousandFiles() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<1_000 {
            let text = index == 500
                ? "wf: 1\nname: lỗi\ngoals:\n  - { id: a, title: A, due: 2023-02-30 }\n"
                : "wf: 1\nname: Kế hoạch \(index)\ngoals:\n  - { id: g\(index), title: Nhiệm vụ, due: 2023-10-10 }\n"
            _ = try Self.write(Data(text.utf8), String(format: "plan-%04d.yaml", index), in: folder)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".wf"), withIntermediateDirectories: true)
        _ = try Self.write(Data("not: [a plan".utf8), ".wf/ignored.yaml", in: folder)
        let result = try WF.run(["validate", folder.path, "--format", "json"], timeout: 120)
        #expect(result.exitCode == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["files"] as? Int == 1_000)
        #expect(object?["errors"] as? Int == 1)
    }
}
