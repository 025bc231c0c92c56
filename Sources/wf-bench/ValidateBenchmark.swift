import Foundation
import WFCommands
import WFCore
import WFDiagnostics
import WFYAML

/// Validation speed against a bare libyaml parse of the same bytes, and peak memory.
enum ValidateBenchmark {
    /// Prints the table; false when the generated plan does not validate without errors.
    static func run() -> Bool {
        print("wf validate (release build: swift build -c release --static-swift-stdlib && .build/release/wf-bench)")
        print(pad("goals", 8) + pad("size MB", 10) + pad("libyaml ms", 12) + pad("validate ms", 13)
              + pad("ratio", 8) + pad("paired", 8) + pad("MB/s", 8) + pad("peak MB", 9) + "errors, warnings")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var times: [Int: Double] = [:]
        let sizes = [1_000, 10_000, 100_000]
        for count in sizes {
            let path = folder.appendingPathComponent("plan-\(count).yaml").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(PlanGenerator.plan(goals: count).utf8))
            try? PlanGenerator.writeBudgetFiles(into: folder)
            // A child process per size, so peak memory is that size's own.
            guard let line = runChild(["validate-one", path]) else {
                print("\(count): the generated plan does not validate without errors (see above), or the measuring process failed")
                return false
            }
            let f = line.split(separator: " ").compactMap { Double($0) }
            guard f.count == 7 else { continue }
            let (bytes, parse, validate, peak, errors, warnings, paired) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6])
            times[count] = validate
            let ratio = validate / parse
            // The target (≤ 3× a bare libyaml parse) holds from 10k goals, where start-up costs no longer dominate.
            let missed = count >= 10_000 && ratio > 3
            print(pad(short(count), 8) + pad(fmt(bytes / 1e6), 10) + pad(fmt(parse * 1e3), 12) + pad(fmt(validate * 1e3), 13)
                  + pad((missed ? "✗" : "") + fmt(ratio) + "×", 8) + pad(fmt(paired) + "×", 8)
                  + pad(fmt(bytes / 1e6 / validate), 8) + pad(fmt(peak / 1024), 9)
                  + "\(Int(errors)), \(Int(warnings))")
        }
        var exponents: [String] = []
        for (small, large) in zip(sizes, sizes.dropFirst()) {
            guard let t1 = times[small], let t2 = times[large] else { continue }
            let exponent = log(t2 / t1) / log(Double(large) / Double(small))
            exponents.append("\(short(small)) → \(short(large)) \(exponent > 1.1 ? "✗" : "")\(String(format: "%.2f", exponent))")
        }
        print("growth exponent of validate: " + exponents.joined(separator: ", ") + " (target ≤ 1.1); target ratio ≤ 3× at 10k and 100k")
        print("ratio: the best load over the best parse of seven each; paired: the median of the seven loads each over the parse just before it")
        startup(folder)
        return true
    }

    /// 1k, 10k, 100k.
    static func short(_ count: Int) -> String { count % 1000 == 0 ? "\(count / 1000)k" : "\(count)" }

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
            guard let result = Spawn.run(wf, ["validate", path]), result.status == 0 else {
                print("start-up: wf validate failed on the 200-line plan")
                return
            }
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        samples.sort()
        let median = samples[samples.count / 2]
        print("200-line plan, wf validate wall time incl. start-up: median \(median > 0.010 ? "✗" : "")\(fmt(median * 1e3)) ms, "
              + "min \(fmt(samples[0] * 1e3)) ms (target < 10 ms, the developers' guide's)")
    }

    /// In the child: "bytes parseSeconds validateSeconds peakKiB diagnostics".
    static func measureOne(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { exit(2) }
        let bytes = [UInt8](data)
        // The parse and the load in turn, the best of each: on a shared machine whose speed
        // drifts, a block of parses then a block of loads would compare two different machines.
        let options = LoadOptions(plugins: BuiltinPlugins.registry.catalog)
        var parse = Double.infinity
        var validate = Double.infinity
        // Each load over the parse just before it: a drift of the machine's speed moves both.
        var ratios: [Double] = []
        var report: FileReport?
        for _ in 0..<7 {
            var start = Date()
            _ = YAMLParser.countEvents(bytes)
            let parseSeconds = Date().timeIntervalSince(start)
            parse = min(parse, parseSeconds)
            start = Date()
            let loaded = WorkflowLoader.load(path: path, options: options)
            let loadSeconds = Date().timeIntervalSince(start)
            validate = min(validate, loadSeconds)
            ratios.append(loadSeconds / parseSeconds)
            report = loaded.report
        }
        guard let report, report.errorCount == 0 else {
            // The bench measures a plan that validates: anything else measures the error path.
            FileHandle.standardError.write(Data("the generated plan \(path) has errors:\n".utf8))
            for diagnostic in report?.diagnostics.prefix(10) ?? [] {
                FileHandle.standardError.write(Data("  \(diagnostic.range.start): \(diagnostic.message) [\(diagnostic.rule.rawValue)]\n".utf8))
            }
            exit(1)
        }
        // Where the time goes: the tree, the typed model, the checks and the graph.
        var phases = [Double](repeating: .infinity, count: 3)
        for _ in 0..<3 {
            var start = Date()
            let document = SplitParse.parse(bytes).document
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
        print("\(bytes.count) \(parse) \(validate) \(usage.ru_maxrss) \(report.errorCount) \(report.diagnostics.count - report.errorCount) \(ratios.sorted()[ratios.count / 2])")
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
