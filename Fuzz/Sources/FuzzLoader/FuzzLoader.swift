import CFuzzer
import Foundation
import WFCommands
import WFCore

/// What `wf validate` loads with: default limits and every built-in plugin.
private let options = LoadOptions(plugins: BuiltinPlugins.registry.catalog)

/// One input: the bytes of a plan file, compiled as `wf validate` does, and its report
/// rendered as the human (with source excerpts) and JSON outputs print it.
func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let loaded = WorkflowLoader.compile(bytes: bytes, path: "fuzz/plan.yaml", options: options)
    _ = render([loaded.report], format: .human, color: false)
    _ = render([loaded.report], format: .json, color: false)
    if let compiled = loaded.compiled {
        precondition(!loaded.hasErrors, "a plan with errors was compiled")
        precondition(compiled.order.count == compiled.graph.nodes.count, "a compiled plan's order misses a node")
        precondition(Set(compiled.order).count == compiled.order.count, "the topological order repeats a node")
    }
    return 0
}

/// The harness's entry point: libFuzzer parses the command line and calls the test function.
@main
enum FuzzLoader {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzLoader(data, size) })
    }
}
