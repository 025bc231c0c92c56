import Foundation
import WFCore
import WFPlanning

/// Compiles a plan from YAML text (relative files resolve against `folder`), failing the test
/// when it has errors.
func compile(_ yaml: String, folder: String = NSTemporaryDirectory()) throws -> CompiledPlan {
    let loaded = WorkflowLoader.compile(bytes: Array(yaml.utf8), path: folder + "/plan.yaml",
                                        options: LoadOptions(plugins: PluginCatalog()))
    guard let compiled = loaded.compiled, !loaded.hasErrors else {
        throw PlanningTestError(loaded.report.diagnostics.map(\.message.en).joined(separator: "\n"))
    }
    return compiled
}

struct PlanningTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
