import Foundation

/// Where a workflow's state lives: the database, the workflow's key in it, and its lock file.
public struct StateLocation: Sendable {
    /// The state database, absolute.
    public var path: String
    /// The workflow's path relative to the folder holding the state (the parent of `.wf`), so
    /// two workflows in one folder keep separate runs and effects, and moving the folder keeps them.
    public var workflowKey: String
    /// The lock file that keeps two runs of the workflow apart.
    public var lockPath: String

    /// The location for `workflowPath`, with `--state` when given, else `.wf/state.sqlite` beside the workflow.
    public init(workflowPath: String, statePath: String?) {
        let workflow = URL(fileURLWithPath: workflowPath).standardizedFileURL.path
        let folder = (workflow as NSString).deletingLastPathComponent
        path = statePath.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            ?? (folder as NSString).appendingPathComponent(".wf/state.sqlite")
        var base = (path as NSString).deletingLastPathComponent
        let stateFolder = base
        if (base as NSString).lastPathComponent == ".wf" { base = (base as NSString).deletingLastPathComponent }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        workflowKey = workflow.hasPrefix(prefix) ? String(workflow.dropFirst(prefix.count)) : workflow
        let lockName = workflowKey.split(separator: "/").joined(separator: "_") + ".lock"
        lockPath = (stateFolder as NSString).appendingPathComponent(lockName)
    }
}
