import Foundation
import WFCommands
import WFCore
import WFYAML

/// Validation speed against a bare libyaml parse of the same bytes, and peak memory.
enum ValidateBenchmark {
    static func run() {
        print("wf validate (release build: swift build -c release --static-swift-stdlib && .build/release/wf-bench)")
        print(pad("goals", 8) + pad("size MB", 10) + pad("libyaml ms", 12) + pad("validate ms", 13)
              + pad("ratio", 7) + pad("MB/s", 8) + pad("peak MB", 9) + "diagnostics")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var times: [Int: Double] = [:]
        for count in [1_000, 10_000, 100_000] {
            let path = folder.appendingPathComponent("plan-\(count).yaml").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(PlanGenerator.plan(goals: count).utf8))
            // A child process per size, so peak memory is that size's own.
            guard let line = runChild(["validate-one", path]) else {
                print("\(count): the measuring process failed")
                continue
            }
            let f = line.split(separator: " ").compactMap { Double($0) }
            guard f.count == 5 else { continue }
            let (bytes, parse, validate, peak, diagnostics) = (f[0], f[1], f[2], f[3], f[4])
            times[count] = validate
            print(pad("\(count)", 8) + pad(fmt(bytes / 1e6), 10) + pad(fmt(parse * 1e3), 12) + pad(fmt(validate * 1e3), 13)
                  + pad(fmt(validate / parse) + "×", 7) + pad(fmt(bytes / 1e6 / validate), 8) + pad(fmt(peak / 1024), 9)
                  + "\(Int(diagnostics))")
        }
        if let small = times[10_000], let large = times[100_000] {
            print("100k / 10k time: \(fmt(large / small))× (linear is 10×; target ≤ 12×)")
        }
        startup(folder)
    }

    /// `wf validate` on a 200-line plan, start-up included, as a CI job would run it.
    static func startup(_ folder: URL) {
        let wf = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wf").path
        guard FileManager.default.isExecutableFile(atPath: wf) else {
            print("start-up: build wf first (\(wf) not found)")
            return
        }
        var plan = PlanGenerator.plan(goals: 22)
        let lines = plan.split(separator: "\n", omittingEmptySubsequences: false).count
        plan += String(repeating: "# filler\n", count: max(0, 200 - lines))
        let path = folder.appendingPathComponent("plan-200-lines.yaml").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(plan.utf8))
        var samples: [Double] = []
        for _ in 0..<20 {
            // posix_spawn and waitpid, as a shell runs `wf`: Foundation's Process adds
            // milliseconds of its own that a CI job does not pay.
            let start = DispatchTime.now().uptimeNanoseconds
            guard let status = spawnAndWait(wf, ["validate", path]), status == 0 else {
                print("start-up: wf validate failed on the 200-line plan")
                return
            }
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        samples.sort()
        print("200-line plan, wf validate wall time incl. start-up: median \(fmt(samples[samples.count / 2] * 1e3)) ms, "
              + "min \(fmt(samples[0] * 1e3)) ms (target < 20 ms)")
    }

    /// Runs `path` with `arguments`, output to /dev/null; its exit status, or nil when it did not start.
    static func spawnAndWait(_ path: String, _ arguments: [String]) -> Int32? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : nil
    }

    /// In the child: "bytes parseSeconds validateSeconds peakKiB diagnostics".
    static func measureOne(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { exit(2) }
        let bytes = [UInt8](data)
        var parse = Double.infinity
        for _ in 0..<5 {
            let start = Date()
            _ = YAMLParser.countEvents(bytes)
            parse = min(parse, Date().timeIntervalSince(start))
        }
        let options = LoadOptions(plugins: BuiltinPlugins.registry.catalog)
        var validate = Double.infinity
        var diagnostics = 0
        for _ in 0..<5 {
            let start = Date()
            let loaded = WorkflowLoader.load(path: path, options: options)
            validate = min(validate, Date().timeIntervalSince(start))
            diagnostics = loaded.report.diagnostics.count
        }
        // Where the time goes: the tree, the typed model, the checks and the graph.
        var phases = [Double](repeating: .infinity, count: 3)
        for _ in 0..<3 {
            var start = Date()
            let document = YAMLParser.parse(bytes)
            phases[0] = min(phases[0], Date().timeIntervalSince(start))
            start = Date()
            let (plan, _) = PlanDecoder.decode(document.root)
            phases[1] = min(phases[1], Date().timeIntervalSince(start))
            guard let plan else { break }
            start = Date()
            _ = Validator(plugins: options.plugins, calendar: .vn).validate(plan, text: String(decoding: bytes, as: UTF8.self))
            phases[2] = min(phases[2], Date().timeIntervalSince(start))
        }
        FileHandle.standardError.write(Data("  phases of \(path.split(separator: "/").last ?? ""): tree \(ValidateBenchmark.fmt(phases[0] * 1e3)) ms, decode \(ValidateBenchmark.fmt(phases[1] * 1e3)) ms, checks and graph \(ValidateBenchmark.fmt(phases[2] * 1e3)) ms\n".utf8))
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        print("\(bytes.count) \(parse) \(validate) \(usage.ru_maxrss) \(diagnostics)")
    }

    static func runChild(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
