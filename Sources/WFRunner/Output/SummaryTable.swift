import Foundation

/// The table every text run ends with: node, status, time, note; then a one-line verdict.
public enum SummaryTable {
    public static func render(_ summary: RunSummary, width: Int = 120, verdict withVerdict: Bool = true) -> String {
        let header = ["node", "status", "time", "note"]
        var rows: [[String]] = summary.results.map { result in
            let status = "\(result.status.symbol) \(result.status.rawValue)"
            let time = result.reused ? "—" : result.status == .skipped ? "" : TextFormatting.duration(result.duration)
            var note = result.status == .failed ? (result.error ?? result.note ?? "") : (result.note ?? "")
            if result.status == .failed, let extra = result.note, extra != result.error { note = "\(note) (\(extra))" }
            return [result.nodeID, status, time, TextFormatting.line(note, limit: 200)]
        }
        rows.insert(header, at: 0)
        var widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let fixed = widths[0] + widths[1] + widths[2] + 6
        widths[3] = max(20, min(widths[3], width - fixed))
        var out = ""
        for (index, row) in rows.enumerated() {
            var note = row[3]
            if note.count > widths[3] { note = String(note.prefix(widths[3] - 1)) + "…" }
            let line = TextFormatting.pad(row[0], widths[0]) + "  " + TextFormatting.pad(row[1], widths[1]) + "  "
                + TextFormatting.pad(row[2], widths[2]) + "  " + note
            var end = line.endIndex
            while end > line.startIndex, line[line.index(before: end)] == " " { end = line.index(before: end) }
            out += line[..<end]
            out += "\n"
            if index == 0 {
                out += String(repeating: "─", count: min(width, widths.reduce(6, +))) + "\n"
            }
        }
        if withVerdict { out += verdict(summary) + "\n" }
        return out
    }

    /// "run 3 failed: 2 succeeded, 1 failed, 1 skipped in 1.2s (as of 2023-10-05)".
    public static func verdict(_ summary: RunSummary) -> String {
        let counts = summary.counts
        let parts = NodeStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
        let reused = summary.results.filter(\.reused).count
        let name = summary.dryRun ? "dry run" : "run \(summary.runID)"
        var text = "\(name) \(summary.status.rawValue): \(parts.isEmpty ? "nothing to run" : parts.joined(separator: ", "))"
        if reused > 0 { text += " (\(reused) reused)" }
        text += " in \(TextFormatting.duration(summary.duration)), as of \(summary.asOf.iso)"
        for match in summary.failOnMatches { text += "\n--fail-on: \(match)" }
        return text
    }
}
