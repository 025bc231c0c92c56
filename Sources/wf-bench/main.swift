import Foundation

// wf-bench: prints the figures of DESIGN's speed and memory targets.
//   wf-bench             validate, then every command on the generated plan
//   wf-bench validate    validate only (against a bare libyaml parse)
//   wf-bench commands [N…]  wf validate, plan, graph, calendar, run (dry and with state) only,
//                        on plans of N goals (default 1k, 10k, 100k)
//   wf-bench import [N…] wf import of a task annex of N rows, .xlsx and .csv (default 500, 5k)
//   wf-bench state [N…]  the state store's size and integrity-check time with N runs (default 1k)
//   wf-bench lsp [N…]    wf lsp: start-up, and didChange → publishDiagnostics on plans of N goals
//                        (default 1k, 10k)
//   wf-bench generate N [DIR]  print the synthetic plan of N goals, or write it with its
//                        budget files into DIR (DIR/plan.yaml)
// It exits with 1 when the generated plan does not validate without errors.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "--experimental-dump-help":
    // swift-argument-parser's manual plugin (`swift package plugin generate-manual`, which
    // writes docs/wf.1) asks every executable of the package for its help; without this
    // answer it would run the benchmarks. It gets a one-line page.
    print(#"{"serializationVersion":0,"command":{"commandName":"wf-bench","abstract":"Print the figures of wf's speed and memory targets (a development tool, not installed)."}}"#)
case "validate-one":
    ValidateBenchmark.measureOne(arguments.dropFirst().first ?? "")
case "generate":
    let goals = Int(arguments.dropFirst().first ?? "") ?? 1_000
    if let folder = arguments.dropFirst(2).first {
        // A plan with its budget files, to profile one command by hand.
        let url = URL(fileURLWithPath: folder)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try PlanGenerator.writeBudgetFiles(into: url)
            try Data(PlanGenerator.plan(goals: goals).utf8).write(to: url.appendingPathComponent("plan.yaml"))
        } catch {
            print("cannot write the plan into \(folder): \(error)")
            exit(1)
        }
    } else {
        print(PlanGenerator.plan(goals: goals), terminator: "")
    }
case "state":
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    if !(sizes.isEmpty ? StateBenchmark.run() : StateBenchmark.run(sizes: sizes)) { exit(1) }
case "validate":
    if !ValidateBenchmark.run() { exit(1) }
case "import":
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    _ = sizes.isEmpty ? ImportBenchmark.run() : ImportBenchmark.run(sizes: sizes)
case "lsp":
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    if !(sizes.isEmpty ? LSPBenchmark.run() : LSPBenchmark.run(sizes: sizes)) { exit(1) }
case "commands", "run":
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    _ = sizes.isEmpty ? CommandBenchmark.run() : CommandBenchmark.run(sizes: sizes)
default:
    guard ValidateBenchmark.run() else { exit(1) }
    _ = CommandBenchmark.run()
    _ = ImportBenchmark.run()
    _ = LSPBenchmark.run()
}
