import Foundation
import NotifyPeers
import Testing
import WFDiagnostics

/// The read-only commands, end to end through the real binary.
@Suite struct CommandTests {
    @Test func schemaMatchesTheCommittedCopy() throws {
        let result = try WF.run(["schema"])
        #expect(result.exitCode == 0)
        let committed = try String(contentsOf: WF.repoRoot.appendingPathComponent("docs/wf.schema.json"), encoding: .utf8)
        #expect(result.stdout == committed, "docs/wf.schema.json is stale: run `swift run wf schema -o docs/wf.schema.json`")
    }

    /// check-jsonschema reads YAML as wf does (YAML 1.2: dates stay strings, `off:` is a key)
    /// and checks the schema itself against the draft-07 metaschema first.
    @Test(.needs(.checkJSONSchema)) func schemaIsAValidDraft07SchemaThatAcceptsTheExamples() throws {
        let metaschema = try EditorAndCITests.tool(["check-jsonschema", "--check-metaschema", "docs/wf.schema.json"])
        #expect(metaschema.status == 0, "\(metaschema.output)")
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: WF.repoRoot.appendingPathComponent("Tests/Fixtures/valid").path)
            .filter { $0.hasSuffix(".yaml") }.map { "Tests/Fixtures/valid/\($0)" }
        let examples = try EditorAndCITests.examples
        #expect(examples.count >= 8)
        let checked = try EditorAndCITests.tool(["check-jsonschema", "--schemafile", "docs/wf.schema.json"] + fixtures + examples)
        #expect(checked.status == 0, "\(checked.output)")
    }

    @Test("wf explain RULE prints the rule's explanation", arguments: Rule.allCases)
    func explainKnowsEveryRule(rule: Rule) throws {
        let result = try WF.run(["explain", rule.rawValue])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == rule.explanation + "\n")
        #expect(result.stdout.hasPrefix("\(rule.rawValue) ("))
        #expect(result.stdout.contains("How to fix it:"))
    }

    @Test func explainListsEveryRuleAndSuggestsForTypos() throws {
        let list = try WF.run(["explain"])
        #expect(list.exitCode == 0)
        let names = list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names == Rule.allCases.map(\.rawValue))
        let typo = try WF.run(["explain", "cycel"])
        #expect(typo.exitCode == 2)
        #expect(typo.stderr.contains("did you mean 'cycle'?"))
    }

    @Test func graphFormats() throws {
        let file = "Tests/Fixtures/valid/full-format.yaml"
        let dot = try WF.run(["graph", file])
        #expect(dot.exitCode == 0, "\(dot.stderr)")
        #expect(dot.stdout.hasPrefix("digraph"))
        #expect(dot.stdout.contains("\"bao-cao-nq44\" -> \"de-an-cds\""))
        let gantt = try WF.run(["graph", file, "--format", "gantt"])
        #expect(gantt.stdout.contains("section Phòng Công nghệ thông tin"))
        #expect(gantt.stdout.contains(":milestone, n_ngay_cds, 2023-10-10, 0d"))
        #expect(gantt.stdout.contains("  excludes weekends\n"))
        // Bars start where the plan says (start:), else the day after their `after:` items, else
        // at the period's start, else a week before their due date; never on 1 January.
        #expect(gantt.stdout.contains(":n_de_an_cds, 2023-10-01, 2023-12-01"), "start: 01/10/2023")
        #expect(gantt.stdout.contains(":n_thu_moi, 2023-09-27, 2023-10-08"), "after ke-hoach-10-10, due 26/09")
        #expect(gantt.stdout.contains(":n_du_toan_2024, 2023-12-01, 2023-12-21"), "after de-an-cds, due 30/11")
        #expect(gantt.stdout.contains(":done, n_bao_cao_nq44, 2023-10-01, 2023-11-01"), "the period's start")
        #expect(gantt.stdout.contains(":n_ke_hoach_10_10, 2023-09-20, 2023-09-27"), "due before the period: a week's bar")
        #expect(!gantt.stdout.contains("-01-01,"))
        // Titles never carry raw ':' '#' ';' (Mermaid syntax).
        for line in gantt.stdout.split(separator: "\n") where line.hasPrefix("    ") {
            let title = line.split(separator: ":", maxSplits: 1)[0]
            #expect(!title.contains("#") || title.contains("#58;") || title.contains("#35;") || title.contains("#59;"))
        }
        #expect(gantt.stdout.contains("Kế hoạch Quý IV/2023 – Sở TT&TT (mẫu đầy đủ)"))
        let json = try WF.run(["graph", file, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["order"] as? [String])?.first == "bao-cao-nq44")
        #expect((object?["critical_path"] as? [String])?.isEmpty == false)
        let mermaid = try WF.run(["graph", file, "--format", "mermaid"])
        #expect(mermaid.stdout.hasPrefix("flowchart LR"))
    }

    @Test func mermaidTitlesEscapeColonHashAndSemicolon() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("p.yaml")
        try """
            wf: 1
            name: "Kế hoạch #1: quý IV; 2023"
            goals:
              - { id: a, title: "Báo cáo: số #5; gửi Bộ", due: 2023-10-10 }
            """.write(to: plan, atomically: true, encoding: .utf8)
        let gantt = try WF.run(["graph", plan.path, "--format", "gantt"])
        #expect(gantt.stdout.contains("title Kế hoạch #35;1#58; quý IV#59; 2023"))
        #expect(gantt.stdout.contains("Báo cáo#58; số #35;5#59; gửi Bộ :n_a,"))
    }

    @Test func graphOfAnInvalidPlanFailsWithItsErrors() throws {
        let result = try WF.run(["graph", "Tests/Fixtures/invalid/cycle.yaml"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("[cycle]"))
    }

    @Test func initWritesAValidStarterAndNeverOverwrites() throws {
        let folder = try WF.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try WF.run(["init", "plan.yaml"], in: folder).exitCode == 0)
        let check = try WF.run(["validate", "plan.yaml"], in: folder)
        #expect(check.exitCode == 0, "\(check.stdout)")
        #expect(check.stdout.contains("no problems"))
        #expect(try WF.run(["init", "plan.yaml"], in: folder).exitCode == 2)
    }

    @Test func writingIntoAMissingFolderSaysSo() throws {
        for arguments in [["schema", "-o", "khong-co/wf.schema.json"], ["init", "khong-co/plan.yaml"],
                          ["graph", "Tests/Fixtures/valid/full-format.yaml", "-o", "khong-co/graph.dot"]] {
            let result = try WF.run(arguments)
            #expect(result.exitCode == 2, "\(arguments)")
            #expect(result.stderr.contains("there is no folder 'khong-co'"), "\(result.stderr)")
        }
    }

    @Test func pluginsListsTheBuiltIns() throws {
        let list = try WF.run(["plugins"])
        for name in ["deadline", "notify", "report", "budget", "shell"] { #expect(list.stdout.contains(name)) }
        let notify = try WF.run(["plugins", "notify"])
        #expect(notify.stdout.contains("subject"))
    }

    @Test func everyCommandHasHelpWithExamples() throws {
        for command in ["run", "validate", "graph", "plan", "status", "history", "plugins", "schema", "explain", "calendar", "init"] {
            let help = try WF.run([command, "--help"])
            #expect(help.exitCode == 0, "\(command)")
            #expect(help.stdout.contains("Example"), "wf \(command) --help has no examples")
        }
    }
}
