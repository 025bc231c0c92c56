import WFCalendar
import WFDiagnostics
import WFExpressions
import WFYAML

/// Collects diagnostics while the decoder reads the node tree.
final class DecodeContext {
    var diagnostics: [Diagnostic] = []

    func error(_ rule: Rule, _ message: Message, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(rule, message, at: range, notes: notes))
    }

    func warning(_ rule: Rule, _ message: Message, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.warning(rule, message, at: range, notes: notes))
    }

    // MARK: - Mappings

    /// Reads a mapping's pairs after checking its keys: unknown keys and missing required
    /// keys are reported here. Returns nil (after reporting) when `node` is not a mapping.
    func mapping(
        _ node: Node, _ what: @autoclosure () -> Message, keys: [String], required: [String] = [], ignorePrefix: String? = nil
    ) -> Fields? {
        guard let pairs = node.pairs else {
            typeMismatch(node, expected: .expectMapping, what: what())
            return nil
        }
        // By index, reading only the keys: `for pair in pairs` would copy every value too.
        for index in pairs.indices {
            let keyNode = pairs[index].key
            guard let key = keyNode.scalar?.text, !keyNode.isNull else {
                error(.typeMismatch, DecodeText.keysMustBeNames(subject: what()), at: keyNode.range)
                continue
            }
            if let ignorePrefix, key.hasPrefix(ignorePrefix) { continue }
            if !keys.contains(where: { sameKey($0, key) }) {
                error(.unknownKey, DecodeText.unknownKey(key: key, subject: what()), at: keyNode.range,
                      notes: [Diagnostic.Note.didYouMean(closestMatch(to: key, among: keys))].compactMap { $0 })
            }
        }
        let fields = Fields(node: node)
        let missing = required.filter { fields[$0] == nil }
        if !missing.isEmpty {
            error(.missingKey, DecodeText.missing(missing, of: what()), at: headRange(node))
        }
        return fields
    }

    /// The range of a mapping's first line, so a missing-key error does not underline a whole block.
    func headRange(_ node: Node) -> SourceRange {
        if let first = node.pairs?.first {
            return SourceRange(start: first.key.range.start, end: first.value.range.start.line == first.key.range.start.line
                               ? first.value.range.end : first.key.range.end)
        }
        return SourceRange(start: node.range.start, end: SourcePosition(line: node.range.start.line, column: node.range.start.column + 1))
    }

    // MARK: - Scalars

    func typeMismatch(_ node: Node, expected: DecodeText, what: Message) {
        error(.typeMismatch, typeMismatchMessage(node, expected: expected, subject: what), at: node.range)
    }

    func string(_ node: Node?, _ what: @autoclosure () -> Message) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !scalar.isNull else {
            typeMismatch(node, expected: .expectString, what: what())
            return nil
        }
        return scalar.text
    }

    func locatedString(_ node: Node?, _ what: @autoclosure () -> Message) -> Located<String>? {
        guard let node, let text = string(node, what()) else { return nil }
        return Located(text, at: node.range)
    }

    func bool(_ node: Node?, _ what: @autoclosure () -> Message) -> Bool? {
        guard let node else { return nil }
        if let value = ScalarResolver.bool(node) { return value }
        if let text = node.scalar?.text, ["yes", "no", "on", "off", "True", "False", "y", "n"].contains(text) {
            error(.typeMismatch, DecodeText.yesNoIsText(subject: what(), text: text), at: node.range)
        } else {
            typeMismatch(node, expected: .expectBool, what: what())
        }
        return nil
    }

    func integer(_ node: Node?, _ what: @autoclosure () -> Message) -> Int? {
        guard let node else { return nil }
        if let value = ScalarResolver.integer(node) { return value }
        typeMismatch(node, expected: .expectWholeNumber, what: what())
        return nil
    }

    func number(_ node: Node?, _ what: @autoclosure () -> Message) -> Double? {
        guard let node else { return nil }
        if let value = ScalarResolver.number(node) { return value }
        typeMismatch(node, expected: .expectNumber, what: what())
        return nil
    }

    func percentage(_ node: Node?, _ what: @autoclosure () -> Message) -> Double? {
        guard let node else { return nil }
        guard node.scalar != nil, !node.isNull else {
            typeMismatch(node, expected: .expectPercentage, what: what())
            return nil
        }
        guard let value = ScalarResolver.percentage(node) else {
            error(.invalidValue, DecodeText.notAPercentage(subject: what(), text: node.scalar?.text ?? ""), at: node.range)
            return nil
        }
        if value < 0 || value > 10 {
            error(.invalidValue, DecodeText.percentageOutOfRange(subject: what(), text: node.scalar?.text ?? ""), at: node.range)
        }
        return value
    }

    func date(_ node: Node?, _ what: @autoclosure () -> Message) -> Located<PlanDateTime>? {
        guard let node, let text = string(node, what()) else { return nil }
        guard let value = PlanDateTime.parse(text) else {
            error(.invalidDate, Self.invalidDate(text, what()), at: node.range, notes: Self.dateNotes(text))
            return nil
        }
        return Located(value, at: node.range)
    }

    func duration(_ node: Node?, _ what: @autoclosure () -> Message) -> Located<PlanDuration>? {
        guard let node, let text = string(node, what()) else { return nil }
        guard let value = PlanDuration.parse(text) else {
            error(.invalidDuration, DecodeText.invalidDuration(subject: what(), text: text), at: node.range, notes: [Diagnostic.Note.didYouMean(DateAdvice.duration(text))].compactMap { $0 })
            return nil
        }
        return Located(value, at: node.range)
    }

    /// A list of strings; a single scalar counts as a list of one.
    func stringList(_ node: Node?, _ what: @autoclosure () -> Message) -> [Located<String>] {
        guard let node else { return [] }
        if node.scalar != nil {
            if node.isNull { return [] }
            return locatedString(node, what()).map { [$0] } ?? []
        }
        guard let items = node.items else {
            typeMismatch(node, expected: .expectList, what: what())
            return []
        }
        return items.compactMap { locatedString($0, SubjectText.entryOf(subject: what())) }
    }

    /// A list of nodes; a single node counts as a list of one.
    func list(_ node: Node?, _ what: @autoclosure () -> Message) -> [Node] {
        guard let node else { return [] }
        if node.isNull { return [] }
        guard let items = node.items else {
            typeMismatch(node, expected: .expectList, what: what())
            return []
        }
        return items
    }
}

/// A checked mapping's known fields: a view of its pairs, searched by key.
///
/// A handful of keys per mapping: a linear search beats building a dictionary, and the
/// pairs are shared with the tree, not copied.
struct Fields {
    let node: Node
    private let pairs: [Node.Pair]

    init(node: Node) {
        self.node = node
        self.pairs = node.pairs ?? []
    }

    subscript(key: String) -> Node? { index(of: key).map { pairs[$0].value } }

    func keyRange(_ key: String) -> SourceRange? { index(of: key).map { pairs[$0].key.range } }

    private func index(of key: String) -> Int? {
        pairs.indices.first { pairs[$0].key.scalar.map { sameKey($0.text, key) } ?? false }
    }
}

/// String equality with a length check first: most keys compared differ in length, and
/// `==` on different strings takes the slow path.
@inline(__always)
func sameKey(_ a: String, _ b: String) -> Bool {
    a.utf8.count == b.utf8.count && a == b
}

extension DecodeContext {
    /// `the due date of goal 'a' '31/04/2024' is not a valid date: April 2024 has 30 days`, or the
    /// general form when the mistake is not one wf recognises.
    static func invalidDate(_ text: String, _ what: Message) -> Message {
        if let advice = DateAdvice.date(text) {
            return DecodeText.invalidDateBecause(subject: what, text: text, reason: asMessage(advice.reason))
        }
        return DecodeText.invalidDate(subject: what, text: text)
    }

    /// A did-you-mean for a date whose fix is clear (`04/26/2024` → `26/04/2024`).
    static func dateNotes(_ text: String) -> [Diagnostic.Note] {
        [Diagnostic.Note.didYouMean(DateAdvice.date(text)?.suggestion)].compactMap { $0 }
    }
}
