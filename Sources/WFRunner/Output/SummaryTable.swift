import Foundation
import WFLocalization

/// The table every text run ends with: node, status, time, note; then a one-line verdict.
public enum SummaryTable {
    public static func render(_ summary: RunSummary, width: Int = 120, verdict withVerdict: Bool = true, language: Language = .en) -> String {
        let header = [RunText.headerNode, .headerStatus, .headerTime, .headerNote].map { $0.message.text(language) }
        // Each status's words made once, and each cell's width counted once: a run has a row per node.
        var statusText: [NodeStatus: String] = [:]
        for status in NodeStatus.allCases { statusText[status] = "\(status.symbol) \(status.words.text(language))" }
        var rows: [[String]] = summary.results.map { result in
            let time = result.reused ? "—" : result.status == .skipped ? "" : TextFormatting.duration(result.duration)
            var note = result.status == .failed ? (result.error ?? result.note ?? "") : (result.note ?? "")
            if result.status == .failed, let extra = result.note, extra != result.error { note = "\(note) (\(extra))" }
            return [result.nodeID, statusText[result.status] ?? "", time, TextFormatting.line(note, limit: 200)]
        }
        rows.insert(header, at: 0)
        let counts = rows.map { $0.map(TextFormatting.width) }
        var widths = header.indices.map { column in counts.map { $0[column] }.max() ?? 0 }
        let fixed = widths[0] + widths[1] + widths[2] + 6
        widths[3] = max(20, min(widths[3], width - fixed))
        var out = ""
        for (index, row) in rows.enumerated() {
            let count = counts[index]
            var line = row[0]
            TextFormatting.appendSpaces(widths[0] - count[0] + 2, to: &line)
            line += row[1]
            TextFormatting.appendSpaces(widths[1] - count[1] + 2, to: &line)
            line += row[2]
            let note = count[3] > widths[3] ? String(row[3].prefix(widths[3] - 1)) + "…" : row[3]
            if !note.isEmpty {
                TextFormatting.appendSpaces(widths[2] - count[2] + 2, to: &line)
                line += note
            }
            while line.last == " " { line.removeLast() }
            out += line
            out += "\n"
            if index == 0 {
                out += String(repeating: "─", count: min(width, widths.reduce(6, +))) + "\n"
            }
        }
        if withVerdict { out += verdict(summary, language: language) + "\n" }
        return out
    }

    /// "run 3 failed: 2 succeeded, 1 failed, 1 skipped in 1.2s, as of 2023-10-05".
    public static func verdict(_ summary: RunSummary, language: Language = .en) -> String {
        let counts = summary.counts
        let parts = NodeStatus.allCases.compactMap { status in
            counts[status].map { RunText.countStatus(count: $0, status: status.words).text(language) }
        }
        let reused = summary.results.filter(\.reused).count
        let name = summary.dryRun ? RunText.dryRunName.message : RunText.runName(id: summary.runID)
        var counted = parts.isEmpty ? RunText.nothingToRun.message.text(language) : parts.joined(separator: ", ")
        if reused > 0 { counted += RunText.reusedSuffix(count: reused).text(language) }
        var text = RunText.verdict(name: name, status: summary.status.words, counts: counted,
                                   time: TextFormatting.duration(summary.duration), date: summary.asOf.iso).text(language)
        for match in summary.failOnMatches { text += "\n--fail-on: \(match)" }
        return text
    }
}
