import Foundation

/// Shared wording and layout of text output.
public enum TextFormatting {
    /// `0.3s`, `12s`, `2m05s`.
    public static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return String(format: "%.1fs", seconds) }
        if seconds < 60 { return "\(Int(seconds.rounded()))s" }
        let total = Int(seconds.rounded())
        return String(format: "%dm%02ds", total / 60, total % 60)
    }

    /// The first line of `text`, cut to `limit` characters with an ellipsis.
    public static func line(_ text: String, limit: Int = 100) -> String {
        let first = text.drop(while: \.isNewline).prefix(while: { !$0.isNewline })
        let cut = first.prefix(limit)
        return cut.endIndex < first.endIndex ? String(first.prefix(limit - 1)) + "…" : String(first)
    }

    /// `text` padded with spaces to `width` characters (Characters, so Vietnamese lines up).
    public static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// The line an effect event prints.
    public static func effect(node: String, summary: String, state: EffectState) -> String {
        switch state {
        case .described:
            let text = summary.lowercased().hasPrefix("would ") ? summary : "would " + summary
            return "  ↪ [\(node)] \(text)"
        case .performed: return "  ↪ [\(node)] \(summary)"
        case .alreadyDone: return "  ↪ [\(node)] already done in an earlier run, not repeated: \(summary)"
        case .failed: return "  ↪ [\(node)] failed: \(summary)"
        }
    }

    /// The line a finished node prints.
    public static func finished(_ result: NodeResult) -> String {
        switch result.status {
        case .succeeded:
            let note = result.note.map { " — \(line($0))" } ?? ""
            return "✓ \(result.nodeID) \(duration(result.duration))\(note)"
        case .failed:
            let tolerated = result.tolerated ? " (continue-on-error)" : ""
            return "✗ \(result.nodeID)\(tolerated): \(line(result.error ?? result.note ?? "failed", limit: 200))"
        case .skipped:
            return "↷ \(result.nodeID) \(line(result.note ?? "skipped"))"
        case .cancelled:
            return "⊘ \(result.nodeID) \(line(result.note ?? "cancelled"))"
        }
    }

    /// The heading line of a run.
    public static func started(_ start: RunStart) -> String {
        let what = start.dryRun ? "dry run (nothing is performed, no state is written)" : start.resumed ? "resuming run \(start.runID)" : "run \(start.runID)"
        var text = "▶︎ \(start.name.isEmpty ? start.workflow : start.name) — \(what), as of \(start.asOf.iso), \(start.nodes.count) node\(start.nodes.count == 1 ? "" : "s")"
        if !start.reused.isEmpty { text += ", \(start.reused.count) reused" }
        if let notice = start.notice { text += "\n" + notice }
        return text
    }
}
