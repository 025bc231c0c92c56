/// The words `wf validate` adds about what it checked and skipped in folders.
enum ValidateMessages {
    /// The files of a folder that are YAML but not plans (no top-level `wf:` key).
    static func skipped(_ files: [String]) -> String {
        let shown = files.prefix(3).joined(separator: ", ") + (files.count > 3 ? ", …" : "")
        return "skipped \(files.count) YAML file\(files.count == 1 ? "" : "s") that \(files.count == 1 ? "is not a plan" : "are not plans") "
            + "(no top-level 'wf:' key): \(shown)"
    }

    /// A folder whose YAML files are none of them plans.
    static func noPlans(yamlFiles: Int) -> String {
        "no plan files in this folder: \(yamlFiles == 1 ? "its YAML file has" : "none of its \(yamlFiles) YAML files has") a top-level 'wf:' key"
    }

    /// A folder without any YAML file.
    static let noYAMLFiles = "no plan files in this folder: nothing matches *.yaml or *.yml (hidden folders are skipped)"

    /// What to do about a folder without plans.
    static let noPlansFix = "name the plan files, or the folder that holds them; a plan starts with 'wf: 1'"
}
