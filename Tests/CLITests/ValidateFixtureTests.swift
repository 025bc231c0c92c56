import Foundation
import Testing

/// `wf validate` on every fixture: exactly the diagnostics each file's `# expect:` lines list.
@Suite struct ValidateFixtureTests {
    struct Expected: Hashable, CustomStringConvertible {
        var line: Int
        var column: Int
        var rule: String
        var description: String { "\(line):\(column) \(rule)" }
    }

    /// The fixture folders; each must hold at least one case (`everyFixtureFolderHasCases`).
    static let folders = ["invalid", "valid", "warnings"]

    /// The `.yaml` files in `Tests/Fixtures/FOLDER`; throws when the folder cannot be listed,
    /// so a moved folder fails the tests instead of leaving them with nothing to run.
    static func fixtures(_ folder: String) throws -> [String] {
        let url = WF.repoRoot.appendingPathComponent("Tests/Fixtures/\(folder)")
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static func expectations(_ path: String) throws -> [Expected] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("# expect: ") else { return nil }
            let parts = line.dropFirst("# expect: ".count).split(separator: " ")
            let position = parts[0].split(separator: ":").compactMap { Int($0) }
            return Expected(line: position[0], column: position[1], rule: String(parts[1]))
        }
    }

    static func actual(_ json: String) throws -> [Expected] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        return diagnostics.map {
            Expected(line: $0["line"] as? Int ?? 0, column: $0["column"] as? Int ?? 0, rule: $0["rule"] as? String ?? "")
        }
    }

    @Test(arguments: try fixtures("invalid"))
    func invalidFixtureHasExactlyItsExpectedErrors(name: String) throws {
        let path = "Tests/Fixtures/invalid/\(name)"
        let expected = try Self.expectations(WF.repoRoot.appendingPathComponent(path).path)
        #expect(!expected.isEmpty, "fixture \(name) lists no '# expect:' lines")
        let result = try WF.run(["validate", path, "--format", "json"])
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(try Self.actual(result.stdout) == expected, "\(result.stdout)")
    }

    @Test(arguments: try fixtures("warnings"))
    func warningFixturePassesUnlessStrict(name: String) throws {
        let path = "Tests/Fixtures/warnings/\(name)"
        let expected = try Self.expectations(WF.repoRoot.appendingPathComponent(path).path)
        let result = try WF.run(["validate", path, "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(try Self.actual(result.stdout) == expected, "\(result.stdout)")
        #expect(try WF.run(["validate", path, "--strict"]).exitCode == 1)
    }

    @Test(arguments: try fixtures("valid"))
    func validFixtureHasNoDiagnostics(name: String) throws {
        let result = try WF.run(["validate", "Tests/Fixtures/valid/\(name)", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(try Self.actual(result.stdout).isEmpty, "\(result.stdout)")
    }

    @Test("each fixture folder has cases, so the tests above never pass with none", arguments: folders)
    func everyFixtureFolderHasCases(folder: String) throws {
        #expect(try !Self.fixtures(folder).isEmpty, "Tests/Fixtures/\(folder) has no .yaml fixtures")
    }

    @Test func exampleWorkflowsAreValid() throws {
        let result = try WF.run(["validate", "workflows/"])
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(result.stdout.contains("no problems") || result.stdout.contains("0 errors"), "\(result.stdout)")
    }
}
