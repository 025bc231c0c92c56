import WFCalendar
import WFDiagnostics
import WFYAML

/// `done: [2025-01, 2025-Q2]`: the finished occurrences of a recurring item, kept in order.
extension MappingEditor {
    /// Adds `period` to the `done:` list in date order (creating the list, or turning
    /// `done: false` into one); nil when it is there already.
    func add(_ period: Period) throws(ItemEditError) -> Splice? {
        guard let pair = ownPair("done") else {
            if inherited("done") != nil { throw .merged("done", id) }
            return try insert("done", "[\(period.label)]")
        }
        guard isWrittenAt(pair) else { throw .aliasValue("done", id) }
        switch pair.value.content {
        case .scalar(let scalar):
            if scalar == Scalar("true") { throw .doneForGood(id) }
            guard scalar.isNull || scalar == Scalar("false") else { throw .notAList(id) }
            return try replace(pair.value, with: "[\(period.label)]")
        case .mapping:
            throw .notAList(id)
        case .sequence(let items):
            let periods = try listed(items)
            if periods.contains(period) { return nil }
            // Before the first later period: the list stays sorted if it was.
            let index = periods.firstIndex { ($0.start, $0.end) > (period.start, period.end) } ?? items.count
            if try isFlow(pair.value) {
                guard let last = items.last else { return try replace(pair.value, with: "[\(period.label)]") }
                if index < items.count {
                    let at = try offset(items[index].range.start)
                    return Splice(range: at..<at, replacement: Array("\(period.label), ".utf8), line: items[index].range.start.line)
                }
                let at = try offset(last.range.end)
                return Splice(range: at..<at, replacement: Array(", \(period.label)".utf8), line: last.range.end.line)
            }
            let neighbour = items[min(index, items.count - 1)]
            let prefix = try entryPrefix(neighbour)
            if index < items.count {
                let line = neighbour.range.start.line
                let at = offsets.lineStarts[line - 1]
                let lineBreak = offsets.lineBreak(endingLine: line) ?? offsets.dominantLineBreak
                return Splice(range: at..<at, replacement: Array((prefix + period.label).utf8) + lineBreak, line: line)
            }
            return newLine(prefix + period.label, afterLine: neighbour.range.end.line)
        }
    }

    /// Takes `period` out of the `done:` list; nil when it is not there (or `done:` is
    /// false or missing). The last period out leaves `done: []`.
    func remove(_ period: Period) throws(ItemEditError) -> Splice? {
        guard let pair = ownPair("done") else {
            if inherited("done") != nil { throw .merged("done", id) }
            return nil
        }
        guard isWrittenAt(pair) else { throw .aliasValue("done", id) }
        switch pair.value.content {
        case .scalar(let scalar):
            if scalar == Scalar("true") { throw .undoneForGood(id) }
            guard scalar.isNull || scalar == Scalar("false") else { throw .notAList(id) }
            return nil
        case .mapping:
            throw .notAList(id)
        case .sequence(let items):
            guard let index = try listed(items).firstIndex(of: period) else { return nil }
            let line = items[index].range.start.line
            if try isFlow(pair.value) {
                if items.count == 1 { return try replace(pair.value, with: "[]") }
                let range = index + 1 < items.count
                    ? try offset(items[index].range.start)..<offset(items[index + 1].range.start)
                    : try offset(items[index - 1].range.end)..<offset(items[index].range.end)
                return Splice(range: range, replacement: [], line: line)
            }
            _ = try entryPrefix(items[index])
            if items.count == 1 {
                // `done:` + `- 2025-01` on the next line becomes `done: []`.
                let range = try offset(pair.key.range.end)..<offset(items[0].range.end)
                return Splice(range: range, replacement: Array(": []".utf8), line: pair.key.range.start.line)
            }
            let start = offsets.lineStarts[line - 1]
            if let next = offsets.startOfLine(after: line) {
                return Splice(range: start..<next, replacement: [], line: line)
            }
            // The last line, without a line break: take the break before it instead.
            let previousBreak = offsets.lineBreak(endingLine: line - 1)?.count ?? 0
            return Splice(range: (start - previousBreak)..<bytes.count, replacement: [], line: line)
        }
    }

    /// The periods of a `done:` list; every entry must be one.
    private func listed(_ items: [Node]) throws(ItemEditError) -> [Period] {
        var periods: [Period] = []
        for item in items {
            guard let text = item.scalar?.text, let period = ItemEdit.period(text) else { throw .notAList(id) }
            periods.append(period)
        }
        return periods
    }

    /// What comes before an entry of a block list on its line (`    - `): only spaces, one
    /// '-' and spaces, and the entry alone on its line.
    private func entryPrefix(_ entry: Node) throws(ItemEditError) -> String {
        let line = entry.range.start.line
        let start = try offset(entry.range.start)
        let prefix = bytes[offsets.lineStarts[line - 1]..<start]
        let trimmed = prefix.drop { $0 == UInt8(ascii: " ") }
        guard entry.range.end.line == line, trimmed.first == UInt8(ascii: "-"),
              trimmed.dropFirst().allSatisfy({ $0 == UInt8(ascii: " ") }), trimmed.count >= 2 else {
            throw .listLayout(id)
        }
        return String(decoding: prefix, as: UTF8.self)
    }
}
