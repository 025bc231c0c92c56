import Foundation

// wf-bench: prints the figures of DESIGN's speed and memory targets.
//   wf-bench             validate and run benchmarks
//   wf-bench validate    validate only
//   wf-bench run         scheduler and state store only
//   wf-bench generate N  print the synthetic plan of N goals
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "validate-one":
    ValidateBenchmark.measureOne(arguments.dropFirst().first ?? "")
case "generate":
    print(PlanGenerator.plan(goals: Int(arguments.dropFirst().first ?? "") ?? 1_000), terminator: "")
case "validate":
    ValidateBenchmark.run()
case "run":
    await runBenchmark()
default:
    ValidateBenchmark.run()
    await runBenchmark()
}
