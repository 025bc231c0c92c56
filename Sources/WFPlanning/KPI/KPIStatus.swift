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
        guard let target = kpi.target.flatMap(KPI.Target.parse), let actual = kpi.actual.flatMap(KPI.number) else {
            return .unknown
        }
        return target.isMet(by: actual) ? .met : .notMet
    }
}
