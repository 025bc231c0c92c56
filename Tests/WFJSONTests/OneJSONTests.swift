import Foundation
import Testing

/// There is one JSON writer and one reader, in `Sources/WFJSON`; this fails when another appears.
@Suite("One JSON writer and reader")
struct OneJSONTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What gives away another JSON writer or reader (regular expressions), and why it is not wanted.
    static let forbidden: [(pattern: String, reason: String)] = [
        ("JSONSerialization", "Foundation's JSON; use WFJSON's JSON"),
        ("JSONEncoder", "Foundation's JSON; use JSON.serialized(indent:)"),
        ("JSONDecoder", "Foundation's JSON; use JSON(parsing:)"),
        ("OrderedJSON", "a second JSON type; use JSON"),
        ("JSONValue", "a second JSON type; use JSON"),
        ("JSONText", "a second JSON string escaper; use JSON.quoted"),
        ("JSONReader", "a second JSON reader; use JSON(parsing:)"),
        (#"func appendQuoted"#, "a second JSON string escaper; use JSON.appendQuoted"),
        (#"\{\\""#, "JSON text built by hand (an escaped quote after a brace); build a JSON value"),
        (#"(?:^|[^\\])\\" ?:"#, "JSON text built by hand (an escaped quote before a colon); build a JSON value"),
    ]

    /// Every Swift file under Sources/ and plugins/, except the JSON module itself.
    static func swiftFiles() -> [URL] {
        var files: [URL] = []
        for folder in ["Sources", "plugins"] {
            let url = root.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in enumerator where file.pathExtension == "swift" {
                if file.path.contains("/Sources/WFJSON/") { continue }
                files.append(file)
            }
        }
        return files
    }

    @Test("no JSON writer or reader outside Sources/WFJSON")
    func noOtherJSONCode() throws {
        let files = Self.swiftFiles()
        #expect(files.count > 50, "the sources were not found from \(Self.root.path)")
        let patterns = try Self.forbidden.map { (try Regex($0.pattern), $0.pattern, $0.reason) }
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                for (regex, pattern, reason) in patterns where code.contains(regex) {
                    let path = file.path.replacingOccurrences(of: Self.root.path + "/", with: "")
                    found.append("\(path):\(number + 1): \(pattern) — \(reason)")
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
