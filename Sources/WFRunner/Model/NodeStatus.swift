public import WFLocalization

/// How a node of a run ended.
public enum NodeStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case succeeded
    case failed
    /// Its condition was false, or a dependency did not succeed.
    case skipped
    /// The run was interrupted before or while the node ran.
    case cancelled

    /// The status in words: `succeeded` / `thành công`.
    public var words: Message {
        switch self {
        case .succeeded: RunText.succeeded.message
        case .failed: RunText.failed.message
        case .skipped: RunText.skipped.message
        case .cancelled: RunText.cancelled.message
        }
    }

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

    /// The status in words: `failed` / `thất bại`.
    public var words: Message {
        switch self {
        case .running: RunText.running.message
        case .succeeded: RunText.succeeded.message
        case .failed: RunText.failed.message
        case .cancelled: RunText.cancelled.message
        }
    }
}
