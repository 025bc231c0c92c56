import Foundation

// MARK: - Today

extension CivilDate {
    /// Today's date at a fixed offset from UTC (25200 seconds for Asia/Ho_Chi_Minh).
    public static func today(utcOffsetSeconds: Int) -> CivilDate {
        let now = Int(Date().timeIntervalSince1970.rounded(.down))
        return CivilDate(dayNumber: ASCII.floorDiv(now + utcOffsetSeconds, 86_400))
    }

    /// Today's date in an IANA time zone such as `Asia/Ho_Chi_Minh`, or nil for an unknown zone.
    public static func today(timeZone identifier: String) -> CivilDate? {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        return today(utcOffsetSeconds: zone.secondsFromGMT(for: Date()))
    }
}
