import Foundation

/// Ho Ngoc Duc's astronomical algorithms for the Vietnamese lunar calendar
/// ("Âm lịch Việt Nam", https://www.informatik.uni-leipzig.de/~duc/amlich/), at UTC+7.
///
/// Day values are Julian day numbers. New moons and solar terms follow Jean Meeus,
/// "Astronomical Algorithms" (1998), as in Ho Ngoc Duc's reference code, whose results
/// these functions reproduce exactly.
enum LunarAstronomy {
    /// Hours east of UTC: Vietnam's calendar is computed for UTC+7 (since 1968).
    static let timeZone = 7.0
    /// The Julian day number of 1970-01-01.
    static let julianDayOfEpoch = 2_440_588
    /// The mean synodic month in days.
    static let synodicMonth = 29.530588853

    /// The local day (Julian day number) of the `k`-th new moon after the one of 1900-01-01.
    static func newMoonDay(_ k: Int) -> Int {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t, t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3  // sun's mean anomaly
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3  // moon's mean anomaly
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3  // moon's argument of latitude
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
        c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        let deltaT: Double
        if t < -11 {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2
        }
        let jdNew = jd1 + c1 - deltaT
        return Int((jdNew + 0.5 + timeZone / 24).rounded(.down))
    }

    /// The sun's longitude at local midnight starting day `jdn`, as a sector 0…11 of 30°
    /// (sector 9 starts at the winter solstice, 270°).
    static func sunLongitudeSector(_ jdn: Int) -> Int {
        let t = (Double(jdn) - 2_451_545.5 - timeZone / 24) / 36_525
        let t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35_999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36_000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        var l = (l0 + dl) * dr
        l -= Double.pi * 2 * (l / (Double.pi * 2)).rounded(.down)
        return Int((l / Double.pi * 6).rounded(.down))
    }

    /// The first day of the 11th lunar month (the one holding the winter solstice) of `year`.
    static func lunarMonth11(_ year: Int) -> Int {
        let offset = Double(julianDay(year: year, month: 12, day: 31) - 2_415_021)
        let k = Int((offset / synodicMonth).rounded(.down))
        let newMoon = newMoonDay(k)
        return sunLongitudeSector(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon
    }

    /// The index `k` of the new moon that starts day `jdn` (rounded to the nearest lunation).
    static func lunationIndex(startingOn jdn: Int) -> Int {
        Int(((Double(jdn) - 2_415_021.076998695) / synodicMonth + 0.5).rounded(.down))
    }

    /// In a 13-month year starting at month 11 on day `a11`, how many months after it the
    /// leap month comes: the first month holding no major solar term.
    static func leapMonthOffset(_ a11: Int) -> Int {
        let k = lunationIndex(startingOn: a11)
        var i = 1
        var arc = sunLongitudeSector(newMoonDay(k + i))
        var last = 0
        repeat {
            last = arc
            i += 1
            arc = sunLongitudeSector(newMoonDay(k + i))
        } while arc != last && i < 14
        return i - 1
    }

    /// The Julian day number of a Gregorian date.
    static func julianDay(year: Int, month: Int, day: Int) -> Int {
        CivilDate(checkedYear: year, month: month, day: day).dayNumber + julianDayOfEpoch
    }
}
