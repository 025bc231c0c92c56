import Foundation
import WFCalendar

/// Writes synthetic plans that use every key of the format (docs/format.md, FormatSpec) and
/// every built-in plugin, scaled with the number of goals: per 10 goals one event with
/// prepare items (a relative and an absolute due) and reminders, one budget checkpoint
/// (inline or from a CSV file) and two `run:` steps; plus a fixed set of deadline, budget,
/// report (.md, .html, .docx) and notify (console:, file:, eml:) steps. No network.
enum PlanGenerator {
    /// The date `wf plan` and `wf run` are measured as of: some goals are done, some overdue, some ahead.
    static let asOf = "2024-06-14"
    /// The owners (units) of the plan.
    static let owners = 10
    /// The budget CSV files that checkpoints name, relative to the plan.
    static let budgetFiles = (0..<4).map { "data/du-toan-\($0).csv" }

    /// Steps that do not scale with the plan: deadline ×2, budget ×2, report ×3, notify ×2.
    static let fixedSteps = 9

    /// The graph's nodes for `count` goals: per 10 goals an event, two prepare items, a checkpoint and two steps.
    static func nodeCount(goals count: Int) -> Int { count + max(1, count / 10) * 6 + fixedSteps }

    static func plan(goals count: Int) -> String {
        let start = CivilDate(year: 2023, month: 1, day: 2) ?? CivilDate(dayNumber: 19359)
        let layer = 100
        let layers = max(1, (count + layer - 1) / layer)
        /// The due date of the goals of one layer: each layer after the one it depends on, on a
        /// working day (a date written on a day off is a non-working-day warning).
        func layerDue(_ level: Int) -> CivilDate { working(start.adding(days: level * 2000 / layers + 1)) }
        func working(_ date: CivilDate) -> CivilDate { WorkingCalendar.vn.lastWorkingDay(onOrBefore: date) }
        let romans = ["I", "II", "III", "IV"]
        var out = """
            # Kế hoạch tổng hợp sinh tự động cho wf-bench: mọi khóa của định dạng v1.
            wf: 1
            name: Kế hoạch tổng hợp \(count) nhiệm vụ – Sở Thông tin và Truyền thông
            description: >-
              Kế hoạch tổng hợp dùng để đo tốc độ: nhiệm vụ trọng tâm, sự kiện chuyển đổi số,
              các mốc rà soát giải ngân và các bước kiểm tra, báo cáo, thông báo.
            period: { start: 2023-01-01, end: 2030-12-31 }
            timezone: Asia/Ho_Chi_Minh
            calendar: vn
            warn: 5wd
            lang: vi
            vars:
              department: Sở Thông tin và Truyền thông tỉnh Bắc Ninh
              parent_agency: UBND tỉnh Bắc Ninh
              place: Bắc Ninh
              director: Nguyễn Trung Hiền
              so_bao_cao: 125/BC-STTTT
              gui_ban_nhap: true
            secrets: [WF_BENCH_TOKEN]

            x-kenh-phong: &kenh-phong
              - "console:"
              - file:out/outbox.jsonl
            x-kenh-thu: &kenh-thu [eml:out/eml]
            x-su-kien: &su-kien
              remind: [14d, 3wd, 1d]
              location: Trung tâm Hội nghị tỉnh
            x-ghi-chu: &ghi-chu Nhiệm vụ theo kết luận giao ban quản lý nhà nước

            owners:
              lanh-dao:
                name: Ban Giám đốc Sở
                head: Nguyễn Trung Hiền
                notify: *kenh-thu
              cac-phong:
                name: Các phòng nghiệp vụ
                members: [don-vi-0, don-vi-1, don-vi-2]

            """
        for owner in 0..<owners {
            out += "  don-vi-\(owner):\n    name: Phòng nghiệp vụ số \(owner)\n    head: Trưởng phòng \(owner)\n"
            out += owner % 2 == 0 ? "    notify: *kenh-phong\n" : "    notify: [file:out/outbox-\(owner).jsonl, eml:out/eml]\n"
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
            let due = layerDue(level)
            out += "  - id: nhiem-vu-\(index)\n"
            out += "    title: \"Nhiệm vụ số \(index): triển khai chuyển đổi số, cấp \(level)\"\n"
            out += "    owner: \(index % 50 == 11 ? "cac-phong" : "don-vi-\(index % owners)")\n"
            if index % 4 == 1 { out += "    partners: [don-vi-\((index + 1) % owners)\(index % 50 == 11 ? "" : ", cac-phong")]\n" }
            // Every form of a deadline: ISO and Vietnamese dates, phrases, continuous and recurring work.
            switch index % 100 {
            case 6, 56: out += "    due: Quý \(romans[(due.month - 1) / 3])/\(due.year)\n"
            case 16: out += "    due: Tháng \(due.month)/\(due.year)\n"
            case 26: out += "    due: Trước \(due.adding(days: 1).vietnamese)\n"
            case 36: out += "    due: Chậm nhất \(due.vietnamese)\n"
            case 46: out += "    due: Thường xuyên\n"
            case 66: out += "    every: quarter\n    due: trước ngày 20\n    done: [2023-Q1, 2023-Q2]\n"
            case 76: out += "    every: month\n    due: 25\n    done: [2023-01]\n"
            default: out += "    due: \(index % 2 == 0 ? due.iso : due.vietnamese)\n"
            }
            if index % 10 == 2 { out += "    start: \(due.adding(days: -20).iso)\n" }
            if level > 0 {
                // Nothing comes after a task due at the end of a span, continuous or recurring
                // work: its date is later than its layer's, which would be a schedule conflict.
                func predecessor() -> Int {
                    let candidate = (level - 1) * layer + random(layer)
                    return [6, 16, 46, 56, 66, 76].contains(candidate % 100) ? candidate + 1 : candidate
                }
                let a = predecessor()
                let b = predecessor()
                out += "    after: [nhiem-vu-\(a)\(a != b ? ", nhiem-vu-\(b)" : "")]\n"
            }
            // Block k's shell steps run only for goal 10k+(k%10) when it is overdue and owned by don-vi-0.
            if index % 100 == 66 || index % 100 == 76 {
                // A recurring task's done list is written above.
            } else if index % 10 == 9 { out += "    done: true\n" } else if index % 3 == 0 { out += "    progress: \(index % 100)%\n" }
            if index % 10 == 5 { out += "    kpi: { metric: Xếp hạng chỉ số DTI, target: \"<= 10\", actual: \(index % 20), unit: hạng }\n" }
            if index % 10 == 7 { out += "    description: *ghi-chu\n" }
            if index % 20 == 3 { out += "    description: \"Phối hợp với ${{ owners.don-vi-\(index % owners).name }}\"\n" }
            if index % 10 == 4 { out += "    warn: \(index % 20 == 4 ? "10wd" : "7d")\n" }
        }
        let blocks = max(1, count / 10)
        out += "events:\n"
        for block in 0..<blocks {
            let level = (block * 10) / layer
            let date = working(layerDue(level).adding(days: 30))
            out += "  - <<: *su-kien\n    id: su-kien-\(block)\n    title: Hội nghị chuyển đổi số \(block)\n"
            out += "    date: \(block % 2 == 0 ? date.iso + "T08:00" : date.vietnamese)\n"
            if block % 3 == 1 { out += "    end: \(date.adding(days: 2).iso)\n" }
            out += "    owner: don-vi-\(block % owners)\n"
            if block % 4 == 2 { out += "    partners: [don-vi-\((block + 3) % owners)]\n" }
            if block % 2 == 1 { out += "    remind: [7d, 2wd]\n" }
            out += "    after: [nhiem-vu-\(block * 10)]\n"
            out += "    description: \"Hội nghị của ${{ vars.department }} về nhiệm vụ ${{ goals.nhiem-vu-\(block * 10).title }}\"\n"
            out += "    prepare:\n"
            out += "      - id: chuan-bi-\(block)-a\n        title: Chuẩn bị tài liệu hội nghị \(block)\n        due: -10wd\n"
            out += "        owner: don-vi-\((block + 1) % owners)\n        progress: \(block % 100)%\n"
            out += "        description: Tài liệu, báo cáo tham luận\n        warn: 3wd\n"
            out += "      - id: chuan-bi-\(block)-b\n        title: Gửi giấy mời hội nghị \(block)\n"
            out += "        due: \(working(date.adding(days: -3)).iso)\n        after: [chuan-bi-\(block)-a]\n"
            if block % 5 == 1 { out += "        partners: [cac-phong]\n" }
            if block % 3 == 0 { out += "        done: true\n" }
        }
        out += "checkpoints:\n"
        for block in 0..<blocks {
            let level = (block * 10) / layer
            let date = working(layerDue(level).adding(days: 60))
            out += "  - id: giai-ngan-\(block)\n    title: Rà soát giải ngân đợt \(block)\n"
            out += block % 7 == 3 ? "    date: Tháng \(date.month)/\(date.year)\n" : "    date: \(date.iso)\n"
            out += "    owner: don-vi-\(block % owners)\n    after: [su-kien-\(block)]\n"
            if block % 6 == 5 { out += "    partners: [lanh-dao]\n" }
            if block % 2 == 0 {
                // Inline budgets are snapshots of one of a few named budgets.
                out += "    budget: { name: Dự toán \(block % 6), allocated: 1_200_000_000, spent: \(850_000_000 + block % 7 * 50_000_000), currency: VND }\n"
            } else {
                out += "    budget: { file: \(budgetFiles[block % budgetFiles.count]) }\n"
            }
            out += "    expect: \(60 + block % 4 * 10)%\n"
            if block % 5 == 0 { out += "    description: Đối chiếu với dự toán được giao\n" }
        }
        out += """
            steps:
              - id: kiem-tra-han
                name: Kiểm tra hạn các nhiệm vụ của Sở
                uses: deadline
                with: { fail_on: never }
              - id: kiem-tra-han-don-vi-0
                uses: deadline
                continue-on-error: true
                with: { owner: don-vi-0, fail_on: never }
              - id: kiem-tra-ngan-sach
                uses: budget
                needs: [kiem-tra-han]
                with: { expect: 70% }
              - id: du-toan-tong
                uses: budget
                with: { file: \(budgetFiles[0]), expect: 50% }

            """
        for (index, ext) in ["md", "html", "docx"].enumerated() {
            out += "  - id: bao-cao-\(ext)\n    name: Dự thảo báo cáo (.\(ext))\n    uses: report\n"
            out += "    needs: [kiem-tra-han, kiem-tra-ngan-sach]\n    timeout: 5m\n"
            out += "    with:\n      output: out/bao-cao.\(ext)\n      number: \"${{ vars.so_bao_cao }}\"\n"
            out += "      signer: \"${{ vars.director }}\"\n      summary: Kết quả thực hiện \(count) nhiệm vụ trọng tâm\n"
            if index == 2 { out += "      recipients: [Bộ Thông tin và Truyền thông (b/c), UBND tỉnh (b/c)]\n" }
            if index == 1 { out += "      period: 2024-Q2\n" }
        }
        out += """
              - id: thong-bao-lanh-dao
                name: Gửi báo cáo cho lãnh đạo khi có việc quá hạn
                uses: notify
                needs: [bao-cao-docx]
                if: "${{ vars.gui_ban_nhap && steps.kiem-tra-han.outputs.overdue > 0 }}"
                retry: { attempts: 2, backoff: 1s }
                with:
                  to: ["console:", file:out/thong-bao.jsonl, eml:out/eml, owner:lanh-dao]
                  subject: "Có ${{ steps.kiem-tra-han.outputs.overdue }} nhiệm vụ quá hạn"
                  body: |
                    Kính gửi Ban Giám đốc Sở,
                    Hoàn thành ${{ steps.kiem-tra-han.outputs.done }}/${{ steps.kiem-tra-han.outputs.total }} việc.
                  attach: ["${{ steps.bao-cao-docx.outputs.path }}"]
              - id: thong-bao-don-vi
                uses: notify
                needs: [kiem-tra-han-don-vi-0]
                if: steps.kiem-tra-han-don-vi-0.outputs.overdue > 0
                with:
                  to: [owner:don-vi-0]
                  subject: "${{ format('Phòng số 0: {0} việc quá hạn', steps.kiem-tra-han-don-vi-0.outputs.overdue) }}"

            """
        for block in 0..<blocks {
            let goal = block * 10 + block % 10
            out += "  - id: ghi-so-\(block)\n    needs: [nhiem-vu-\(goal)]\n"
            out += "    if: \"${{ goals.nhiem-vu-\(goal).status == 'overdue' && goals.nhiem-vu-\(goal).owner == 'don-vi-0' }}\"\n"
            out += "    env:\n      NHIEM_VU: \"${{ goals.nhiem-vu-\(goal).title }}\"\n      MA: \"${{ secrets.WF_BENCH_TOKEN }}\"\n"
            out += "    run: echo \"ok=1\" >> \"$WF_OUTPUT\"\n"
            if block % 4 == 0 { out += "    shell: bash\n    working-directory: data\n    timeout: 30s\n" }
            out += "  - id: doi-chieu-\(block)\n    needs: [ghi-so-\(block), giai-ngan-\(block)]\n"
            out += "    if: steps.ghi-so-\(block).outputs.ok == '1'\n"
            out += "    env: { MOC: \"${{ checkpoints.giai-ngan-\(block).date }}\" }\n"
            out += "    run: |\n      test -n \"$MOC\"\n      echo \"moc=$MOC\" >> \"$WF_OUTPUT\"\n"
        }
        return out
    }

    /// The budget CSV files the plan names, written under `folder`.
    static func writeBudgetFiles(into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        for (index, file) in budgetFiles.enumerated() {
            // A disbursement ledger: each checkpoint counts the rows up to its own date.
            var csv = "item,allocated,spent,date\n"
            for line in 0..<5 {
                csv += "Hạng mục \(line) của dự toán \(index),\(1_000_000_000 + line * 100_000_000),\(400_000_000 + (index + line) * 70_000_000),\(2023 + line)-06-30\n"
            }
            try Data(csv.utf8).write(to: folder.appendingPathComponent(file))
        }
    }
}
