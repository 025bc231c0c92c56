import Foundation
import WFCalendar
import WFLocalization

/// A deadline cell read the way `wf validate` reads `due:`: a date cell or a written date
/// becomes a date, a phrase `DeadlinePhrase` knows stays as written, "Hằng tháng" (quarterly,
/// yearly) becomes a recurring task.
enum DueReading {
    enum Result: Equatable {
        /// The deadline and the year it falls in, when it names one.
        case success(AnnexPlan.Due, year: Int?)
        /// Why the cell is not a deadline (a warning's text).
        case failure(Message)
    }

    static func read(_ cell: CellValue) -> Result {
        switch cell {
        case .date(let date):
            return .success(.date(date), year: date.year)
        case .number(let number) where number >= 20_000 && number < 80_000 && number == number.rounded():
            // A date cell saved without its date format: an Excel day number.
            if let date = SerialDate.date(number, use1904: false) { return .success(.date(date), year: date.year) }
            return read(text: cell.text)
        default:
            return read(text: cell.text)
        }
    }

    static func read(text raw: String) -> Result {
        let text = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        if let date = PlanDateTime.parse(text) { return .success(.date(date.date), year: date.date.year) }
        if let phrase = DeadlinePhrase.parse(text), !phrase.isDayOfPeriod {
            return .success(.phrase(phrase.text), year: year(of: phrase))
        }
        if let period = Period.parse(text) { return .success(.phrase(text), year: period.end.year) }
        if let recurring = recurring(text) { return recurring }
        return .failure(ImportText.deadlineNotRead(text, suggestion: DeadlinePhrase.suggestion(for: text)))
    }

    private static func year(of phrase: DeadlinePhrase) -> Int? {
        switch phrase.meaning {
        case .within(let period): period.end.year
        case .before(let date), .byDate(let date): date.year
        default: nil
        }
    }

    /// `Hằng tháng`, `Hằng quý, trước ngày 15`, `định kỳ hằng năm`: the recurrence and the day.
    private static func recurring(_ text: String) -> Result? {
        let words = text.split(separator: " ").map(String.init)
        let folded = words.map { VietnameseFolding.fold($0).trimming { ",.;:".contains($0) } }
        let kinds: [(String, Recurrence)] = [("thang", .month), ("quy", .quarter), ("nam", .year)]
        for index in folded.indices.dropLast() where folded[index] == "hang" {
            guard let kind = kinds.first(where: { $0.0 == folded[index + 1] })?.1 else { continue }
            var rest = words
            rest.removeSubrange(index...(index + 1))
            var dropped = rest.filter { !["dinh", "ky", "vao"].contains(VietnameseFolding.fold($0)) }
                .joined(separator: " ").trimming { ",.;: ".contains($0) }
            if dropped.isEmpty {
                dropped = "31"
                return .success(.recurring(kind, day: dropped, written: text), year: nil)
            }
            if let phrase = DeadlinePhrase.parse(dropped), phrase.isDayOfPeriod {
                return .success(.recurring(kind, day: phrase.text, written: text), year: nil)
            }
            return nil
        }
        return nil
    }
}
