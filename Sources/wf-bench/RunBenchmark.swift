import Foundation
import WFCore
import WFPluginAPI
import WFRunner

/// A plugin that does nothing, so the figures are the scheduler's and the state store's own.
struct NoopPlugin: Plugin {
    static let name = "noop"
    static let summary = "Does nothing (benchmark)."
    static let inputs: [InputSpec] = []
    static let outputs: [OutputSpec] = []

    func run(_ invocation: Invocation) async throws -> Outcome { Outcome() }
}

/// `wf run` overhead per node with a no-op plugin: state on disk, dry run, and the peak memory
/// of a 100k-node dry run (in a child process, so the figure is that run's own).
func runBenchmark() async {
    let environment = ProcessInfo.processInfo.environment
    if let child = environment["WF_BENCH_RUN_CHILD"], let count = Int(child) {
        let seconds = await RunBench.measure(nodes: count, dryRun: true)
        print("\(seconds) \(RunBench.peakKilobytes())")
        return
    }
    print("\nwf run, no-op plugin (release build: swift build -c release --static-swift-stdlib && .build/release/wf-bench run)")
    print(RunBench.pad("nodes", 9) + RunBench.pad("mode", 16) + RunBench.pad("total s", 10) + RunBench.pad("per node", 12) + "target")
    for (count, dryRun) in [(1_000, false), (10_000, false), (10_000, true)] {
        let seconds = await RunBench.measure(nodes: count, dryRun: dryRun)
        let perNode = seconds / Double(count)
        let target = dryRun ? "≤ 50 µs" : "≤ 1 ms"
        print(RunBench.pad("\(count)", 9) + RunBench.pad(dryRun ? "dry run" : "state on disk", 16)
              + RunBench.pad(String(format: "%.3f", seconds), 10)
              + RunBench.pad(String(format: "%.1f µs", perNode * 1e6), 12) + target)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["run"]
    process.environment = environment.merging(["WF_BENCH_RUN_CHILD": "100000"]) { _, new in new }
    let pipe = Pipe()
    process.standardOutput = pipe
    do {
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        if fields.count == 2 {
            print(RunBench.pad("100000", 9) + RunBench.pad("dry run", 16) + RunBench.pad(String(format: "%.3f", fields[0]), 10)
                  + RunBench.pad(String(format: "%.1f µs", fields[0] / 1e5 * 1e6), 12)
                  + String(format: "peak memory %.0f MB (target < 1 GB, compile included)", fields[1] / 1024))
        }
    } catch {
        print("100000: cannot start the measuring process: \(error)")
    }
}

enum RunBench {
    /// A layered graph: node i needs up to three of the fifty nodes before it.
    static func workflow(nodes: Int) -> String {
        var text = "wf: 1\nname: bench\nsteps:\n"
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        text.reserveCapacity(nodes * 48)
        for index in 0..<nodes {
            text += "  - id: n\(index)\n    uses: noop\n"
            if index > 0 {
                let needs = Set((0..<min(3, index)).map { _ in index - 1 - next(min(50, index)) }).sorted()
                text += "    needs: [" + needs.map { "n\($0)" }.joined(separator: ", ") + "]\n"
            }
        }
        return text
    }

    /// Seconds `Runner.run()` takes on a generated graph (compiling excluded).
    static func measure(nodes: Int, dryRun: Bool) async -> Double {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-run-bench-\(getpid())-\(nodes)-\(dryRun)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bench.yaml").path
        let text = workflow(nodes: nodes)
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        let registry = PluginRegistry([NoopPlugin.self])
        let loaded = WorkflowLoader.compile(bytes: Array(text.utf8), path: path, options: LoadOptions(plugins: registry.catalog))
        guard let compiled = loaded.compiled else {
            print("the generated workflow does not compile: \(loaded.report.diagnostics.first.map { "\($0.message)" } ?? "")")
            return .nan
        }
        let runner = Runner(compiled: compiled, registry: registry, options: RunOptions(dryRun: dryRun))
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let summary = try await runner.run()
            if summary.status != .succeeded { print("the benchmark run ended \(summary.status.rawValue)") }
        } catch {
            print("the benchmark run failed: \(error)")
        }
        let elapsed = start.duration(to: clock.now)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Peak resident memory of this process, in KiB.
    static func peakKilobytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return usage.ru_maxrss
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
