import Foundation
import WFPluginAPI

/// The temporary script file and the empty `$WF_OUTPUT` file of one run of a script.
struct ScriptFiles {
    let folder: String
    let script: String
    let output: String

    init(script text: String, extension ext: String, language: Language) throws {
        let base = FileManager.default.temporaryDirectory.path
        folder = base + "/wf-shell-" + UUID().uuidString
        script = folder + "/script." + ext
        output = folder + "/output"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try Data(text.utf8).write(to: URL(fileURLWithPath: script))
            try Data().write(to: URL(fileURLWithPath: output))
        } catch {
            throw PluginError(PluginText.scriptNotWritten(folder: folder, problem: error.localizedDescription), language: language)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
