// MARK: - Working-day arithmetic

extension WorkingCalendar {
    /// Working days in `(a, b]`; negative (working days in `(b, a]`) when b < a; 0 when equal.
    public func workingDays(from a: CivilDate, to b: CivilDate) -> Int {
        let x = a.dayNumber, y = b.dayNumber
        return x <= y ? count(after: x, through: y) : -count(after: y, through: x)
    }

    /// The date `n` working days after `date` (before it when `n` is negative); `date` itself is not
    /// counted, so the result is always a working day. `n == 0` gives `date`.
    ///
    /// For n > 0 it is the n-th working day after `date`, so `workingDays(from: date, to: result) == n`;
    /// for n < 0 there are |n| working days in `[result, date)`.
    public func adding(workingDays n: Int, to date: CivilDate) -> CivilDate {
        guard n != 0 else { return date }
        let origin = date.dayNumber
        let target = n.magnitude > UInt(PlanDuration.maxAmount * 10) ? PlanDuration.maxAmount * 10 : Int(n.magnitude)
        // Working days between the origin and `day`, on the side `n` points to.
        func reached(_ day: Int) -> Int {
            n > 0 ? count(after: origin, through: day) : count(after: day - 1, through: origin - 1)
        }
        let step = n > 0 ? 1 : -1
        // Coarse: jump by the missing working days (7 calendar days for 5 working days) until close.
        var day = origin + step * max(1, target * 7 / 5)
        var have = reached(day)
        var jumps = 0
        while abs(target - have) > 8 && jumps < 64 {
            let missing = (target - have) * 7 / 5
            day += step * (missing != 0 ? missing : (target > have ? 1 : -1))
            if (day - origin) * step < 1 { day = origin + step }
            have = reached(day)
            jumps += 1
        }
        // Fine: walk to the target-th working day.
        while have < target {
            day += step
            if isWorking(dayNumber: day) { have += 1 }
        }
        while have > target || !isWorking(dayNumber: day) {
            if isWorking(dayNumber: day) { have -= 1 }
            day -= step
        }
        return CivilDate(dayNumber: day)
    }

    /// `date` moved by a plan duration: calendar days for `d` and `w`, working days for `wd`,
    /// and whole days for `h`, `m`, `s` (the floor of seconds / 86 400, so `-4h` is the day before).
    public func offset(_ date: CivilDate, by duration: PlanDuration) -> CivilDate {
        switch duration.unit {
        case .workingDays:
            return adding(workingDays: duration.amount, to: date)
        case .days, .weeks, .hours, .minutes, .seconds:
            let seconds = duration.amount * (duration.unit.seconds ?? 86_400)
            return date.adding(days: ASCII.floorDiv(seconds, 86_400))
        }
    }

    /// Working days in `(a, b]` by day number, `a <= b`.
    func count(after a: Int, through b: Int) -> Int {
        guard b > a else { return 0 }
        var total = rules?.countWorking(after: a, through: b) ?? (b - a)
        total -= Sorted.count(extraOff, after: a, through: b)
        total += Sorted.count(extraWork, after: a, through: b)
        return total
    }
}
