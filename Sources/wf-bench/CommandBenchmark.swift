import Foundation

/// Every command a planner runs on the generated plan, timed through the real `wf` binary:
/// `wf validate`, `wf plan`, `wf graph` (dot, json), `wf calendar`, and `wf run` dry and with
/// its state on disk (real plugins: deadline, budget, report, notify to console:/file:/eml:,
/// shell). Prints each phase per size and its growth exponent log(t2/t1)/log(n2/n1).
enum CommandBenchmark {
    struct Phase: Sendable {
        var name: String
        var arguments: @Sendable (String) -> [String]
        /// Microseconds per node that the phase must not exceed, if it has such a target.
        var perNodeTarget: Double?
        /// Whether each measurement starts from no state and no output files.
        var fresh = false
    }

    static let phases: [Phase] = [
        Phase(name: "validate", arguments: { ["validate", $0] }),
        Phase(name: "plan --as-of", arguments: { ["plan", $0, "--as-of", PlanGenerator.asOf] }),
        Phase(name: "graph dot", arguments: { ["graph", $0, "--format", "dot"] }),
        Phase(name: "graph json", arguments: { ["graph", $0, "--format", "json"] }),
        Phase(name: "calendar", arguments: { ["calendar", $0] }),
        Phase(name: "run --dry-run", arguments: { ["run", $0, "--as-of", PlanGenerator.asOf, "--dry-run"] },
              perNodeTarget: 20, fresh: true),
        Phase(name: "run (state)", arguments: { ["run", $0, "--as-of", PlanGenerator.asOf] },
              perNodeTarget: 200, fresh: true),
    ]

    /// A measurement that would take longer than this (estimated from the smaller size) is skipped.
    static let budgetSeconds = 240.0

    static func run(sizes: [Int] = [1_000, 10_000, 100_000]) -> Bool {
        let wf = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wf").path
        guard FileManager.default.isExecutableFile(atPath: wf) else {
            print("commands: build wf first (\(wf) not found)")
            return false
        }
        print("\nwf commands on the generated plan, as of \(PlanGenerator.asOf) (real plugins; wall time incl. start-up and compile; "
              + "✗ marks a missed target)")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wf-bench-commands-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        var plans: [Int: String] = [:]
        for goals in sizes {
            let folder = root.appendingPathComponent("plan-\(goals)")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try PlanGenerator.writeBudgetFiles(into: folder)
                let path = folder.appendingPathComponent("plan.yaml").path
                try Data(PlanGenerator.plan(goals: goals).utf8).write(to: URL(fileURLWithPath: path))
                plans[goals] = path
            } catch {
                print("cannot write the plan of \(goals) goals: \(error)")
                return false
            }
        }
        let header = pad("phase", 15) + sizes.map { pad("\(ValidateBenchmark.short($0)) goals", 22) }.joined()
            + sizes.dropFirst().map { _ in pad("exp", 8) }.joined() + "peak MB (largest)"
        print(header)
        var allMet = true
        for phase in phases {
            var seconds: [Double?] = []
            var peak = 0.0
            var cells: [String] = []
            for (position, goals) in sizes.enumerated() {
                guard let path = plans[goals] else { continue }
                // Skip what would exceed the budget, judging from the previous size at linear-or-worse growth.
                if position > 0, let previous = seconds[position - 1] ?? nil,
                   previous * Double(goals) / Double(sizes[position - 1]) > budgetSeconds {
                    seconds.append(nil)
                    cells.append(pad("skipped (> \(Int(budgetSeconds)) s)", 22))
                    continue
                }
                if position > 0, seconds[position - 1] == nil {
                    seconds.append(nil)
                    cells.append(pad("skipped", 22))
                    continue
                }
                let nodes = PlanGenerator.nodeCount(goals: goals)
                // The best of three below 100k goals, of two from 100k: on a shared machine one run can
                // be twice as slow, and a single slow run at 100k reads as a growth exponent over 1.1.
                let repeats = goals <= 10_000 ? 3 : 2
                var best: Double?
                var failure: String?
                for _ in 0..<repeats {
                    if phase.fresh { reset(folder: (path as NSString).deletingLastPathComponent) }
                    guard let result = Spawn.run(wf, phase.arguments(path), timeout: budgetSeconds * 1.5) else {
                        failure = "did not start"
                        break
                    }
                    guard result.status == 0 else {
                        failure = result.status == Spawn.timedOut ? "timed out" : "exit \(result.status)"
                        break
                    }
                    best = min(best ?? .infinity, result.seconds)
                    peak = max(peak, result.peakKilobytes / 1024)
                }
                if let failure {
                    allMet = false
                    seconds.append(nil)
                    cells.append(pad("✗ \(failure)", 22))
                    continue
                }
                guard let best else { continue }
                seconds.append(best)
                let perNode = best / Double(nodes) * 1e6
                var cell = ValidateBenchmark.fmt(best * 1e3) + " ms"
                if let target = phase.perNodeTarget {
                    let missed = perNode > target
                    if missed { allMet = false }
                    cell += " \(missed ? "✗" : "")\(ValidateBenchmark.fmt(perNode))µs/n"
                }
                cells.append(pad(cell, 22))
            }
            var exponents: [String] = []
            for index in 1..<sizes.count {
                guard index < seconds.count, let t1 = seconds[index - 1], let t2 = seconds[index] else {
                    exponents.append(pad("–", 8))
                    continue
                }
                let exponent = log(t2 / t1) / log(Double(sizes[index]) / Double(sizes[index - 1]))
                if exponent > 1.1 { allMet = false }
                exponents.append(pad((exponent > 1.1 ? "✗" : "") + String(format: "%.2f", exponent), 8))
            }
            print(pad(phase.name, 15) + cells.joined() + exponents.joined() + ValidateBenchmark.fmt(peak))
        }
        print("targets: run ≤ 200 µs/node with state, ≤ 20 µs/node dry; every growth exponent ≤ 1.1. "
              + "Nodes: " + sizes.map { "\(ValidateBenchmark.short($0)) goals = \(PlanGenerator.nodeCount(goals: $0))" }.joined(separator: ", "))
        return allMet
    }

    /// Removes the state store and the files a previous run wrote.
    static func reset(folder: String) {
        for name in [".wf", "out"] { try? FileManager.default.removeItem(atPath: folder + "/" + name) }
        try? FileManager.default.createDirectory(atPath: folder + "/out/eml", withIntermediateDirectories: true)
    }

    static func pad(_ text: String, _ width: Int) -> String { ValidateBenchmark.pad(text, width) }
}

/// Starting `wf` as a shell does (posix_spawn, output to /dev/null) and timing it.
enum Spawn {
    static let timedOut: Int32 = -1

    struct Result {
        var status: Int32
        var seconds: Double
        var peakKilobytes: Double
    }

    /// Runs `path` with `arguments`, output to /dev/null; nil when it did not start. A child
    /// still running after `timeout` seconds is killed and reported with status `timedOut`.
    static func run(_ path: String, _ arguments: [String], timeout: Double? = nil) -> Result? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment["WF_BENCH_TOKEN"] = "bench-token-not-a-secret"
        environment["NO_COLOR"] = "1"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid = pid_t()
        guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        // Without a limit, block in wait4: the exit is seen at once (start-up timings).
        while timeout == nil, wait4(pid, &status, 0, &usage) == -1, errno == EINTR {}
        while let timeout {
            let done = wait4(pid, &status, WNOHANG, &usage)
            if done == pid { break }
            if done == -1 && errno != EINTR { return nil }
            if Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 > timeout {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                return Result(status: timedOut, seconds: timeout, peakKilobytes: Double(usage.ru_maxrss))
            }
            usleep(500)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: exit, seconds: seconds, peakKilobytes: Double(usage.ru_maxrss))
    }
}
