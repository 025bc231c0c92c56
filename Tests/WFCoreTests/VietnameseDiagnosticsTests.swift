import Foundation
import Testing
import WFDiagnostics
@testable import WFCore

/// Small broken plans and what a Vietnamese planner reads about each: the rule, the line, the
/// message and its notes in Vietnamese.
@Suite struct VietnameseDiagnosticsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        /// `line:column rule` of the one diagnostic the plan gets.
        var found: String
        /// The Vietnamese message; with `prefix`, only its start (the rest comes from a lower
        /// module's advice).
        var vi: String
        var notes: [String] = []
        var prefix = false

        var testDescription: String { name }
    }

    /// A plan with one goal, `extra` lines added to it, and `top` lines before `goals:`.
    static func goal(_ extra: String, top: String = "", due: String = "2024-04-26") -> String {
        """
        wf: 1
        name: Kế hoạch quý II
        \(top)goals:
          - id: bao-cao-quy
            title: Báo cáo quý
            due: \(due)
        \(extra)
        """
    }

    static let cases: [Case] = [
        Case(name: "unknown key, with did-you-mean",
             yaml: goal("    ownr: vp"), found: "7:5 unknown-key",
             vi: "không có mục 'ownr' trong nhiệm vụ", notes: ["có phải ý bạn là 'owner'?"]),
        Case(name: "missing key",
             yaml: "wf: 1\nname: x\ngoals:\n  - id: a\n    due: 2024-04-26\n", found: "4:5 missing-key",
             vi: "nhiệm vụ thiếu mục bắt buộc 'title'"),
        Case(name: "type mismatch: a list for a percentage",
             yaml: goal("    progress: [1, 2]"), found: "7:15 type-mismatch",
             vi: "tiến độ của nhiệm vụ 'bao-cao-quy' (Báo cáo quý) phải là một tỉ lệ phần trăm như 80%, không phải một danh sách"),
        Case(name: "type mismatch: yes is not true",
             yaml: goal("    done: yes"), found: "7:11 type-mismatch",
             vi: "mục 'done' của nhiệm vụ 'bao-cao-quy' (Báo cáo quý) phải là true hoặc false; wf đọc 'yes' là chuỗi văn bản"),
        Case(name: "a day April does not have",
             yaml: goal("", due: "31/04/2024"), found: "6:10 invalid-date",
             vi: "thời hạn của nhiệm vụ 'bao-cao-quy' (Báo cáo quý) là '31/04/2024', không phải ngày hợp lệ: ", prefix: true),
        Case(name: "month first",
             yaml: goal("", due: "04/26/2024"), found: "6:10 invalid-date",
             vi: "thời hạn của nhiệm vụ 'bao-cao-quy' (Báo cáo quý) là '04/26/2024', không phải ngày hợp lệ: ",
             notes: ["có phải ý bạn là '26/04/2024'?"], prefix: true),
        Case(name: "two-digit year",
             yaml: goal("", due: "26/4/24"), found: "6:10 invalid-date",
             vi: "thời hạn của nhiệm vụ 'bao-cao-quy' (Báo cáo quý) là '26/4/24', không phải ngày hợp lệ: ",
             notes: ["có phải ý bạn là '26/04/2024'?"], prefix: true),
        Case(name: "dots between day, month and year",
             yaml: goal("", due: "26.04.2024"), found: "6:10 invalid-date",
             vi: "thời hạn của nhiệm vụ 'bao-cao-quy' (Báo cáo quý) là '26.04.2024', không phải ngày hợp lệ: ",
             notes: ["có phải ý bạn là '26/04/2024'?"], prefix: true),
        Case(name: "a duration in words",
             yaml: """
                 wf: 1
                 name: x
                 events:
                   - id: hoi-nghi
                     title: Hội nghị tổng kết
                     date: 2024-04-26
                     remind: [14 ngày]
                 """,
             found: "7:14 invalid-duration",
             vi: "một nhắc việc của sự kiện 'hoi-nghi' (Hội nghị tổng kết) là '14 ngày', không phải khoảng thời gian hợp lệ; "
                 + "hãy viết số liền với đơn vị: 14d (ngày), 10wd (ngày làm việc), 2w (tuần), 4h (giờ), 30m (phút), 45s (giây)",
             notes: ["có phải ý bạn là '14d'?"]),
        Case(name: "unknown reference",
             yaml: goal("    after: [bao-cao-thang]"), found: "7:13 unknown-reference",
             vi: "nhiệm vụ 'bao-cao-quy' (Báo cáo quý) làm sau 'bao-cao-thang', nhưng kế hoạch không có mã này"),
        Case(name: "cycle",
             yaml: """
                 wf: 1
                 name: x
                 goals:
                   - { id: a, title: A, due: 2024-04-26, after: [b] }
                   - { id: b, title: B, due: 2024-04-26, after: [a] }
                 """,
             found: "4:49 cycle", vi: "vòng phụ thuộc: a → b → a", notes: ["'a' làm sau 'b'", "'b' làm sau 'a'"]),
        Case(name: "duplicate id",
             yaml: """
                 wf: 1
                 name: x
                 goals:
                   - { id: a, title: Báo cáo quý, due: 2024-04-26 }
                   - { id: a, title: Báo cáo năm, due: 2024-04-26 }
                 """,
             found: "5:11 duplicate-id", vi: "mã 'a' đã được dùng cho nhiệm vụ 'Báo cáo quý'", notes: ["dùng lần đầu ở đây"]),
        Case(name: "an id in Vietnamese",
             yaml: "wf: 1\nname: x\ngoals:\n  - { id: Báo_cáo, title: Báo cáo, due: 2024-04-26 }\n", found: "4:11 invalid-id",
             vi: "mã nhiệm vụ 'Báo_cáo' không hợp lệ: mã chỉ gồm chữ thường không dấu (a–z), chữ số và dấu '-', bắt đầu bằng chữ hoặc số",
             notes: ["có phải ý bạn là 'bao-cao'?"]),
        Case(name: "bad lang",
             yaml: goal("", top: "lang: vn\n"), found: "3:7 invalid-value",
             vi: "mục 'lang' phải là vi hoặc en, không phải 'vn'"),
        Case(name: "bad period",
             yaml: goal("", top: "period: Q2-2024\n"), found: "3:9 invalid-value",
             vi: "mục 'period' phải có dạng 2023, 2023-Q4, 2023-H2, 2023-10 hoặc {start, end}; không phải 'Q2-2024'"),
        Case(name: "budget without allocated",
             yaml: """
                 wf: 1
                 name: x
                 checkpoints:
                   - id: giai-ngan
                     title: Giải ngân 6 tháng
                     date: 2024-06-28
                     budget:
                       spent: 100
                 """,
             found: "8:7 missing-key",
             vi: "ngân sách của mốc giải ngân 'giai-ngan' (Giải ngân 6 tháng) cần có 'allocated' (dự toán, kèm 'spent': đã giải ngân), hoặc một tệp CSV ở 'file'"),
        Case(name: "a step with both uses and run",
             yaml: "wf: 1\nname: x\nsteps:\n  - id: gui\n    uses: echo\n    run: echo hi\n", found: "6:5 invalid-value",
             vi: "bước 'gui' có cả 'uses' lẫn 'run'; chỉ giữ một trong hai"),
        Case(name: "due on a Saturday",
             yaml: goal("", due: "2024-04-27"), found: "6:10 non-working-day",
             vi: "nhiệm vụ 'bao-cao-quy' (Báo cáo quý) có thời hạn 27/04/2024, là thứ Bảy, ngày nghỉ",
             notes: ["ngày làm việc liền trước là thứ Sáu 26/04/2024"]),
        Case(name: "due on a holiday",
             yaml: goal("", due: "2024-09-02"), found: "6:10 non-working-day",
             vi: "nhiệm vụ 'bao-cao-quy' (Báo cáo quý) có thời hạn 02/09/2024, là ngày nghỉ (Quốc khánh)",
             notes: ["ngày làm việc liền trước là thứ Sáu 30/08/2024"]),
        Case(name: "out of the plan's period",
             yaml: goal("", top: "period: 2024-Q2\n", due: "2024-07-05"), found: "7:10 out-of-period",
             vi: "nhiệm vụ 'bao-cao-quy' (Báo cáo quý) có thời hạn 05/07/2024, nằm ngoài kỳ của kế hoạch 2024-Q2 (01/04/2024–30/06/2024)",
             notes: ["kỳ của kế hoạch"]),
        Case(name: "unknown owner",
             yaml: goal("    owner: vp"), found: "7:12 unknown-reference",
             vi: "chưa khai báo đơn vị 'vp'", notes: ["hãy khai báo các đơn vị trong mục 'owners:' ở đầu kế hoạch"]),
        Case(name: "a prepare item due after its event, in working days",
             yaml: """
                 wf: 1
                 name: x
                 events:
                   - id: hoi-nghi
                     title: Hội nghị
                     date: 2024-04-26
                     prepare:
                       - { id: giay-moi, title: Gửi giấy mời, due: +2wd }
                 """,
             found: "8:51 schedule-conflict",
             vi: "việc chuẩn bị 'giay-moi' có thời hạn 2 ngày làm việc sau sự kiện của nó; khoảng cách trước sự kiện phải bắt đầu bằng '-' (ví dụ -5wd)"),
        Case(name: "a recurring task without the plan's period",
             yaml: "wf: 1\nname: x\ngoals:\n  - id: bao-cao-thang\n    title: Báo cáo tháng\n    every: month\n    due: 20\n",
             found: "6:12 missing-key", vi: "nhiệm vụ 'bao-cao-thang' (Báo cáo tháng) lặp lại mỗi tháng, nên kế hoạch cần có kỳ ('period')",
             notes: ["hãy thêm 'period: 2025' (hoặc 2025-H1, 2025-Q3) ở đầu kế hoạch"]),
        Case(name: "empty file",
             yaml: "", found: "1:1 missing-key", vi: "tệp trống; một kế hoạch bắt đầu bằng 'wf: 1' và 'name:'"),
    ]

    @Test(arguments: cases)
    func messagesReadInVietnamese(_ test: Case) throws {
        let loaded = TestCatalog.load(test.yaml)
        #expect(loaded.found == [test.found], "\(loaded.report.diagnostics.map(\.message.vi))")
        let diagnostic = try #require(loaded.report.diagnostics.first)
        if test.prefix {
            #expect(diagnostic.message.vi.hasPrefix(test.vi), "\(diagnostic.message.vi)")
        } else {
            #expect(diagnostic.message.vi == test.vi)
        }
        #expect(diagnostic.notes.map(\.message.vi) == test.notes)
    }

    @Test func aFolderIsNotAPlanFile() throws {
        guard case .failure(let problem) = WorkflowLoader.readFile(FileManager.default.temporaryDirectory.path, limit: 1_000) else {
            Issue.record("a folder was read as a plan")
            return
        }
        #expect(problem.message.vi == "là một thư mục, không phải tệp kế hoạch")
        #expect(problem.message.en == "is a folder, not a workflow file")
    }

    @Test func durationsAreSpelledOutInBothLanguages() {
        #expect(PlanDuration(amount: 5, unit: .workingDays).words.vi == "5 ngày làm việc")
        #expect(PlanDuration(amount: -1, unit: .days).words.en == "1 day")
        #expect(PlanDuration(amount: 2, unit: .weeks).words.en == "2 weeks")
        #expect(PlanDuration(amount: 30, unit: .minutes).words.vi == "30 phút")
    }

    @Test func aLongTitleIsCutBesideTheID() {
        let title = String(repeating: "Báo cáo ", count: 10)
        let message = SubjectText.item(.goalKind, id: "a", title: title)
        #expect(message.en == "goal 'a'")
        #expect(message.vi.hasPrefix("nhiệm vụ 'a' (Báo cáo"))
        #expect(message.vi.hasSuffix("…)"))
        #expect(message.vi.count < 60)
    }
}
