import Foundation

/// A plugin's inputs after expressions, typed by its declaration.
public struct Inputs: Sendable {
    public var values: [String: ExpressionValue]

    public init(_ values: [String: ExpressionValue] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> ExpressionValue? {
        guard let value = values[name], value != .null else { return nil }
        return value
    }

    public func string(_ name: String) -> String? {
        self[name].map { $0.description }
    }

    public func bool(_ name: String) -> Bool? {
        guard let value = self[name] else { return nil }
        if case .bool(let b) = value { return b }
        if case .string(let s) = value { return s == "true" ? true : s == "false" ? false : nil }
        return nil
    }

    public func number(_ name: String) -> Double? {
        guard let value = self[name] else { return nil }
        switch value {
        case .number(let n): return n
        case .string(let s): return Double(s.replacing("_", with: ""))
        default: return nil
        }
    }

    public func int(_ name: String) -> Int? {
        number(name).flatMap { $0.rounded() == $0 ? Int(exactly: $0) : nil }
    }

    public func duration(_ name: String) -> PlanDuration? {
        string(name).flatMap(PlanDuration.parse)
    }

    public func date(_ name: String) -> CivilDate? {
        string(name).flatMap(PlanDateTime.parse)?.date
    }

    /// A percentage input: "80%" → 0.8; a bare number is taken as a fraction when ≤ 1, else as percent.
    public func percentage(_ name: String) -> Double? {
        guard let value = self[name] else { return nil }
        if case .number(let n) = value { return n <= 1 ? n : n / 100 }
        let text = value.description
        if text.hasSuffix("%") { return Double(text.dropLast().trimmingCharacters(in: .whitespaces)).map { $0 / 100 } }
        return Double(text)
    }

    /// A list of strings; a single string counts as a list of one.
    public func strings(_ name: String) -> [String] {
        guard let value = self[name] else { return [] }
        if case .array(let items) = value { return items.filter { $0 != .null }.map(\.description) }
        return [value.description]
    }
}
