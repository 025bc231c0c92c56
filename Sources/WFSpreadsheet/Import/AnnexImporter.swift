import Foundation
import WFCalendar
import WFCore
import WFLocalization

/// Turns a sheet holding a task annex (phụ lục nhiệm vụ) into a plan: one goal per task row,
/// Roman-numeral rows as groups, sub-rows (`1.1`) as tasks that take their parent's lead unit,
/// partners and deadline when their own cells are empty, units by id, rows that cannot be tasks
/// kept with a warning.
public struct AnnexImporter {
    public var name: String?
    public var period: String?
    /// The file name, for the plan's name when the annex has no title.
    public var sourceName: String

    public init(name: String? = nil, period: String? = nil, sourceName: String) {
        self.name = name
        self.period = period
        self.sourceName = sourceName
    }

    /// The step id the written plan uses; no task takes it.
    static let reservedIDs: Set<String> = ["kiem-tra-han"]

    /// Imports `grid`; nil when it has no recognisable header row (see ``AnnexHeader/find(in:)``).
    public func plan(from grid: SheetGrid) -> AnnexPlan? {
        guard let header = AnnexHeader.find(in: grid) else { return nil }
        var state = State(header: header, grid: grid)
        // The rows that count: blank rows and the row of column numbers say nothing.
        let rows = grid.rows[(header.rowIndex + 1)...].filter { !$0.isBlank && !Self.isColumnNumbering($0) }
        for (index, row) in rows.enumerated() {
            state.add(row, next: index + 1 < rows.count ? rows[index + 1] : nil)
        }
        state.endGroup()
        let title = grid.rows[..<header.rowIndex].lazy.flatMap(\.cells).map(\.text).first { !$0.isEmpty }
        let period = period ?? state.inferredPeriod(title: grid.rows[..<header.rowIndex].flatMap(\.cells).map(\.text))
        if period == nil {
            // A recurring task needs the plan's period: without one it is kept, with a warning.
            for (index, entry) in state.entries.enumerated() {
                guard case .task(let task) = entry, case .recurring(_, _, let written) = task.due else { continue }
                let reason = ImportText.recurringWithoutPeriod(text: written)
                state.entries[index] = .kept(row: task.row, reason: reason, cells: [.verbatim(task.title), .verbatim(written)])
                state.warnings.append(AnnexPlan.Warning(row: task.row, message: ImportText.kept(reason: reason)))
            }
        }
        return AnnexPlan(
            name: name ?? title.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") } ?? sourceName,
            period: period, owners: state.owners, entries: state.entries,
            warnings: state.warnings.sorted { $0.row < $1.row }, sheet: grid.name, headerRow: header.rowNumber)
    }

    /// The row of column numbers under a header: `(1) (2) (3)…` or `1 2 3…`.
    static func isColumnNumbering(_ row: SheetRow) -> Bool {
        guard row.cells.count >= 3 else { return false }
        let texts = row.cells.map(\.text).filter { !$0.isEmpty }
        return texts.count >= 3 && texts.allSatisfy { text in
            let digits = text.trimming { "()[] ".contains($0) }
            return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
        }
    }

    // MARK: - Rows

    /// What the importer has gathered so far.
    private struct State {
        let header: AnnexHeader
        let grid: SheetGrid
        var owners: [AnnexPlan.Owner] = []
        var ownerByKey: [String: String] = [:]
        var ownerByName: [String: String] = [:]
        var entries: [AnnexPlan.Entry] = []
        var warnings: [AnnexPlan.Warning] = []
        var usedIDs = AnnexImporter.reservedIDs
        var group: String?
        var groupRow: SheetRow?
        var groupHasTask = false
        /// The numbered rows (`1`, `2`) of the current group, for their sub-rows.
        var parents: [String: Parent] = [:]
        var lastParent: Parent?
        var years: [Int] = []
        /// The units of each distinct cell text: annexes name the same units on many rows.
        var unitCache: [String: [String]] = [:]

        /// What a sub-row may take from its parent row.
        struct Parent {
            var number: String
            var title: String
            var lead: String
            var partners: String
            var due: CellValue
            var isHeading: Bool
        }

        init(header: AnnexHeader, grid: SheetGrid) {
            self.header = header
            self.grid = grid
        }

        func cell(_ row: SheetRow, _ column: AnnexColumn) -> CellValue {
            header.columns[column].map { row[$0] } ?? .empty
        }

        func text(_ row: SheetRow, _ column: AnnexColumn) -> String { cell(row, column).text }

        mutating func add(_ row: SheetRow, next: SheetRow?) {
            let numberText = text(row, .number)
            var numbering = RowNumbering.parse(numberText)
            var title = text(row, .task)
            let lead = text(row, .lead), partners = text(row, .partners), product = text(row, .product)
            let dueCell = cell(row, .due)
            let hasDetails = !lead.isEmpty || !partners.isEmpty || !dueCell.isBlank || !product.isEmpty

            // A group title written with its numeral in one cell: "II. Phát triển hạ tầng số".
            if case .none = numbering, !hasDetails {
                let candidates = [title, numberText] + row.cells.map(\.text)
                if let found = candidates.lazy.compactMap(RomanNumeral.leading).first {
                    numbering = .group(found.value)
                    title = found.rest
                }
            }
            if case .group(let value) = numbering, !title.isEmpty || !numberText.isEmpty {
                let name = title.isEmpty ? numberText : title
                startGroup("\(RomanNumeral.numeral(value)). \(oneLine(name))", row: row)
                return
            }
            guard !title.isEmpty else {
                keep(row, ImportText.noTask.message)
                return
            }
            // A heading without details and without a number (an upper-case line): a group too.
            if case .none = numbering, !hasDetails, title == title.uppercased(), title != title.lowercased() {
                startGroup(oneLine(title), row: row)
                return
            }

            var parent: Parent?
            switch numbering {
            case .subTask(let number, _):
                parent = number.flatMap { parents[$0] } ?? lastParent
            default:
                break
            }
            let hasChildren: Bool = {
                guard case .task(let number) = numbering, let next else { return false }
                switch RowNumbering.parse(text(next, .number)) {
                case .subTask(let parentNumber, _): return parentNumber == nil || parentNumber == number
                default: return false
                }
            }()
            let leadText = lead.isEmpty ? parent?.lead ?? "" : lead
            let partnersText = partners.isEmpty ? parent?.partners ?? "" : partners
            let due = dueCell.isBlank ? parent?.due ?? .empty : dueCell
            if case .task(let number) = numbering {
                let info = Parent(number: number, title: title, lead: lead, partners: partners, due: dueCell,
                                  isHeading: dueCell.isBlank && hasChildren)
                parents[number] = info
                lastParent = info
                if info.isHeading { return }
            }
            var taskGroup = group
            if let parent, parent.isHeading {
                let label = "\(parent.number). \(oneLine(parent.title))"
                taskGroup = group.map { "\($0) – \(label)" } ?? label
            }

            guard !due.isBlank else {
                keep(row, ImportText.noDeadline.message)
                return
            }
            let resolved: AnnexPlan.Due
            switch DueReading.read(due) {
            case .success(let value, let year):
                resolved = value
                if let year { years.append(year) }
            case .failure(let message):
                keep(row, message)
                return
            }

            var leadUnits = units(leadText)
            let owner = leadUnits.isEmpty ? nil : leadUnits.removeFirst()
            if !leadUnits.isEmpty {
                warnings.append(AnnexPlan.Warning(row: row.number, message: ImportText.leadUnitsMadePartners(leadUnits)))
            }
            let ownerID = owner.map { self.owner($0) }
            let partnerIDs = (leadUnits + units(partnersText)).map { self.owner($0) }
                .reduce(into: [String]()) { list, id in if id != ownerID, !list.contains(id) { list.append(id) } }

            let lines = title.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            var details = Array(lines.dropFirst())
            let notes = text(row, .notes)
            if !notes.isEmpty { details.append(ImportText.notes(text: notes).vi) }
            let number: String? = numberText.isEmpty ? nil : numberText
            groupHasTask = true
            entries.append(.task(AnnexPlan.Task(
                row: row.number, number: number, id: taskID(lines.first ?? title), title: lines.first ?? title,
                description: details.isEmpty ? nil : details.joined(separator: "\n"), group: taskGroup,
                owner: ownerID, partners: partnerIDs, due: resolved,
                product: product.isEmpty ? nil : product)))
        }

        /// A group row: the tasks after it belong to it.
        mutating func startGroup(_ name: String, row: SheetRow) {
            endGroup()
            group = name
            groupRow = row
            groupHasTask = false
            parents = [:]
            lastParent = nil
        }

        /// A group row no task followed is kept, with a warning, rather than lost.
        mutating func endGroup() {
            guard let row = groupRow, let group else { return }
            groupRow = nil
            if !groupHasTask { keep(row, ImportText.emptyGroup(name: group)) }
        }

        mutating func keep(_ row: SheetRow, _ reason: Message) {
            let names = Dictionary(header.columns.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
            let headerRow = grid.rows[header.rowIndex]
            let cells = row.cells.enumerated().compactMap { column, value -> Message? in
                guard !value.isBlank else { return nil }
                let heading: Message = headerRow[column].text.isEmpty
                    ? names[column].map { .verbatim($0.rawValue) } ?? ImportText.columnNumber(number: column + 1)
                    : .verbatim(oneLine(headerRow[column].text))
                return heading.joined(.verbatim(oneLine(value.text)), separator: ": ")
            }
            entries.append(.kept(row: row.number, reason: reason, cells: cells))
            warnings.append(AnnexPlan.Warning(row: row.number, message: ImportText.kept(reason: reason)))
        }

        mutating func units(_ cell: String) -> [String] {
            if let known = unitCache[cell] { return known }
            let units = UnitNames.split(cell)
            unitCache[cell] = units
            return units
        }

        /// The id of a unit, declared the first time it is named.
        mutating func owner(_ name: String) -> String {
            if let id = ownerByName[name] { return id }
            let key = UnitNames.key(name)
            if let id = ownerByKey[key] { return id }
            let base = UnitNames.ownerID(name)
            var id = base
            var suffix = 2
            while owners.contains(where: { $0.id == id }) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            owners.append(AnnexPlan.Owner(id: id, name: name))
            ownerByKey[key] = id
            ownerByName[name] = id
            return id
        }

        /// A unique id from a title: its slug cut at a word, `-2`, `-3` for the next ones.
        mutating func taskID(_ title: String) -> String {
            var base = Slug.make(title, limit: 48)
            if base.isEmpty { base = "nhiem-vu" }
            if let first = base.first, first.isNumber { base = "nv-" + base }
            var id = base
            var suffix = 2
            while usedIDs.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            usedIDs.insert(id)
            return id
        }

        func oneLine(_ text: String) -> String {
            text.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }.joined(separator: " ")
        }

        /// The year every dated deadline falls in, else a year the title names ("năm 2025").
        func inferredPeriod(title: [String]) -> String? {
            if let first = years.first, years.allSatisfy({ $0 == first }) { return String(first) }
            let words = title.flatMap { VietnameseFolding.fold($0).split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
            for (index, word) in words.enumerated() where word == "nam" && index + 1 < words.count {
                if let year = Int(words[index + 1]), (2000...2100).contains(year) { return String(year) }
            }
            return nil
        }
    }
}
