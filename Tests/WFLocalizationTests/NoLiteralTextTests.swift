import Foundation
import Testing

/// The guard of issue 10: output code says things to people through the catalog, so a new
/// English sentence written as a string literal in it fails here. The scanner is crude on
/// purpose (a line-based look at string literals), so each file has an allowance: what it
/// holds today that is not a message (or not converted yet, with the reason); everything
/// else must stay at 0.
@Suite struct NoLiteralTextTests {
    /// The folders of output code, relative to the package root.
    static let roots = ["Sources/WFCommands", "Sources/WFRunner", "plugins", "Sources/WFPlanning/Wording", "Sources/wf",
                         "Sources/WFSpreadsheet/Import", "Sources/WFSpreadsheet/Status", "Sources/WFLanguageServer"]

    /// Literals the scanner counts today, by file; a file not listed is allowed none.
    static let allowances: [String: Int] = [
        // Not messages: the iCalendar product id, the MIME preamble mail programs expect in English.
        "Sources/WFCommands/ICSCalendar.swift": 1,
        "plugins/notify/MIMEMessage.swift": 1,
        // libcurl's setup failures: technical, shown inside a translated "could not deliver" note.
        "plugins/notify/CurlTransfer.swift": 2,
        // The English branch of a reminder mail written per plan language (its Vietnamese is beside it).
        "plugins/notify/ReminderText.swift": 5,
        // PlanWording's English branch for the plan's own language (its Vietnamese is beside it).
        "Sources/WFPlanning/Wording/PlanWording.swift": 2,
        // ArgumentParser's own closing line, recognised to be replaced by the catalog's.
        "Sources/wf/Entrypoint.swift": 2,
        // A Foundation prefix removed from an error's text, not said.
        "Sources/WFCommands/CommandSupport.swift": 1,
        // --color's help text: ArgumentParser help stays English.
        "Sources/WFCommands/ColorOption.swift": 1,
        // wf import's help texts: ArgumentParser help stays English.
        "Sources/WFSpreadsheet/Import/ImportHelp.swift": 7,
        // Not messages: the header names and unit words an annex is matched against (ASCII-folded Vietnamese).
        "Sources/WFSpreadsheet/Import/AnnexHeader.swift": 7,
        "Sources/WFSpreadsheet/Import/UnitNames.swift": 9,
    ]

    @Test func outputCodeHasNoNewEnglishLiterals() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var counts: [String: [ProseScanner.Finding]] = [:]
        var scanned = 0
        for folder in Self.roots {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "swift" && !url.path.contains("/Templates/") {
                let relative = String(url.path.dropFirst(root.path.count + 1))
                let text = try String(contentsOf: url, encoding: .utf8)
                scanned += 1
                let found = ProseScanner.findings(in: text)
                if !found.isEmpty { counts[relative] = found }
            }
        }
        #expect(scanned > 50, "the scan found only \(scanned) Swift files under \(root.path)")
        for (file, findings) in counts.sorted(by: { $0.key < $1.key }) {
            let allowed = Self.allowances[file] ?? 0
            #expect(findings.count <= allowed, """
                \(file) has \(findings.count) English literal(s), \(allowed) allowed: put the text in the catalog \
                (Sources/WFLocalization/Catalog) with its Vietnamese:
                \(findings.map { "  line \($0.line): \"\($0.text)\"" }.joined(separator: "\n"))
                """)
        }
        // An allowance above the count is stale: lower it, so the next literal is caught.
        for (file, allowed) in Self.allowances {
            #expect((counts[file]?.count ?? 0) == allowed, "\(file): allowance \(allowed), found \(counts[file]?.count ?? 0); update the table")
        }
    }

    @Test func theScannerCatchesANewEnglishMessage() {
        let source = #"""
            func run() throws {
                throw PluginError("the report could not be written to \(path)")
            }
            """#
        let found = ProseScanner.findings(in: source)
        #expect(found.map(\.line) == [2])
        #expect(found.first?.text == "the report could not be written to X")
    }

    @Test func theScannerSkipsWhatIsNotAMessage() {
        let source = #"""
            // a comment that says several words
            /// documentation that says several words
            @Option(name: .long, help: ArgumentHelp(
                "Language of messages: vi or en, as the plan says.",
                valueName: "lang"))
            static let configuration = CommandConfiguration(abstract: "Checks the plan for you now")
            let doc = """
                a block of text in several words
                """
            precondition(ok, "this should never happen here")
            InputSpec("run", .string, doc: "The script to run in the shell.")
            throw PluginError(PluginText.exitCode(code: code, detail: ""), language: language)
            let vi = "không gửi được tới kênh"
            let keys = ["due", "owner", "title"]
            let pattern = "%d of %d"
            let text = "\(a) \(b) \(c)"
            print("id" + " " + "x")
            """#
        #expect(ProseScanner.findings(in: source).isEmpty)
    }

    @Test func anInterpolationDoesNotHideTheWordsAroundIt() {
        let found = ProseScanner.findings(in: #"note = "skipped: \(state.reason(index, "x")) was not run""#)
        #expect(found.map(\.text) == ["skipped: X was not run"])
    }
}

/// Finds string literals in Swift source that read like English prose: three or more
/// lower-case words in a row once each `\(…)` is replaced by `X`. Skips comments, `"""`
/// blocks, and the arguments of help, documentation and assertion calls.
enum ProseScanner {
    struct Finding: Equatable {
        var line: Int
        var text: String
    }

    /// Calls whose text is documentation or a programmer's message, not output.
    nonisolated(unsafe) static let skippedCall = try! NSRegularExpression(
        pattern: #"\b(help|abstract|discussion|doc|deprecated)\s*:|\bArgumentHelp\(|\bstatic let summary\b|\b(assert|assertionFailure|precondition|preconditionFailure|fatalError)\("#)
    /// Three lower-case words in a row, not inside a format or placeholder.
    nonisolated(unsafe) static let prose = try! NSRegularExpression(pattern: #"(?<![\\%$.{])\b[a-z]{2,}(?: [a-z']+){2,}"#)

    static func findings(in source: String) -> [Finding] {
        var result: [Finding] = []
        var inBlock = false
        var skipDepth = 0
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.components(separatedBy: "\"\"\"").count % 2 == 0 {
                inBlock.toggle()
                continue
            }
            if inBlock || line.hasPrefix("//") { continue }
            let literals = literals(in: line)
            if skipDepth > 0 || matches(skippedCall, line) {
                skipDepth = max(0, skipDepth + parenBalance(line))
                continue
            }
            for text in literals where matches(prose, text) {
                result.append(Finding(line: index + 1, text: text))
                break
            }
        }
        return result
    }

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Opening minus closing parentheses outside string literals.
    static func parenBalance(_ line: String) -> Int {
        var balance = 0
        var scanner = Lexer(Array(line))
        while let character = scanner.next() {
            switch character {
            case "(": balance += 1
            case ")": balance -= 1
            case "\"": _ = scanner.literal()
            case "/" where scanner.peek() == "/": return balance
            default: break
            }
        }
        return balance
    }

    /// The text of each string literal on `line`, with `\(…)` as `X`.
    static func literals(in line: String) -> [String] {
        var found: [String] = []
        var scanner = Lexer(Array(line))
        while let character = scanner.next() {
            if character == "/", scanner.peek() == "/" { break }
            if character == "\"" { found.append(scanner.literal()) }
        }
        return found
    }

    struct Lexer {
        var characters: [Character]
        var index = 0

        init(_ characters: [Character]) { self.characters = characters }

        mutating func next() -> Character? {
            guard index < characters.count else { return nil }
            defer { index += 1 }
            return characters[index]
        }

        func peek() -> Character? { index < characters.count ? characters[index] : nil }

        /// Reads a literal whose opening quote was just read; returns its text.
        mutating func literal() -> String {
            var text = ""
            while let character = next() {
                if character == "\"" { return text }
                if character == "\\" {
                    if peek() == "(" {
                        _ = next()
                        skipInterpolation()
                        text += "X"
                    } else if let escaped = next() {
                        text += "\\" + String(escaped)
                    }
                    continue
                }
                text.append(character)
            }
            return text
        }

        /// Skips to the `)` closing an interpolation, over nested parentheses and literals.
        mutating func skipInterpolation() {
            var depth = 1
            while let character = next() {
                switch character {
                case "(": depth += 1
                case ")":
                    depth -= 1
                    if depth == 0 { return }
                case "\"": _ = literal()
                default: break
                }
            }
        }
    }
}
