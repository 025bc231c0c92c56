/// How a `shell:` value runs a script file: GitHub Actions' conventions.
struct ShellCommand: Sendable {
    /// The shells known by name, the default first; any other value is a command.
    static let named = ["bash", "sh", "python3"]

    let executable: String
    private let template: [String]
    let fileExtension: String
    let displayName: String

    init(_ shell: String) {
        displayName = shell
        switch shell {
        case "bash":
            (executable, template, fileExtension) = ("bash", ["--noprofile", "--norc", "-eo", "pipefail", "{0}"], "sh")
        case "sh":
            (executable, template, fileExtension) = ("sh", ["-e", "{0}"], "sh")
        case "python", "python3":
            (executable, template, fileExtension) = ("python3", ["{0}"], "py")
        default:
            // A custom command such as `perl {0}`; without {0}, the file is the last argument.
            var words = shell.split(separator: " ").map(String.init)
            let command = words.isEmpty ? "bash" : words.removeFirst()
            if !words.contains(where: { $0.contains("{0}") }) { words.append("{0}") }
            (executable, template, fileExtension) = (command, words, command.hasPrefix("python") ? "py" : "sh")
        }
    }

    /// The arguments that run `file`.
    func arguments(file: String) -> [String] {
        template.map { $0.replacing("{0}", with: file) }
    }
}
