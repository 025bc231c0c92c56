import Foundation

// wf-bench: prints the figures of DESIGN's speed and memory targets.
//   wf-bench             validate, then every command on the generated plan
//   wf-bench validate    validate only (against a bare libyaml parse)
//   wf-bench commands    wf validate, plan, graph, calendar, run (dry and with state) only
//   wf-bench generate N  print the synthetic plan of N goals
// It exits with 1 when the generated plan does not validate without errors.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "validate-one":
    ValidateBenchmark.measureOne(arguments.dropFirst().first ?? "")
case "generate":
    print(PlanGenerator.plan(goals: Int(arguments.dropFirst().first ?? "") ?? 1_000), terminator: "")
case "validate":
    if !ValidateBenchmark.run() { exit(1) }
case "commands", "run":
    _ = CommandBenchmark.run()
default:
    guard ValidateBenchmark.run() else { exit(1) }
    _ = CommandBenchmark.run()
}
