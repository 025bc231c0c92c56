import Foundation
import WFJSON

/// `wf lsp` on the generated plan, through pipes as an editor talks to it: start-up (spawn to
/// the `initialize` answer), the first diagnostics after `didOpen`, and the time from a
/// `didChange` (one character of a goal's title) to the `publishDiagnostics` of that version.
enum LSPBenchmark {
    static func run(sizes: [Int] = [1_000, 10_000], edits: Int = 15) -> Bool {
        let wf = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wf").path
        guard FileManager.default.isExecutableFile(atPath: wf) else {
            print("lsp: build wf first (\(wf) not found)")
            return false
        }
        print("\nwf lsp on the generated plan (ms; change = didChange sent → publishDiagnostics received, \(edits) edits each)")
        print("  item: a character of a goal's title (the goal is read again); top: one of the plan's name (the top level is);")
        print("  line: a line break added after a goal's title, then removed (the goal is parsed again, the tree after it moved, the plan decoded again)")
        print(pad("goals", 10) + pad("start-up", 12) + pad("first diag", 12) + pad("item median", 14) + pad("item max", 11)
              + pad("main CPU/item", 16) + pad("top median", 13) + pad("top max", 10) + pad("line median", 14) + pad("line max", 11)
              + "diagnostics")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wf-bench-lsp-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        for goals in sizes {
            do {
                try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
                try PlanGenerator.writeBudgetFiles(into: root)
                let path = root.appendingPathComponent("plan-\(goals).yaml").path
                let text = PlanGenerator.plan(goals: goals)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                let result = try measure(wf: wf, path: path, text: text, edits: edits)
                let item = result.itemChanges.sorted(), top = result.topChanges.sorted(), lines = result.lineChanges.sorted()
                print(pad(ValidateBenchmark.short(goals), 10) + pad(ms(result.startup), 12) + pad(ms(result.open), 12)
                      + pad(ms(item[item.count / 2]), 14) + pad(ms(item.last ?? 0), 11)
                      + pad(result.cpuPerChange.map(ms) ?? "n/a", 16)
                      + pad(ms(top[top.count / 2]), 13) + pad(ms(top.last ?? 0), 10)
                      + pad(ms(lines[lines.count / 2]), 14) + pad(ms(lines.last ?? 0), 11) + "\(result.diagnostics)")
            } catch {
                print("lsp: \(error)")
                return false
            }
        }
        return true
    }

    struct Result {
        var startup: Double
        var open: Double
        var itemChanges: [Double]
        var topChanges: [Double]
        var lineChanges: [Double]
        /// The server's main-thread CPU time (user + system) per change in an item: the figure
        /// a busy machine does not inflate; nil where /proc is missing.
        var cpuPerChange: Double?
        var diagnostics: Int
    }

    /// The CPU time (user + system) the main thread of process `pid` has used so far, from /proc
    /// (Linux): the work between a change and its diagnostics (old plans are freed on another thread).
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name: state is field 3, utime 14 and stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func measure(wf: String, path: String, text: String, edits: Int) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: wf)
        process.arguments = ["lsp"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = Date()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var connection = Connection(input: input.fileHandleForWriting, output: output.fileHandleForReading.fileDescriptor)
        connection.send(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]])
        _ = try connection.wait { $0["id"] == 1 }
        let startup = Date().timeIntervalSince(start)
        connection.send(["jsonrpc": "2.0", "method": "initialized", "params": [:]])

        let uri = "file://" + path
        let opened = Date()
        connection.send(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": .string(uri), "languageId": "yaml", "version": 1, "text": .string(text)],
        ]])
        var published = try connection.wait { $0["method"]?.stringValue == "textDocument/publishDiagnostics" }
        let open = Date().timeIntervalSince(opened)

        // A goal's title in the middle of the plan: `    title: "Nhiệm vụ số N: …"`, and the
        // plan's `name: Kế hoạch …`. Each edit changes one character back and forth, so the
        // plan stays valid.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let titles = lines.indices.filter { lines[$0].hasPrefix("    title: \"") }
        guard let title = titles.dropFirst(titles.count / 2).first, let name = lines.firstIndex(where: { $0.hasPrefix("name: ") }) else {
            throw Failure(description: "no goal title or plan name")
        }
        var version = 1
        /// Replaces the text from `line`, `character` to the end (the next character by default).
        func change(line: Int, character: Int, to end: (line: Int, character: Int)? = nil, text: String) throws -> Double {
            version += 1
            let end = end ?? (line, character + 1)
            let sent = Date()
            connection.send(["jsonrpc": "2.0", "method": "textDocument/didChange", "params": [
                "textDocument": ["uri": .string(uri), "version": .int(version)],
                "contentChanges": [[
                    "range": ["start": ["line": .int(line), "character": .int(character)],
                              "end": ["line": .int(end.line), "character": .int(end.character)]],
                    "text": .string(text),
                ]],
            ]])
            published = try connection.wait { [version] in
                $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["version"] == .int(version)
            }
            return Date().timeIntervalSince(sent)
        }
        let cpuBefore = cpuSeconds(process.processIdentifier)
        let itemChanges = try (0..<edits).map { try change(line: title, character: "    title: \"".count, text: $0 % 2 == 0 ? "X" : "N") }
        let cpuAfter = cpuSeconds(process.processIdentifier)
        let topChanges = try (0..<edits).map { try change(line: name, character: "name: ".count, text: $0 % 2 == 0 ? "X" : "K") }
        // Enter at the end of the title, then the line break deleted: the lines after it move.
        let titleLength = lines[title].utf16.count
        let lineChanges = try (0..<edits).map {
            try $0 % 2 == 0 ? change(line: title, character: titleLength, to: (title, titleLength), text: "\n    ")
                : change(line: title, character: titleLength, to: (title + 1, 4), text: "")
        }
        connection.send(["jsonrpc": "2.0", "id": 2, "method": "shutdown"])
        _ = try connection.wait { $0["id"] == 2 }
        connection.send(["jsonrpc": "2.0", "method": "exit"])
        process.waitUntilExit()
        let count = published["params"]?["diagnostics"]?.arrayValue?.count ?? -1
        let cpu = cpuBefore.flatMap { before in cpuAfter.map { ($0 - before) / Double(edits) } }
        return Result(startup: startup, open: open, itemChanges: itemChanges, topChanges: topChanges, lineChanges: lineChanges, cpuPerChange: cpu, diagnostics: count)
    }

    /// The client side of the pipes: Content-Length framing, as an editor does it.
    struct Connection {
        let input: FileHandle
        let output: Int32
        var buffer: [UInt8] = []

        func send(_ message: JSON) {
            let body = message.utf8()
            input.write(Data(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body))
        }

        /// Reads messages until one matches.
        mutating func wait(for match: (JSON) -> Bool) throws -> JSON {
            while true {
                let message = try next()
                if match(message) { return message }
            }
        }

        mutating func next() throws -> JSON {
            while true {
                if let end = find([13, 10, 13, 10]) {
                    let header = String(decoding: buffer[..<end], as: UTF8.self)
                    guard let length = Int(header.replacingOccurrences(of: "Content-Length: ", with: "")) else {
                        throw Failure(description: "bad header from wf lsp: \(header)")
                    }
                    if buffer.count >= end + 4 + length {
                        let body = Array(buffer[(end + 4)..<(end + 4 + length)])
                        buffer.removeFirst(end + 4 + length)
                        guard let message = JSON(parsing: body) else { throw Failure(description: "wf lsp sent invalid JSON") }
                        return message
                    }
                }
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
                guard count > 0 else { throw Failure(description: "wf lsp closed its output") }
                buffer += chunk[..<count]
            }
        }

        private func find(_ needle: [UInt8]) -> Int? {
            guard buffer.count >= needle.count else { return nil }
            for i in 0...(buffer.count - needle.count) where buffer[i] == needle[0] && Array(buffer[i..<(i + needle.count)]) == needle {
                return i
            }
            return nil
        }
    }

    static func pad(_ text: String, _ width: Int) -> String { ValidateBenchmark.pad(text, width) }

    static func ms(_ seconds: Double) -> String { String(format: "%.0f", seconds * 1000) }
}
