import Foundation
import WFLocalization

/// Shared wording and layout of text output.
public enum TextFormatting {
    /// `0.3s`, `12s`, `2m05s`.
    /// Integer arithmetic, not `String(format:)`: a run prints one per node.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "0.0s" }
        let tenths = Int((seconds * 10).rounded())
        if tenths < 100 { return "\(tenths / 10).\(tenths % 10)s" }
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total)s" }
        let rest = total % 60
        return "\(total / 60)m" + (rest < 10 ? "0" : "") + "\(rest)s"
    }

    /// The first line of `text`, cut to `limit` characters with an ellipsis.
    public static func line(_ text: String, limit: Int = 100) -> String {
        // Most notes are one short line: no need to walk their characters.
        if text.utf8.count <= limit, !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C || $0 == 0xC2 || $0 == 0xE2 }) {
            return text
        }
        let first = text.drop(while: \.isNewline).prefix(while: { !$0.isNewline })
        let cut = first.prefix(limit)
        return cut.endIndex < first.endIndex ? String(first.prefix(limit - 1)) + "…" : String(first)
    }

    /// `text` padded with spaces to `width` characters (Characters, so Vietnamese lines up).
    public static func pad(_ text: String, _ width: Int) -> String {
        var padded = text
        appendSpaces(width - Self.width(text), to: &padded)
        return padded
    }

    /// Appends `count` spaces to `text` (none when `count` is not positive), without making a
    /// string of them: a table pads every cell of thousands of rows.
    public static func appendSpaces(_ count: Int, to text: inout String) {
        var left = count
        while left > 0 {
            text += spaces.prefix(left)
            left -= spaces.utf8.count
        }
    }

    private static let spaces = String(repeating: " ", count: 64)

    /// The characters `text` takes in a column: its byte count when it is ASCII, without
    /// walking grapheme clusters; else its Characters.
    public static func width(_ text: String) -> Int {
        let bytes = text.utf8.count
        return text.utf8.allSatisfy({ $0 < 0x80 }) ? bytes : text.count
    }

    /// "would " / "sẽ ": the same for every effect line, so made once.
    private static let wouldPrefix = RunText.wouldDo(summary: "")

    /// The line an effect event prints.
    public static func effect(node: String, summary: String, state: EffectState, language: Language = .en) -> String {
        switch state {
        case .described:
            let would = wouldPrefix.text(language)
            let text = summary.lowercased().hasPrefix(would.lowercased()) ? summary : would + summary
            return "  ↪ [\(node)] \(text)"
        case .performed: return "  ↪ [\(node)] \(summary)"
        case .alreadyDone: return "  ↪ [\(node)] " + RunText.alreadyDone(summary: summary).text(language)
        case .failed: return "  ↪ [\(node)] " + RunText.effectFailed(summary: summary).text(language)
        }
    }

    /// The line a finished node prints.
    public static func finished(_ result: NodeResult, language: Language = .en) -> String {
        switch result.status {
        case .succeeded:
            let note = result.note.map { " — \(line($0))" } ?? ""
            return "✓ \(result.nodeID) \(duration(result.duration))\(note)"
        case .failed:
            let tolerated = result.tolerated ? RunText.continueOnError.message.text(language) : ""
            let text = result.error ?? result.note ?? NodeStatus.failed.words.text(language)
            return "✗ \(result.nodeID)\(tolerated): \(line(text, limit: 200))"
        case .skipped:
            return "↷ \(result.nodeID) \(line(result.note ?? NodeStatus.skipped.words.text(language)))"
        case .cancelled:
            return "⊘ \(result.nodeID) \(line(result.note ?? NodeStatus.cancelled.words.text(language)))"
        }
    }

    /// The heading line of a run.
    public static func started(_ start: RunStart, language: Language = .en) -> String {
        let what = start.dryRun ? RunText.dryRunHeading.message
            : start.resumed ? RunText.resumingRun(id: start.runID) : RunText.runNumber(id: start.runID)
        let nodes = start.nodes.count == 1 ? RunText.oneNode.message : RunText.nodeCount(count: start.nodes.count)
        var text = "▶︎ " + RunText.startedLine(name: start.name.isEmpty ? start.workflow : start.name, what: what,
                                              date: start.asOf.iso, nodes: nodes).text(language)
        if !start.reused.isEmpty { text += RunText.reusedCount(count: start.reused.count).text(language) }
        if let notice = start.notice { text += "\n" + notice }
        return text
    }
}
