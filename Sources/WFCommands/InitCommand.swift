import ArgumentParser
import Foundation
import WFCore

/// `wf init`: write a starter plan.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter plan to begin from.",
        discussion: """
            Writes a small, valid plan in Vietnamese: two owners, goals with due dates, the \
            National Digital Transformation Day with reminders, a budget checkpoint and a report. \
            Never overwrites an existing file.

            Examples:
              wf init                 writes plan.yaml
              wf init q1-2024.yaml
            """)

    @Argument(help: ArgumentHelp("Where to write the plan.", valueName: "file"))
    var file: String = "plan.yaml"

    @OptionGroup var language: LanguageOption

    func run() throws {
        guard !FileManager.default.fileExists(atPath: file) else {
            throw ValidationError(CommandText.alreadyExists(file: file), language: language.preference.general)
        }
        try CommandSupport.write(Data(Self.starter.utf8), to: file, language: language.preference.general)
        print(CommandText.wroteStarter(file: file).text(language.preference.general))
    }

    /// The starter plan; its first line points editors at the published schema.
    static let starter = JSONSchema.modeline() + "\n" + """
        wf: 1
        name: Kế hoạch Quý IV/2023
        period: 2023-Q4
        warn: 5wd                 # "sắp đến hạn" khi còn 5 ngày làm việc trở xuống
        lang: vi

        vars:
          department: Sở Thông tin và Truyền thông
          director: Nguyễn Văn A

        owners:
          vp:
            name: Văn phòng Sở
            notify: [console, file:out/outbox.jsonl]
          cntt:
            name: Phòng Công nghệ thông tin
            notify: [console, eml:out/eml]

        goals:
          - id: bao-cao-quy-iii
            title: Báo cáo kết quả Quý III/2023
            owner: vp                 # đơn vị chủ trì
            due: Trước 15/10/2023     # hoặc 2023-10-13, "Quý IV/2023", "Thường xuyên"
          - id: ke-hoach-2024
            title: Kế hoạch chuyển đổi số năm 2024
            owner: cntt
            partners: [vp]            # đơn vị phối hợp
            due: 30/11/2023
            after: [bao-cao-quy-iii]
            progress: 20%

        events:
          - id: ngay-cds
            title: Ngày Chuyển đổi số quốc gia
            date: 2023-10-10
            owner: cntt
            remind: [7d, 1d]
            prepare:
              - id: ke-hoach-10-10
                title: Kế hoạch hưởng ứng Ngày Chuyển đổi số quốc gia
                due: -5wd

        checkpoints:
          - id: giai-ngan-q4
            title: Rà soát giải ngân Quý IV
            date: 2023-12-15
            owner: vp
            budget: { allocated: 500_000_000, spent: 320_000_000 }
            expect: 80%

        steps:
          - id: kiem-tra-han
            uses: deadline
          - id: bao-cao
            uses: report
            needs: [kiem-tra-han]
            with:
              output: out/bao-cao-quy-iv.md

        """
}
