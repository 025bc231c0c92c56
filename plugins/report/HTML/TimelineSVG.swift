import WFPluginAPI
import WFSpreadsheet

/// An inline SVG timeline of the report's goals, events and checkpoints over its period.
enum TimelineSVG {

    private static let width = 900.0
    private static let labelWidth = 300.0
    private static let rowHeight = 22.0
    private static let axisHeight = 46.0

    /// The SVG element (no XML declaration), labels escaped.
    static func render(_ data: ReportData) -> String {
        struct Row { var label: String; var detail: String; var from: CivilDate?; var to: CivilDate; var color: String; var shape: String }
        // Continuous work ("Thường xuyên") spans the whole report.
        var rows: [Row] = data.goals.map { goal in
            Row(label: goal.title, detail: "\(data.words.deadline(goal.status)) – \(data.words.capitalized(data.words.status(goal.status)))",
                from: goal.due == nil ? data.start : goal.barStart ?? goal.start ?? goal.due?.adding(days: 1 - CompiledPlan.shortBarDays),
                to: goal.due ?? data.end, color: StatusColor.css(goal.state.rawValue) ?? "#555", shape: "goal")
        }
        rows += data.events.map { event in
            Row(label: event.title, detail: event.date.date.vietnamese, from: nil, to: event.date.date, color: "#37474f", shape: "event")
        }
        rows += data.budget.map { row in
            Row(label: row.title, detail: "\(row.date.vietnamese) – \(data.words.capitalized(data.words.state(row.state)))",
                from: nil, to: row.date, color: StatusColor.css(row.state.rawValue) ?? "#555", shape: "checkpoint")
        }
        let allDates = rows.flatMap { [$0.from, $0.to].compactMap { $0 } } + [data.start, data.end, data.asOf]
        let first = allDates.min() ?? data.start
        let last = allDates.max() ?? data.end
        let span = Double(max(1, first.days(until: last) + 1))
        let chartLeft = labelWidth + 10
        let chartWidth = width - chartLeft - 10
        func x(_ date: CivilDate) -> Double { chartLeft + Double(first.days(until: date)) / span * chartWidth }
        func x(end date: CivilDate) -> Double { x(date.adding(days: 1)) }
        let height = axisHeight + Double(max(rows.count, 1)) * rowHeight + 10

        var svg = ""
        // A row is about 400 bytes: a timeline of thousands of goals would otherwise be copied
        // again each time the text doubles.
        svg.reserveCapacity(1024 + rows.count * 448)
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\" role=\"img\" aria-label=\"Tiến độ\" font-family=\"Times New Roman, serif\" font-size=\"12\">"
        // The axis: a band per month, quarter or year, labels as dense as the width allows.
        let scale = AxisScale.choose(first: first, last: last, chartWidth: chartWidth)
        var placed = chartLeft
        for (number, slot) in scale.slots(first: first, last: last).enumerated() {
            let left = max(chartLeft, x(slot.start))
            let right = min(chartLeft + chartWidth, x(slot.next))
            guard right > left else { continue }
            svg += "<rect x=\"\(f(left))\" y=\"\(f(axisHeight - 4))\" width=\"\(f(right - left))\" height=\"\(f(height - axisHeight - 6))\" fill=\"\(number % 2 == 1 ? "#f3f3f3" : "#fafafa")\"/>"
            guard number % scale.every == 0 else { continue }
            // Centred on its band, kept inside the chart, dropped if it would touch the one before.
            let label = scale.label(slot.start)
            let half = AxisScale.textWidth(label) / 2
            let center = min(max((left + right) / 2, chartLeft + half), chartLeft + chartWidth - half)
            guard center - half >= placed else { continue }
            svg += "<text x=\"\(f(center))\" y=\"14\" text-anchor=\"middle\" fill=\"#333\">\(label)</text>"
            placed = center + half + AxisScale.gap
        }
        for (index, row) in rows.enumerated() {
            let top = axisHeight + Double(index) * rowHeight
            let middle = top + rowHeight / 2
            // Counting characters walks the whole title: only a title of over 46 bytes can have over 46.
            let label = row.label.utf8.count > 46 && row.label.count > 46 ? String(row.label.prefix(45)) + "…" : row.label
            svg += "<g class=\"row \(row.shape)\"><title>"
            XMLText.escape(row.label, into: &svg)
            svg += " ("
            XMLText.escape(row.detail, into: &svg)
            svg += ")</title><text x=\"\(f(labelWidth))\" y=\"\(f(middle + 4))\" text-anchor=\"end\" fill=\"#111\">"
            XMLText.escape(label, into: &svg)
            svg += "</text>"
            switch row.shape {
            case "goal":
                let from = row.from.map { min($0, row.to) } ?? row.to
                svg += "<rect x=\"\(f(x(from)))\" y=\"\(f(top + 5))\" width=\"\(f(max(2, x(end: row.to) - x(from))))\" height=\"\(f(rowHeight - 10))\" rx=\"3\" fill=\"\(row.color)\" fill-opacity=\"0.35\"/>"
                svg += "<circle cx=\"\(f(x(end: row.to)))\" cy=\"\(f(middle))\" r=\"5\" fill=\"\(row.color)\"/>"
            case "event":
                let cx = (x(row.to) + x(end: row.to)) / 2
                svg += "<path d=\"M \(f(cx)) \(f(middle - 7)) L \(f(cx + 7)) \(f(middle)) L \(f(cx)) \(f(middle + 7)) L \(f(cx - 7)) \(f(middle)) Z\" fill=\"\(row.color)\"/>"
            default:
                let cx = (x(row.to) + x(end: row.to)) / 2
                svg += "<rect x=\"\(f(cx - 6))\" y=\"\(f(middle - 6))\" width=\"12\" height=\"12\" fill=\"\(row.color)\"/>"
            }
            svg += "</g>"
        }
        // The run's date.
        let today = (x(data.asOf) + x(end: data.asOf)) / 2
        svg += "<line x1=\"\(f(today))\" y1=\"\(f(axisHeight - 8))\" x2=\"\(f(today))\" y2=\"\(f(height - 4))\" stroke=\"#c62828\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
        svg += "<text x=\"\(f(today))\" y=\"\(f(axisHeight - 10))\" text-anchor=\"middle\" fill=\"#c62828\" font-size=\"11\">\(data.asOf.vietnamese)</text>"
        return svg + "</svg>"
    }

    /// A coordinate to a tenth: `12`, `12.5`, `-0.5`. Written from whole tenths, not through
    /// `Double`'s description, which is slow and (for k/10) prints the same.
    private static func f(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = String(tenths.magnitude / 10)
        let sign = tenths < 0 ? "-" : ""
        return tenths % 10 == 0 ? sign + whole : sign + whole + "." + String(tenths.magnitude % 10)
    }
}
