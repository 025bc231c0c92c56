import Foundation
import Testing
import WFDiagnostics

/// Checks the SARIF log against the SARIF 2.1.0 specification by hand: required properties,
/// their types, and that every key is one the specification defines for that object. The
/// CLI tests (EditorAndCITests) also check real output against the official schema.
@Suite("SARIF output")
struct SARIFRendererTests {
    typealias Object = [String: Any]

    func log(_ reports: [FileReport], version: String? = nil) throws -> Object {
        let text = SARIFRenderer(toolVersion: version).render(reports)
        return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? Object)
    }

    /// The keys of `object` are all defined by the specification for its type.
    func expectKeys(_ object: Object, within allowed: Set<String>, _ what: String) {
        let unknown = Set(object.keys).subtracting(allowed)
        #expect(unknown.isEmpty, "\(what) has properties SARIF does not define: \(unknown.sorted())")
    }

    @Test("sarifLog: $schema, version 2.1.0, one run of the tool wf")
    func top() throws {
        let log = try log([Fixture.report], version: "0.1.0")
        expectKeys(log, within: ["$schema", "version", "runs"], "sarifLog")
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [Object])
        try #require(runs.count == 1)
        expectKeys(runs[0], within: ["tool", "results", "columnKind", "originalUriBaseIds"], "run")
        #expect(["utf16CodeUnits", "unicodeCodePoints"].contains(runs[0]["columnKind"] as? String ?? ""))
        let tool = try #require(runs[0]["tool"] as? Object)
        let driver = try #require(tool["driver"] as? Object)
        expectKeys(driver, within: ["name", "version", "informationUri", "rules"], "toolComponent")
        #expect(driver["name"] as? String == "wf")
        #expect(driver["version"] as? String == "0.1.0")
        #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
    }

    @Test("every rule is described: id, short and full description, help URI, default level")
    func rules() throws {
        let runs = try #require(try log([])["runs"] as? [Object])
        let driver = try #require((runs[0]["tool"] as? Object)?["driver"] as? Object)
        let rules = try #require(driver["rules"] as? [Object])
        #expect(rules.compactMap { $0["id"] as? String } == Rule.allCases.map(\.rawValue))
        for rule in rules {
            let id = rule["id"] as? String ?? "?"
            expectKeys(rule, within: ["id", "shortDescription", "fullDescription", "helpUri", "help", "defaultConfiguration"],
                       "reportingDescriptor \(id)")
            for key in ["shortDescription", "fullDescription", "help"] {
                let message = try #require(rule[key] as? Object, "\(id) lacks \(key)")
                #expect((message["text"] as? String)?.isEmpty == false, "\(id).\(key).text")
                expectKeys(message, within: ["text", "markdown"], "\(id).\(key)")
            }
            let help = try #require(rule["helpUri"] as? String)
            #expect(URL(string: help) != nil && help.hasSuffix("#\(id)"))
            let level = (rule["defaultConfiguration"] as? Object)?["level"] as? String
            #expect(level == Rule(rawValue: id)?.defaultSeverity.rawValue)
        }
        #expect((runs[0]["results"] as? [Any])?.isEmpty == true)
    }

    @Test("results: rule id and index, level, message, location and region, related locations")
    func results() throws {
        let runs = try #require(try log([Fixture.report])["runs"] as? [Object])
        let driver = try #require((runs[0]["tool"] as? Object)?["driver"] as? Object)
        let rules = try #require(driver["rules"] as? [Object])
        let results = try #require(runs[0]["results"] as? [Object])
        #expect(results.count == 3)
        for result in results {
            expectKeys(result, within: ["ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations"], "result")
            let ruleID = try #require(result["ruleId"] as? String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules.indices.contains(index) && rules[index]["id"] as? String == ruleID)
            #expect(["none", "note", "warning", "error"].contains(result["level"] as? String ?? ""))
            #expect(((result["message"] as? Object)?["text"] as? String)?.isEmpty == false)
            let locations = try #require(result["locations"] as? [Object])
            #expect(locations.count == 1)
            try checkLocation(locations[0], uri: "workflows/q4-plan.yaml")
            let related = result["relatedLocations"] as? [Object] ?? []
            #expect(Set(related.compactMap { $0["id"] as? Int }).count == related.count)
            for location in related {
                try checkLocation(location, uri: "workflows/q4-plan.yaml")
                #expect(((location["message"] as? Object)?["text"] as? String)?.isEmpty == false)
            }
        }
        // The warning, first in source order, has its note as a related location.
        #expect(results[0]["level"] as? String == "warning")
        let related = try #require(results[0]["relatedLocations"] as? [Object])
        let region = (related[0]["physicalLocation"] as? Object)?["region"] as? Object
        #expect(region?["startLine"] as? Int == 3 && region?["startColumn"] as? Int == 9)
        // A note without a place goes into the message.
        #expect((results[1]["message"] as? Object)?["text"] as? String
            == "step 'gui-lanh-dao' needs unknown id 'bao-cao-qui'\nnote: did you mean 'bao-cao-quy'?")
        #expect(results[1]["relatedLocations"] == nil)
        // The region is the diagnostic's range, endColumn exclusive.
        let location = try #require((results[2]["locations"] as? [Object])?.first?["physicalLocation"] as? Object)
        let expressionRegion = try #require(location["region"] as? Object)
        #expect(expressionRegion["startLine"] as? Int == 15 && expressionRegion["startColumn"] as? Int == 63)
        #expect(expressionRegion["endLine"] as? Int == 15 && expressionRegion["endColumn"] as? Int == 69)
    }

    func checkLocation(_ location: Object, uri: String) throws {
        expectKeys(location, within: ["id", "physicalLocation", "message"], "location")
        let physical = try #require(location["physicalLocation"] as? Object)
        expectKeys(physical, within: ["artifactLocation", "region"], "physicalLocation")
        expectKeys(physical["artifactLocation"] as? Object ?? [:], within: ["uri", "uriBaseId"], "artifactLocation")
        #expect((physical["artifactLocation"] as? Object)?["uri"] as? String == uri)
        let region = try #require(physical["region"] as? Object)
        expectKeys(region, within: ["startLine", "startColumn", "endLine", "endColumn"], "region")
        let startLine = try #require(region["startLine"] as? Int)
        let startColumn = try #require(region["startColumn"] as? Int)
        let endLine = try #require(region["endLine"] as? Int)
        let endColumn = try #require(region["endColumn"] as? Int)
        #expect(startLine >= 1 && startColumn >= 1 && endLine >= startLine)
        #expect(endLine > startLine || endColumn >= startColumn)
    }

    @Test("artifact URIs: relative paths stay relative, absolute ones become file URIs", arguments: [
        ("workflows/q4-plan.yaml", "workflows/q4-plan.yaml"),
        ("./workflows/q4-plan.yaml", "workflows/q4-plan.yaml"),
        ("workflows/kế hoạch q4.yaml", "workflows/k%E1%BA%BF%20ho%E1%BA%A1ch%20q4.yaml"),
        ("plans/50%#1?.yaml", "plans/50%25%231%3F.yaml"),
        ("/srv/plans/q4.yaml", "file:///srv/plans/q4.yaml"),
    ])
    func uris(path: String, uri: String) throws {
        let report = FileReport(path: path, text: "", diagnostics: [.error(.io, "no such file", at: .fileStart)])
        let runs = try #require(try log([report])["runs"] as? [Object])
        let result = try #require((runs[0]["results"] as? [Object])?.first)
        let location = try #require((result["locations"] as? [Object])?.first?["physicalLocation"] as? Object)
        let written = try #require((location["artifactLocation"] as? Object)?["uri"] as? String)
        #expect(written == uri)
        #expect(URL(string: written) != nil)
    }

    @Test("with a source root: files under it relative to %SRCROOT% from any folder, others as file URIs", arguments: [
        ("/repo", "./workflows/q4.yaml", "workflows/q4.yaml", "%SRCROOT%"),
        ("/repo/workflows/sub", "../q4.yaml", "workflows/q4.yaml", "%SRCROOT%"),
        ("/tmp", "/repo/workflows/./q4.yaml", "workflows/q4.yaml", "%SRCROOT%"),
        ("/repo/workflows", "kế hoạch.yaml", "workflows/k%E1%BA%BF%20ho%E1%BA%A1ch.yaml", "%SRCROOT%"),
        ("/repo", "../elsewhere/q4.yaml", "file:///elsewhere/q4.yaml", nil),
    ])
    func sourceRootURIs(workingDirectory: String, path: String, uri: String, base: String?) throws {
        let report = FileReport(path: path, text: "", diagnostics: [.error(.io, "no such file", at: .fileStart)])
        let root = SourceRoot(path: "/repo", workingDirectory: workingDirectory)
        let text = SARIFRenderer(sourceRoot: root).render([report])
        let log = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? Object)
        let run = try #require((log["runs"] as? [Object])?.first)
        let bases = try #require(run["originalUriBaseIds"] as? Object)
        #expect((bases["%SRCROOT%"] as? Object)?["uri"] as? String == "file:///repo/")
        let result = try #require((run["results"] as? [Object])?.first)
        let location = try #require((result["locations"] as? [Object])?.first?["physicalLocation"] as? Object)
        let artifact = try #require(location["artifactLocation"] as? Object)
        #expect(artifact["uri"] as? String == uri)
        #expect(artifact["uriBaseId"] as? String == base)
    }

    @Test("output is deterministic")
    func deterministic() {
        #expect(render([Fixture.report], format: .sarif, color: false) == render([Fixture.report], format: .sarif, color: true))
    }
}
