import NotifyPeers
@testable import WFCalendar

/// A date from an ISO literal the test knows to be valid (crashes the test otherwise).
func day(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

/// Every date from `first` through `last`.
func days(_ first: String, _ last: String) -> [CivilDate] {
    (day(first).dayNumber...day(last).dayNumber).map(CivilDate.init(dayNumber:))
}

/// The seeded generator of the property tests.
typealias SplitMix = SplitMix64
