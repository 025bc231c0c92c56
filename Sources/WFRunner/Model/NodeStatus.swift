/// How a node of a run ended.
public enum NodeStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case succeeded
    case failed
    /// Its condition was false, or a dependency did not succeed.
    case skipped
    /// The run was interrupted before or while the node ran.
    case cancelled

    /// One symbol for plain and live output.
    public var symbol: String {
        switch self {
        case .succeeded: "✓"
        case .failed: "✗"
        case .skipped: "↷"
        case .cancelled: "⊘"
        }
    }
}

/// How a whole run ended.
public enum RunStatus: String, Sendable, Hashable, Codable {
    /// Still running, or killed before it could record its end.
    case running
    case succeeded
    case failed
    case cancelled
}
