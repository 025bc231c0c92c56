import Foundation
public import WFCore

/// Whether a KPI reached its target.
public enum KPIJudgement: String, Sendable, CaseIterable {
    case met
    case notMet = "not-met"
    /// The target or the actual value is missing or not a number.
    case unknown
}

/// A goal's KPI judged against its target as of the snapshot.
///
/// A target is a number with an optional comparison before it (`>= 80%`, `<= 10`, `< 5`,
/// `= 100`, `≥ 90`); a bare number means "at least". Numbers may use `,` for decimals and end in `%`.
public struct KPIStatus: Sendable, Hashable {
    /// The goal's id.
    public var goal: String
    public var kpi: KPI
    public var judgement: KPIJudgement

    public init(goal: String, kpi: KPI) {
        self.goal = goal
        self.kpi = kpi
        self.judgement = Self.judge(kpi)
    }

    /// The judgement of `kpi`.
    public static func judge(_ kpi: KPI) -> KPIJudgement {
        guard let target = kpi.target, let actualText = kpi.actual, let actual = number(actualText) else { return .unknown }
        var text = Substring(target.trimmingCharacters(in: .whitespaces))
        var comparison = ">="
        for op in [">=", "<=", "≥", "≤", ">", "<", "="] where text.hasPrefix(op) {
            comparison = op
            text = text.dropFirst(op.count)
            break
        }
        guard let goal = number(String(text)) else { return .unknown }
        let met: Bool
        switch comparison {
        case ">=", "≥": met = actual >= goal
        case "<=", "≤": met = actual <= goal
        case ">": met = actual > goal
        case "<": met = actual < goal
        default: met = actual == goal
        }
        return met ? .met : .notMet
    }

    /// `12`, `12,5`, `80%` (as 80), `1.200` (as 1200 when a dot groups thousands).
    static func number(_ text: String) -> Double? {
        var plain = text.trimmingCharacters(in: .whitespaces)
        if plain.hasSuffix("%") { plain.removeLast() }
        plain = plain.trimmingCharacters(in: .whitespaces)
        if plain.contains(",") { plain = plain.replacing(".", with: "").replacing(",", with: ".") }
        return Double(plain)
    }
}
