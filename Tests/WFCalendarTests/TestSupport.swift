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

/// A small deterministic pseudo-random generator, so property tests are reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
