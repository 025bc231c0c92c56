import WFPluginAPI

/// The timeline's axis: bands of a month, a quarter or a year, and which of them carry a label,
/// chosen so that labels never overlap: every month (`Tháng 10/2023`, then `10/2023`), every
/// second month, every quarter (`IV/2023`: `Quý IV/2023` needs more room than two months'
/// labels do, so it would never be chosen), then every year, 2, 5, 10… years (`2023`).
struct AxisScale: Equatable {
    /// How many months a band covers: 1, 3 or 12.
    var months: Int
    /// A label on every `every`-th band, counted from the first.
    var every: Int
    /// `Tháng 10/2023` rather than `10/2023` (month bands only).
    var long = false

    /// Room between two labels, in pixels.
    static let gap = 8.0
    /// A character at font-size 12 in Times is at most this wide on average, in pixels (digits are 6).
    static let characterWidth = 6.5

    /// From the densest to the sparsest.
    static let candidates: [AxisScale] = [
        AxisScale(months: 1, every: 1, long: true), AxisScale(months: 1, every: 1), AxisScale(months: 1, every: 2),
        AxisScale(months: 3, every: 1),
    ] + [1, 2, 5, 10, 20, 50, 100].map { AxisScale(months: 12, every: $0) }

    /// The densest scale whose labels fit the width a span from `first` to `last` gets.
    static func choose(first: CivilDate, last: CivilDate, chartWidth: Double) -> AxisScale {
        let perDay = chartWidth / Double(max(1, first.days(until: last) + 1))
        return candidates.first { scale in
            let shortest = Double(scale.months == 1 ? 28 : scale.months == 3 ? 89 : 365) * Double(scale.every)
            return shortest * perDay >= textWidth(scale.widestLabel) + gap
        } ?? candidates[candidates.count - 1]
    }

    /// A label's width in pixels, estimated (a little wide) from its length.
    static func textWidth(_ text: String) -> Double { Double(text.count) * characterWidth }

    /// The bands from the one holding `first` to the one holding `last`.
    func slots(first: CivilDate, last: CivilDate) -> [(start: CivilDate, next: CivilDate)] {
        let firstMonth = (first.month - 1) / months * months + 1
        guard var start = CivilDate(year: first.year, month: firstMonth, day: 1) else { return [] }
        var slots: [(start: CivilDate, next: CivilDate)] = []
        while start <= last {
            let index = start.year * 12 + start.month - 1 + months
            guard let next = CivilDate(year: index / 12, month: index % 12 + 1, day: 1) else { break }
            slots.append((start, next))
            start = next
        }
        return slots
    }

    /// The label of the band starting at `start`.
    func label(_ start: CivilDate) -> String {
        switch months {
        case 1: return long ? "Tháng \(start.month)/\(start.year)" : "\(start.month)/\(start.year)"
        case 3: return "\(["I", "II", "III", "IV"][(start.month - 1) / 3])/\(start.year)"
        default: return "\(start.year)"
        }
    }

    /// The longest label the scale writes.
    private var widestLabel: String {
        switch months {
        case 1: return long ? "Tháng 12/2000" : "12/2000"
        case 3: return "III/2000"
        default: return "2000"
        }
    }
}
