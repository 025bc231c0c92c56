import WFCalendar

/// Writes synthetic plans: layered goal dependencies plus events, checkpoints and steps.
enum PlanGenerator {
    static func plan(goals count: Int) -> String {
        let start = CivilDate(year: 2023, month: 1, day: 2) ?? CivilDate(dayNumber: 19359)
        let layer = 100
        let layers = max(1, (count + layer - 1) / layer)
        var out = """
            wf: 1
            name: Kế hoạch tổng hợp \(count) nhiệm vụ
            period: { start: 2023-01-01, end: 2030-12-31 }
            vars:
              department: Sở Thông tin và Truyền thông
            owners:

            """
        for owner in 0..<10 {
            out += "  don-vi-\(owner):\n    name: Phòng nghiệp vụ số \(owner)\n    notify: [console, file:out/outbox-\(owner).jsonl]\n"
        }
        out += "goals:\n"
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        for index in 0..<count {
            let level = index / layer
            let due = start.adding(days: level * 2000 / layers + 1)
            out += "  - id: nhiem-vu-\(index)\n"
            out += "    title: \"Nhiệm vụ số \(index): triển khai chuyển đổi số, cấp \(level)\"\n"
            out += "    owner: don-vi-\(index % 10)\n"
            out += "    due: \(index % 2 == 0 ? due.iso : due.vietnamese)\n"
            if level > 0 {
                let a = (level - 1) * layer + random(layer)
                let b = (level - 1) * layer + random(layer)
                out += "    after: [nhiem-vu-\(a)\(a != b ? ", nhiem-vu-\(b)" : "")]\n"
            }
            if index % 3 == 0 { out += "    progress: \(index % 100)%\n" }
        }
        out += "events:\n"
        for index in 0..<max(1, count / 100) {
            let date = start.adding(days: 30 + (index * 2000) / max(1, count / 100))
            out += "  - id: su-kien-\(index)\n    title: Hội nghị chuyển đổi số \(index)\n    date: \(date.iso)\n"
            out += "    owner: don-vi-\(index % 10)\n    remind: [14d, 3wd, 1d]\n    prepare:\n"
            out += "      - id: chuan-bi-\(index)-a\n        title: Chuẩn bị tài liệu\n        due: -10wd\n"
            out += "      - id: chuan-bi-\(index)-b\n        title: Gửi giấy mời\n        due: -5wd\n        after: [chuan-bi-\(index)-a]\n"
        }
        out += "checkpoints:\n"
        for index in 0..<max(1, count / 100) {
            let date = start.adding(days: 60 + (index * 2000) / max(1, count / 100))
            out += "  - id: giai-ngan-\(index)\n    title: Rà soát giải ngân đợt \(index)\n    date: \(date.iso)\n"
            out += "    budget: { allocated: 1_200_000_000, spent: 850_000_000 }\n    expect: 80%\n"
        }
        out += "steps:\n"
        for index in 0..<max(1, count / 1000) {
            out += "  - id: kiem-tra-\(index)\n    uses: deadline\n    with: { warn: 5wd }\n"
            out += "  - id: thong-bao-\(index)\n    uses: notify\n    needs: [kiem-tra-\(index)]\n"
            out += "    if: ${{ steps.kiem-tra-\(index).outputs.overdue > 0 }}\n"
            out += "    with:\n      to: [owner:don-vi-\(index % 10)]\n"
            out += "      subject: \"Có ${{ steps.kiem-tra-\(index).outputs.overdue }} nhiệm vụ quá hạn\"\n"
        }
        return out
    }
}
