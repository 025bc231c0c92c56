import Foundation
import NotifyPeers
import Testing

/// What editors and CI systems read from wf (issue 12): the schema's completion data, SARIF
/// for code scanning, the pre-commit hook and the GitHub Action, standard input, colour, and
/// the exact bytes of calendars and graphs.
@Suite struct EditorAndCITests {
    /// Runs a tool (looked up on the PATH) in `directory`; its exit status and its output and errors together.
    static func tool(_ arguments: [String], in directory: URL = WF.repoRoot, environment: [String: String] = [:])
        throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: WF.repoRoot.appendingPathComponent("docs/wf.schema.json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static var examples: [String] {
        get throws {
            try FileManager.default.contentsOfDirectory(atPath: WF.repoRoot.appendingPathComponent("workflows").path)
                .filter { $0.hasSuffix(".yaml") }.sorted().map { "workflows/\($0)" }
        }
    }

    // MARK: - Schema

    @Test("every property of the schema has a description, a Markdown description, and the defaults the format has")
    func schemaAnnotations() throws {
        let schema = try Self.schema()
        var checked = 0
        func walk(_ value: Any, at path: String) {
            if let object = value as? [String: Any] {
                if let properties = object["properties"] as? [String: Any] {
                    for (name, property) in properties {
                        guard let property = property as? [String: Any] else { continue }
                        // `if: {properties: {uses: {const}}}` selects a plugin; it is not a field.
                        if property["const"] != nil { continue }
                        checked += 1
                        #expect(property["description"] is String, "\(path).\(name) has no description")
                        #expect(property["markdownDescription"] is String, "\(path).\(name) has no markdownDescription")
                    }
                }
                for (key, child) in object { walk(child, at: path + "." + key) }
            } else if let array = value as? [Any] {
                for (index, child) in array.enumerated() { walk(child, at: path + "[\(index)]") }
            }
        }
        walk(schema, at: "$")
        #expect(checked > 80)
        let properties = try #require(schema["properties"] as? [String: Any])
        let definitions = try #require(schema["definitions"] as? [String: Any])
        func property(_ object: [String: Any]?, _ name: String) -> [String: Any]? {
            (object?["properties"] as? [String: Any])?[name] as? [String: Any]
        }
        #expect(property(schema, "lang")?["default"] as? String == "vi")
        #expect(property(schema, "lang")?["enum"] as? [String] == ["vi", "en"])
        #expect(property(schema, "timezone")?["default"] as? String == "Asia/Ho_Chi_Minh")
        #expect(property(schema, "calendar")?["default"] as? String == "vn")
        #expect(property(schema, "warn")?["default"] as? String == "5wd")
        #expect(property(schema, "wf")?["enum"] as? [Int] == [1])
        let step = definitions["step"] as? [String: Any]
        #expect(property(step, "uses")?["enum"] as? [String] == ["deadline", "notify", "report", "budget", "shell"])
        #expect(property(step, "shell")?["default"] as? String == "bash")
        #expect(property(step, "continue-on-error")?["default"] as? Bool == false)
        #expect(property(definitions["budget"] as? [String: Any], "currency")?["default"] as? String == "VND")
        #expect(properties.count > 10)
        #expect((property(step, "uses")?["markdownDescription"] as? String)?.contains("- `notify`: ") == true)
    }

    @Test("the schema's $id is stable, and wf init's plan and every example point editors at the schema")
    func modelines() throws {
        let id = try #require(try Self.schema()["$id"] as? String)
        #expect(id == "https://raw.githubusercontent.com/wf-plans/wf/main/docs/wf.schema.json")
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try WF.run(["init", "plan.yaml"], in: folder).exitCode == 0)
        let starter = try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8)
        #expect(starter.hasPrefix("# yaml-language-server: $schema=\(id)\n"))
        for example in try Self.examples {
            let text = try String(contentsOf: WF.repoRoot.appendingPathComponent(example), encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../docs/wf.schema.json\n"), "\(example)")
        }
    }

    @Test(.needs(.checkJSONSchema), arguments: [
        ("wf: 2", "version"),
        ("lang: fr", "invalid-value"),
        ("calendar: vnn", "invalid-value"),
        ("steps:\n  - id: s\n    uses: deadlin", "unknown-plugin"),
        ("steps:\n  - id: s\n    uses: deadline\n    with: { fail_on: sometimes }", "plugin-input"),
        ("owners:\n  vp: { name: Văn phòng, notify: [sms:0912345678] }", "invalid-value"),
    ])
    func schemaRejectsWhatValidationRejects(fragment: String, rule: String) throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let version = fragment.hasPrefix("wf:") ? "" : "wf: 1\n"
        try (version + fragment + "\nname: Kế hoạch\n").write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let validated = try WF.run(["validate", "plan.yaml"], in: folder)
        #expect(validated.exitCode == 1)
        #expect(validated.stdout.contains("[\(rule)]"), "\(validated.stdout)")
        let checked = try Self.tool(["check-jsonschema", "--schemafile", WF.repoRoot.appendingPathComponent("docs/wf.schema.json").path,
                                     "plan.yaml"], in: folder)
        #expect(checked.status == 1, "\(checked.output)")
    }

    @Test(.needs(.checkJSONSchema), arguments: [
        "steps:\n  - id: s\n    run: echo hi\n    shell: perl {0}",
        "goals:\n  - { id: g, title: Báo cáo, every: quý, due: 20 }",
        "calendar: lich/nghi-bu.yaml",
        "owners:\n  vp: { name: Văn phòng, notify: [console, \"file:out/log.jsonl\", \"mailto:vp@example.gov.vn\"] }",
    ])
    func schemaAcceptsOpenValues(fragment: String) throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ("wf: 1\nname: Kế hoạch\nperiod: 2025\n" + fragment + "\n")
            .write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let checked = try Self.tool(["check-jsonschema", "--schemafile", WF.repoRoot.appendingPathComponent("docs/wf.schema.json").path,
                                     "plan.yaml"], in: folder)
        #expect(checked.status == 0, "\(checked.output)")
    }

    // MARK: - SARIF

    /// Checks a SARIF log against the official SARIF 2.1.0 schema (Tests/Support) and returns it.
    static func checkSARIF(_ text: String) throws -> [String: Any] {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try text.write(to: folder.appendingPathComponent("wf.sarif"), atomically: true, encoding: .utf8)
        let checked = try tool(["check-jsonschema", "--schemafile",
                                WF.repoRoot.appendingPathComponent("Tests/Support/sarif-schema-2.1.0.json").path, "wf.sarif"],
                               in: folder)
        #expect(checked.status == 0, "\(checked.output)")
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("SARIF output is valid under the official 2.1.0 schema and placed relative to %SRCROOT% from any folder",
          .needs(.checkJSONSchema), arguments: [
              ("", "Tests/Fixtures/invalid"),
              ("Tests", "Fixtures/invalid"),
              ("Tests/Fixtures/invalid", "../../../Tests/Fixtures/invalid/"),
              ("Tests/Fixtures", WF.repoRoot.appendingPathComponent("Tests/Fixtures/invalid").path),
          ])
    func sarifFromAnyFolder(folder: String, path: String) throws {
        let directory = folder.isEmpty ? WF.repoRoot : WF.repoRoot.appendingPathComponent(folder)
        let result = try WF.run(["validate", path, "--format", "sarif"], in: directory)
        #expect(result.exitCode == 1)
        let log = try Self.checkSARIF(result.stdout)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let root = try #require((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])
        let rootURI = try #require(root["uri"] as? String)
        #expect(rootURI.hasPrefix("file:///") && rootURI.hasSuffix("/"))
        #expect(URL(string: rootURI)?.standardizedFileURL.path == WF.repoRoot.standardizedFileURL.path)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count > 10)
        for result in results {
            for location in result["locations"] as? [[String: Any]] ?? [] {
                let artifact = try #require((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
                #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
                let uri = try #require(artifact["uri"] as? String)
                #expect(uri.hasPrefix("Tests/Fixtures/invalid/"), "\(uri)")
            }
        }
    }

    @Test("SARIF of the examples (no results) and of standard input is valid too", .needs(.checkJSONSchema))
    func sarifWithoutResults() throws {
        let clean = try WF.run(["validate", "workflows/", "--format", "sarif"])
        #expect(clean.exitCode == 0)
        _ = try Self.checkSARIF(clean.stdout)
        let piped = try WF.run(["validate", "-", "--format", "sarif"], stdin: "wf: 1\nname: x\nlang: fr\n")
        #expect(piped.exitCode == 1)
        _ = try Self.checkSARIF(piped.stdout)
    }

    // MARK: - Folders of mixed YAML

    @Test("wf validate DIR checks only plans and says what it skipped; a file named on the command line must be a plan")
    func foldersSkipYAMLThatIsNotAPlan() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "wf: 1\nname: Kế hoạch\n".write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        try "services:\n  web:\n    image: nginx\n".write(to: folder.appendingPathComponent("compose.yml"), atomically: true, encoding: .utf8)
        try "- a\n- b\n".write(to: folder.appendingPathComponent("list.yaml"), atomically: true, encoding: .utf8)
        let result = try WF.run(["validate", "."], in: folder)
        #expect(result.exitCode == 0, "\(result.stdout)")
        #expect(result.stdout == "skipped 2 YAML files that are not plans (no top-level 'wf:' key): ./compose.yml, ./list.yaml\n"
            + "no problems found in 1 file\n")
        // Beside SARIF, the note goes to standard error.
        let sarif = try WF.run(["validate", ".", "--format", "sarif"], in: folder)
        #expect(sarif.stderr.hasPrefix("skipped 2 YAML files"))
        #expect(sarif.stdout.hasPrefix("{"))
        let named = try WF.run(["validate", "compose.yml"], in: folder)
        #expect(named.exitCode == 1)
        #expect(named.stdout.contains("[unknown-key]"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("plan.yaml"))
        let none = try WF.run(["validate", "."], in: folder)
        #expect(none.exitCode == 2)
        #expect(none.stdout.contains("no plan files in this folder: none of its 2 YAML files has a top-level 'wf:' key"))
    }

    @Test("a plan with a YAML syntax error in a folder is reported, not skipped")
    func brokenYAMLIsNotSkipped() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "wf: 1\nname: [Kế hoạch\n".write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let result = try WF.run(["validate", "."], in: folder)
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("[yaml-syntax]"))
    }

    // MARK: - Standard input

    @Test("'-' reads the plan from standard input: diagnostics name <stdin>, relative files resolve from the current folder")
    func standardInput() throws {
        let bad = try WF.run(["validate", "-"], stdin: "wf: 1\nname: Kế hoạch\nlang: fr\n")
        #expect(bad.exitCode == 1)
        #expect(bad.stdout.hasPrefix("<stdin>:3:7: error: 'lang' must be vi or en, found 'fr' [invalid-value]"), "\(bad.stdout)")
        let workflows = WF.repoRoot.appendingPathComponent("workflows")
        let plan = try String(contentsOf: workflows.appendingPathComponent("q4-plan.yaml"), encoding: .utf8)
        for command in [["plan", "--as-of", "2023-10-05"], ["graph", "--format", "mermaid"], ["calendar", "--as-of", "2023-10-05"]] {
            let fromFile = try WF.run([command[0], "q4-plan.yaml"] + command.dropFirst(), in: workflows,
                                      environment: ["SOURCE_DATE_EPOCH": "1696118400"])
            let piped = try WF.run([command[0], "-"] + command.dropFirst(), in: workflows, environment: ["SOURCE_DATE_EPOCH": "1696118400"],
                                   stdin: plan)
            #expect(fromFile.exitCode == 0 && piped.exitCode == 0, "\(piped.stderr)")
            if command[0] == "calendar" {
                // UIDs come from the plan's path, so only the shape is the same.
                #expect(piped.stdout.components(separatedBy: "BEGIN:").count == fromFile.stdout.components(separatedBy: "BEGIN:").count)
            } else {
                #expect(piped.stdout == fromFile.stdout)
            }
        }
        let run = try WF.run(["run", "-"], stdin: plan)
        #expect(run.exitCode == 2)
        #expect(run.stderr.contains("wf run needs a plan file"))
    }

    // MARK: - Colour

    @Test("--color always/never, --no-color, FORCE_COLOR and NO_COLOR decide colour on every command that prints diagnostics",
          arguments: [
              (["--color", "always"], ["NO_COLOR": ""], true),
              (["--color", "always"], ["NO_COLOR": "1"], true),
              (["--color", "never"], ["NO_COLOR": "", "FORCE_COLOR": "1"], false),
              (["--no-color"], ["NO_COLOR": "", "FORCE_COLOR": "1"], false),
              ([], ["NO_COLOR": "", "FORCE_COLOR": "1"], true),
              ([], ["NO_COLOR": "1", "FORCE_COLOR": "1"], false),
              ([], ["NO_COLOR": ""], false),
          ])
    func colour(options: [String], environment: [String: String], coloured: Bool) throws {
        let plan = "wf: 1\nname: Kế hoạch\nlang: fr\n"
        let validate = try WF.run(["validate", "-"] + options, environment: environment, stdin: plan)
        #expect(validate.stdout.contains("\u{1B}[") == coloured)
        for command in ["graph", "plan", "calendar"] {
            let result = try WF.run([command, "-"] + options, environment: environment, stdin: plan)
            #expect(result.exitCode == 1)
            #expect(result.stderr.contains("\u{1B}[") == coloured, "\(command)")
        }
    }

    // MARK: - Exact bytes

    @Test("wf calendar ends with exactly one CRLF, on standard output and in a file")
    func calendarEnding() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("q4.ics").path
        let printed = try WF.run(["calendar", "workflows/q4-plan.yaml", "--as-of", "2023-10-05"], environment: ["SOURCE_DATE_EPOCH": "0"])
        let written = try WF.run(["calendar", "workflows/q4-plan.yaml", "--as-of", "2023-10-05", "-o", output],
                                 environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(printed.exitCode == 0 && written.exitCode == 0)
        let file = try Data(contentsOf: URL(fileURLWithPath: output))
        for bytes in [Data(printed.stdout.utf8), file] {
            #expect(bytes.suffix(15) == Data("END:VCALENDAR\r\n".utf8))
        }
        #expect(Data(printed.stdout.utf8) == file)
    }

    static let specialPlan = """
        wf: 1
        name: "Kế hoạch \\"Q4\\": C:\\\\new; 50% <b>"
        goals:
          - id: g-1
            title: "Sao lưu C:\\\\new\\\\tệp \\"gốc\\" {a|b} <c> # 1; 2% `x` & y"
            due: 2023-10-31
          - id: g-2
            title: "Hai\\ndòng"
            due: 2023-11-30
            after: [g-1]
        """

    @Test("DOT escapes backslashes, quotes and line breaks; <>{}| stay as written in its quoted labels")
    func dotEscaping() throws {
        let result = try WF.run(["graph", "-", "--format", "dot"], stdin: Self.specialPlan)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#"digraph "Kế hoạch \"Q4\": C:\\new; 50% <b>" {"#))
        #expect(result.stdout.contains(#"[label="Sao lưu C:\\new\\tệp \"gốc\" {a|b} <c> # 1; 2% `x` & y\n31/10/2023", shape=box"#),
                "\(result.stdout)")
        #expect(result.stdout.contains(#"[label="Hai\ndòng\n30/11/2023""#))
    }

    @Test("Mermaid flowcharts and Gantt charts write Mermaid's special characters as entity codes")
    func mermaidEscaping() throws {
        let flowchart = try WF.run(["graph", "-", "--format", "mermaid"], stdin: Self.specialPlan)
        #expect(flowchart.exitCode == 0)
        let escapedTitle = "Sao lưu C#58;\\new\\tệp #quot;gốc#quot; {a|b} #60;c#62; #35; 1#59; 2#37; #96;x#96; & y"
        #expect(flowchart.stdout.contains("n_g_1[\"\(escapedTitle)\"]"), "\(flowchart.stdout)")
        #expect(flowchart.stdout.contains("n_g_2[\"Hai dòng\"]"))
        let gantt = try WF.run(["graph", "-", "--format", "gantt"], stdin: Self.specialPlan)
        #expect(gantt.exitCode == 0)
        #expect(gantt.stdout.contains("  title Kế hoạch #quot;Q4#quot;#58; C#58;\\new#59; 50#37; #60;b#62;\n"), "\(gantt.stdout)")
        #expect(gantt.stdout.contains("    \(escapedTitle) :n_g_1, "))
        // Each task line has exactly one ':' (the one before its data).
        for line in gantt.stdout.split(separator: "\n") where line.hasPrefix("    ") {
            #expect(line.filter { $0 == ":" }.count == 1, "\(line)")
        }
    }

    // MARK: - CI integrations

    @Test("action.yml and the example workflow are valid under GitHub's schemas; no expression is spliced into a script",
          .needs(.checkJSONSchema))
    func githubAction() throws {
        let action = try Self.tool(["check-jsonschema", "--builtin-schema", "vendor.github-actions", "action.yml"])
        #expect(action.status == 0, "\(action.output)")
        let workflow = try Self.tool(["check-jsonschema", "--builtin-schema", "vendor.github-workflows", "docs/ci/github-workflow.yml"])
        #expect(workflow.status == 0, "\(workflow.output)")
        let text = try String(contentsOf: WF.repoRoot.appendingPathComponent("action.yml"), encoding: .utf8)
        var inRun = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("run: |") { inRun = true; continue }
            if inRun, !line.hasPrefix("          "), !line.isEmpty { inRun = false }
            if inRun { #expect(!line.contains("${{"), "an expression in a script: \(line)") }
        }
        let upload = try String(contentsOf: WF.repoRoot.appendingPathComponent("docs/ci/github-workflow.yml"), encoding: .utf8)
        #expect(upload.contains("github/codeql-action/upload-sarif"))
    }

    @Test("the wf-validate pre-commit hook passes a repository of plans and other YAML, and fails on a broken plan",
          .needs(.preCommit), .needs(.jsonschema))
    func preCommitHook() throws {
        let folder = try WF.temporaryDirectory("wf-pre-commit")
        defer { try? FileManager.default.removeItem(at: folder) }
        // The hook as published, with the built binary instead of a build by pre-commit.
        let script = """
            import sys, yaml
            hooks = yaml.safe_load(open(sys.argv[1]))
            hook = next(h for h in hooks if h["id"] == "wf-validate")
            assert hook["entry"].startswith("wf "), hook["entry"]
            hook["entry"] = sys.argv[2] + hook["entry"][len("wf"):]
            hook["language"] = "system"
            hook.pop("minimum_pre_commit_version", None)
            yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}, open(".pre-commit-config.yaml", "w"))
            """
        let configured = try Self.tool(["python3", "-c", script, WF.repoRoot.appendingPathComponent(".pre-commit-hooks.yaml").path,
                                        WF.binary.path], in: folder)
        #expect(configured.status == 0, "\(configured.output)")
        let plans = folder.appendingPathComponent("ke-hoach")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try "wf: 1\nname: Kế hoạch\n".write(to: plans.appendingPathComponent("q4.yaml"), atomically: true, encoding: .utf8)
        try "services:\n  web:\n    image: nginx\n".write(to: folder.appendingPathComponent("compose.yml"), atomically: true, encoding: .utf8)
        let environment = ["PRE_COMMIT_HOME": folder.appendingPathComponent(".cache").path,
                           "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]
        #expect(try Self.tool(["git", "init", "-q"], in: folder).status == 0)
        #expect(try Self.tool(["git", "add", "."], in: folder, environment: environment).status == 0)
        let passed = try Self.tool(["pre-commit", "run", "--all-files"], in: folder, environment: environment)
        #expect(passed.status == 0, "\(passed.output)")
        #expect(passed.output.contains("wf validate"))
        try "wf: 1\nname: Kế hoạch\nlang: fr\n".write(to: plans.appendingPathComponent("q4.yaml"), atomically: true, encoding: .utf8)
        #expect(try Self.tool(["git", "add", "."], in: folder, environment: environment).status == 0)
        let failed = try Self.tool(["pre-commit", "run", "--all-files"], in: folder, environment: environment)
        #expect(failed.status == 1, "\(failed.output)")
        #expect(failed.output.contains("ke-hoach/q4.yaml:3:7: error: 'lang' must be vi or en, found 'fr' [invalid-value]"), "\(failed.output)")
    }

    // MARK: - Manual page and completion

    /// swift-argument-parser's manual generator, built by `swift package plugin generate-manual` (.ci/run runs it).
    static let manualTool = WF.repoRoot.appendingPathComponent(".build/debug/generate-manual-tool")
    static let manualToolBuilt = TestRequirement(
        isMet: FileManager.default.isExecutableFile(atPath: manualTool.path),
        reason: "needs swift-argument-parser's generate-manual tool: swift package plugin generate-manual --configuration debug")

    @Test("docs/wf.1 is what swift-argument-parser's manual generator makes of the current wf", .needs(manualToolBuilt))
    func manualPageIsCurrent() throws {
        let committed = try String(contentsOf: WF.repoRoot.appendingPathComponent("docs/wf.1"), encoding: .utf8)
        let dated = try #require(committed.split(separator: "\n").first { $0.hasPrefix(".Dd ") }.map { String($0.dropFirst(4)) })
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "MMMM d, yyyy"
        let date = try #require(formatter.date(from: dated))
        formatter.dateFormat = "yyyy-MM-dd"
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try Self.tool([Self.manualTool.path, WF.binary.path, "--date", formatter.string(from: date),
                                  "--output-directory", folder.path])
        #expect(made.status == 0, "\(made.output)")
        let fresh = try String(contentsOf: folder.appendingPathComponent("wf.1"), encoding: .utf8)
        #expect(fresh == committed, "docs/wf.1 is stale: see docs/cli.md, 'Shell completion and the manual page'")
        #expect(committed.contains("validate") && committed.contains("--color"))
    }

    @Test("completion scripts for bash, zsh and fish know the commands and the new options", arguments: ["bash", "zsh", "fish"])
    func completionScripts(shell: String) throws {
        let result = try WF.run(["--generate-completion-script", shell])
        #expect(result.exitCode == 0)
        for word in ["validate", "calendar", "color", "never"] {
            #expect(result.stdout.contains(word), "\(shell) completion lacks \(word)")
        }
    }
}
