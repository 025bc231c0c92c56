import Foundation
import Subprocess
public import WFPluginAPI

/// `run:` steps: a script run by bash (or sh, python3, or `command {0}`), its output streamed
/// to the log, its outputs read from the `$WF_OUTPUT` file, its exit code deciding success.
public struct ShellPlugin: Plugin {
    public static let name = "shell"
    public static let summary = "Runs a script (run:) with bash, sh or python3; outputs through $WF_OUTPUT."
    public static let openOutputs = true

    public static let inputs: [InputSpec] = [
        InputSpec("run", .string, required: true, doc: "The script. Pass values through env:, never ${{ }} inside it."),
        InputSpec("shell", .suggested(ShellCommand.named), default: ShellCommand.named[0],
                  doc: "bash (run as 'bash --noprofile --norc -eo pipefail FILE'), sh ('sh -e FILE'), python3, or a command with {0} for the script file."),
        InputSpec("working-directory", .string, doc: "Folder to run in, relative to the workflow's folder (default: the workflow's folder)."),
    ]

    /// No declared outputs: a script sets its own with `echo "name=value" >> "$WF_OUTPUT"`.
    public static let outputs: [OutputSpec] = []

    public init() {}

    public func run(_ invocation: Invocation) async throws -> Outcome {
        let script = invocation.inputs.string("run") ?? ""
        let shell = ShellCommand(invocation.inputs.string("shell") ?? "bash")
        let folder = try workingDirectory(invocation)
        if invocation.isDryRun {
            let language = invocation.language
            let where_ = folder == invocation.workspace.root ? "" : PluginText.inFolder(folder: folder).text(language)
            let summary = PluginText.runEffect(shell: shell.displayName, script: Self.preview(script), folder: where_).text(language)
            try await invocation.effect(key: "run", summary: summary) {}
            return Outcome(note: PluginText.dryRun.message.text(language))
        }
        let files = try ScriptFiles(script: script, extension: shell.fileExtension, language: invocation.language)
        defer { files.remove() }
        var environment = invocation.env
        environment["WF_OUTPUT"] = files.output
        let result = try await ScriptProcess(
            executable: shell.executable, arguments: shell.arguments(file: files.script), environment: environment,
            workingDirectory: folder, timeout: invocation.timeout, log: invocation.log, language: invocation.language
        ).run()
        let outputs = try OutputFile.parse(at: files.output, language: invocation.language)
        switch result.ending {
        case .exited(0):
            return Outcome(outputs: outputs)
        case .exited(let code):
            throw PluginError(PluginText.exitCode(code: Int(code), detail: result.lastErrorLine.map { ": " + $0 } ?? ""), language: invocation.language)
        case .signalled(let signal):
            throw PluginError(PluginText.killed(signal: Int(signal), detail: result.lastErrorLine.map { ": " + $0 } ?? ""), language: invocation.language)
        case .timedOut(let after):
            throw PluginError(PluginText.timedOut(duration: Self.seconds(after)), language: invocation.language)
        }
    }

    /// The folder to run in, which must exist.
    private func workingDirectory(_ invocation: Invocation) throws -> String {
        let root = invocation.workspace.root
        guard let relative = invocation.inputs.string("working-directory"), !relative.isEmpty else { return root }
        let path = URL(fileURLWithPath: relative.hasPrefix("/") ? relative : root + "/" + relative).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PluginError(PluginText.notAFolder(path: relative, full: path), language: invocation.language)
        }
        return path
    }

    /// The script's first line, shortened, with a count of the rest.
    static func preview(_ script: String) -> String {
        let lines = script.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = lines.first else { return "(empty script)" }
        let head = first.count > 80 ? String(first.prefix(79)) + "…" : first
        return lines.count > 1 ? "\(head) (+\(lines.count - 1) more line\(lines.count > 2 ? "s" : ""))" : head
    }

    static func seconds(_ duration: Duration) -> String {
        let total = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return total == total.rounded() ? "\(Int(total))s" : String(format: "%.1fs", total)
    }
}
