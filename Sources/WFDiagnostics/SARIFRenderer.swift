import WFLocalization
import WFJSON

/// SARIF 2.1.0 (OASIS), the format code-scanning services read: one run of the tool `wf`,
/// every rule described in `tool.driver.rules`, one result per diagnostic.
///
/// Columns count Unicode characters (`columnKind: unicodeCodePoints`) and `endColumn` is
/// exclusive, as SARIF defines it. Notes with a position become `relatedLocations`; notes
/// without one are added to the message text.
///
/// With a `SourceRoot`, every file under it is addressed relative to `%SRCROOT%` (declared in
/// `originalUriBaseIds`), whatever folder wf ran in and however the path was written, so
/// that code scanning can place the results in the repository.
public struct SARIFRenderer: DiagnosticRenderer {
    /// The schema that `$schema` names.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The tool's version, as `tool.driver.version`, when known.
    public var toolVersion: String?
    /// The tool's home page, as `tool.driver.informationUri`.
    public var informationURI: String
    /// The folder `%SRCROOT%` stands for, and the one relative paths start from; nil leaves
    /// relative paths as written and absolute ones as `file://` URIs.
    public var sourceRoot: SourceRoot?

    /// The name of the base URI results are relative to.
    public static let sourceRootID = "%SRCROOT%"

    /// A renderer; pass the version of wf so that results can be traced to it.
    public init(toolVersion: String? = nil, informationURI: String = Rule.projectURL, sourceRoot: SourceRoot? = nil) {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.sourceRoot = sourceRoot
    }

    /// The SARIF log, pretty-printed, ending with a newline.
    public func render(_ reports: [FileReport]) -> String {
        log(reports).serialized(indent: 2) + "\n"
    }

    func log(_ reports: [FileReport]) -> JSON {
        var driver: [(String, JSON)] = [("name", .string("wf"))]
        if let toolVersion { driver.append(("version", .string(toolVersion))) }
        driver.append(("informationUri", .string(informationURI)))
        driver.append(("rules", .array(Rule.allCases.map(Self.descriptor))))

        let results = reports.flatMap { report in
            let location = artifactLocation(forPath: report.path)
            return report.sortedDiagnostics.map { Self.result($0, artifact: location, language: report.language) }
        }
        var run: [(String, JSON)] = [("tool", .object(["driver": .object(driver)]))]
        if let sourceRoot {
            run.append(("originalUriBaseIds", .object([
                (Self.sourceRootID, .object([("uri", .string("file://" + Self.percentEncoded(sourceRoot.path + "/")))])),
            ])))
        }
        run += [("columnKind", .string("unicodeCodePoints")), ("results", .array(results))]
        return .object([
            "$schema": .string(Self.schemaURI),
            "version": .string("2.1.0"),
            "runs": .array([.object(run)]),
        ])
    }

    // MARK: - Rules and results

    static func descriptor(_ rule: Rule) -> JSON {
        let documentation = rule.documentation
        return .object([
            "id": .string(rule.rawValue),
            "shortDescription": .object(["text": .string(sentence(documentation.summary))]),
            "fullDescription": .object(["text": .string(unwrapped(documentation.meaning))]),
            "helpUri": .string(rule.helpURL),
            "help": .object([
                "text": .string(rule.explanation),
                "markdown": .string(rule.markdownSection(headingLevel: 2)),
            ]),
            "defaultConfiguration": .object(["level": .string(rule.defaultSeverity.rawValue)]),
        ])
    }

    static func result(_ diagnostic: Diagnostic, artifact: JSON, language: Language = .en) -> JSON {
        var text = diagnostic.message.text(language)
        let label = DiagnosticText.noteLabel.message.text(language)
        for note in diagnostic.notes where note.range == nil {
            text += "\n\(label): \(note.message.text(language))"
        }
        var members: [(String, JSON)] = [
            ("ruleId", .string(diagnostic.rule.rawValue)),
            ("ruleIndex", .int(Rule.allCases.firstIndex(of: diagnostic.rule) ?? 0)),
            ("level", .string(diagnostic.severity.rawValue)),
            ("message", .object(["text": .string(text)])),
            ("locations", .array([
                .object(["physicalLocation": physicalLocation(diagnostic.range, artifact: artifact)])
            ])),
        ]
        let related = diagnostic.notes.compactMap { note in note.range.map { (note.message.text(language), $0) } }
        if !related.isEmpty {
            members.append(("relatedLocations", .array(related.enumerated().map { index, note in
                .object([
                    "id": .int(index),
                    "physicalLocation": physicalLocation(note.1, artifact: artifact),
                    "message": .object(["text": .string(note.0)]),
                ])
            })))
        }
        return .object(members)
    }

    static func physicalLocation(_ range: SourceRange, artifact: JSON) -> JSON {
        .object([
            "artifactLocation": artifact,
            "region": .object([
                "startLine": .int(range.start.line),
                "startColumn": .int(range.start.column),
                "endLine": .int(range.end.line),
                "endColumn": .int(range.end.column),
            ]),
        ])
    }

    // MARK: - Text and addresses

    /// Where a file is: relative to `%SRCROOT%` when it is under the source root, else an
    /// absolute `file://` URI (or, without a source root, the path as written).
    func artifactLocation(forPath path: String) -> JSON {
        guard let sourceRoot else { return .object([("uri", .string(Self.uri(forPath: path)))]) }
        if let relative = sourceRoot.relativePath(of: path) {
            return .object([("uri", .string(Self.percentEncoded(relative))), ("uriBaseId", .string(Self.sourceRootID))])
        }
        return .object([("uri", .string(Self.uri(forPath: sourceRoot.absolutePath(of: path))))])
    }

    /// A path as a URI reference: relative paths stay relative (without a leading `./`),
    /// absolute ones become `file://` URIs; anything outside a URI path is percent-encoded.
    static func uri(forPath path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        let encoded = percentEncoded(path)
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    static func percentEncoded(_ path: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/".utf8)
        var result = ""
        for byte in path.utf8 {
            if allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }

    /// A summary as a sentence: capitalised, with a full stop.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }

    /// Wrapped text joined into one line per paragraph.
    static func unwrapped(_ text: String) -> String {
        text.split(separator: "\n\n", omittingEmptySubsequences: true)
            .map { $0.split(separator: "\n").joined(separator: " ") }
            .joined(separator: "\n\n")
    }
}
