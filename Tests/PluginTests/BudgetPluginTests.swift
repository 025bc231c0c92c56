import BudgetPlugin
import Foundation
import Testing
import WFCommands
import WFPluginAPI

/// The `budget` plugin, its CSV layout and the shared budget rule, on real plans and real files.
@Suite struct BudgetPluginTests {
    static let plan = """
        wf: 1
        name: Kiểm thử giải ngân
        owners:
          vp: { name: Văn phòng Sở }
        checkpoints:
          - id: giai-ngan-q4
            title: Rà soát giải ngân dự toán Quý IV
            date: 2023-12-15
            owner: vp
            budget: { allocated: 1_200_000_000, spent: 850_000_000, currency: VND }
            expect: 80%
          - id: vuot-du-toan
            title: Hội nghị vượt dự toán
            date: 2023-10-31
            budget: { allocated: 100_000_000, spent: 120_000_000 }
          - id: tu-file
            title: Giải ngân theo bảng kê
            date: 2023-10-31
            owner: vp
            budget: { file: data/du-toan.csv }
            expect: 70%
        steps:
          - id: ngan-sach
            uses: budget
          - id: rieng
            uses: budget
            with: { allocated: 500000000, spent: 200000000, expect: 50% }
        """

    /// RFC 4180 quoting (a comma, doubled quotes, a line break inside quotes), CRLF line ends,
    /// grouped amounts in three spellings, and a note column.
    static let csv = "item,allocated,spent,note\r\n"
        + "\"Vận hành mạng truyền số liệu chuyên dùng, giai đoạn 1\",1.850.000.000,\"1,120,000,000\",\r\n"
        + "Thuê dịch vụ IOC,3200000000,2_150_000_000,\"Đã ký hợp đồng \"\"IOC\"\" tháng 3\"\r\n"
        + "\r\n"
        + "\"Tuyên truyền\r\nNgày CĐS 10/10\",450 000 000,310.000.000,\r\n"

    // MARK: - The rule

    @Test(arguments: [
        // Before its date a checkpoint under 'expect' is still on track…
        ("2023-10-05", "giai-ngan-q4", BudgetState.onTrack),
        // …from its date on, 70,8% under 80% is below.
        ("2023-12-15", "giai-ngan-q4", BudgetState.below),
        ("2024-01-05", "giai-ngan-q4", BudgetState.below),
        // Spending more than allocated is over budget at any date.
        ("2023-10-05", "vuot-du-toan", BudgetState.overBudget),
        ("2023-11-30", "vuot-du-toan", BudgetState.overBudget),
        ("2023-10-30", "tu-file", BudgetState.onTrack),
        ("2023-10-31", "tu-file", BudgetState.below),
    ])
    func checkpointStatus(asOf: String, id: String, state: BudgetState) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compiled = try DeadlinePluginTests.compile(Self.plan, folder: folder)
        let date = try #require(CivilDate.parse(asOf))
        let result = try #require(PlanSnapshot(compiled, asOf: date).checkpoint(id)?.budget)
        #expect(result.state == state)
    }

    @Test func stateRuleEdges() {
        let date = CivilDate(year: 2023, month: 12, day: 15)!
        #expect(BudgetRule.state(allocated: 100, spent: 80, expect: 0.8, date: date, asOf: date) == .onTrack)
        #expect(BudgetRule.state(allocated: 100, spent: 100, expect: nil, date: nil, asOf: date) == .onTrack)
        #expect(BudgetRule.state(allocated: 100, spent: 101, expect: nil, date: nil, asOf: date) == .overBudget)
        #expect(BudgetRule.state(allocated: 100, spent: 10, expect: nil, date: date, asOf: date) == .onTrack)
        #expect(BudgetRule.state(allocated: 100, spent: 10, expect: 0.2, date: nil, asOf: date) == .below)
        #expect(BudgetRule.state(allocated: 0, spent: 1, expect: nil, date: nil, asOf: date) == .overBudget)
        #expect(BudgetRule.rate(allocated: 0, spent: 0) == 0)
    }

    // MARK: - CSV

    @Test func csvFileIsAddedUp() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compiled = try DeadlinePluginTests.compile(Self.plan, folder: folder)
        let result = try #require(PlanSnapshot(compiled, asOf: CivilDate(year: 2023, month: 10, day: 31)!).checkpoint("tu-file")?.budget)
        #expect(result.allocated == 5_500_000_000)
        #expect(result.spent == 3_580_000_000)
        #expect(result.file == "data/du-toan.csv")
        #expect(result.lines == [
            BudgetLine(item: "Vận hành mạng truyền số liệu chuyên dùng, giai đoạn 1", allocated: 1_850_000_000, spent: 1_120_000_000),
            BudgetLine(item: "Thuê dịch vụ IOC", allocated: 3_200_000_000, spent: 2_150_000_000, note: "Đã ký hợp đồng \"IOC\" tháng 3"),
            BudgetLine(item: "Tuyên truyền\r\nNgày CĐS 10/10", allocated: 450_000_000, spent: 310_000_000),
        ])
        #expect(PlanWording(lang: .vi).line(result) == "đã giải ngân 3.580.000.000 đ / 5.500.000.000 đ (65,1%), kỳ vọng 70% đến 31/10/2023: chậm giải ngân")
    }

    @Test func semicolonSeparatedFileFromAVietnameseSpreadsheet() throws {
        let text = "\u{FEFF}Hạng mục;Dự toán;Đã giải ngân;Ghi chú\nMáy chủ;1.200.000.000;850.000.000;đợt 1\nPhần mềm;300.000.000;;\n"
        let lines = try BudgetCSV.parse(Data(text.utf8), name: "du-toan.csv")
        #expect(lines == [
            BudgetLine(item: "Máy chủ", allocated: 1_200_000_000, spent: 850_000_000, note: "đợt 1"),
            BudgetLine(item: "Phần mềm", allocated: 300_000_000, spent: 0),
        ])
    }

    @Test func theWorkflowsExampleFileParses() throws {
        let url = WFRepo.root.appendingPathComponent("workflows/data/bac-ninh-du-toan-2023.csv")
        let data = try #require(FileManager.default.contents(atPath: url.path), "cannot read \(url.path)")
        let lines = try BudgetCSV.parse(data, name: "bac-ninh-du-toan-2023.csv")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.allocated > 0 && $0.spent <= $0.allocated })
    }

    @Test(arguments: [
        ("item,allocated,spent\n\"Máy chủ,1,2\n", "budget file 'x.csv' line 2: a quoted field is not closed"),
        ("item,allocated\nMáy chủ,1\n", "budget file 'x.csv' needs the columns 'item', 'allocated' and 'spent' in its header; missing 'spent'"),
        ("item,allocated,spent\nMáy chủ,1.2e9,0\n", "budget file 'x.csv' line 2: 'allocated' is '1.2e9', not a whole amount such as 1.200.000.000"),
        ("item,allocated,spent\n\"Máy \"chủ\",1,2\n", "budget file 'x.csv' line 2: unexpected 'c' after a closing quote; a quote inside a quoted field is written \"\""),
        ("item,allocated,spent\nMáy \"chủ\",1,2\n", "budget file 'x.csv' line 2: a quote inside an unquoted field; quote the whole field and double the quote (\"\")"),
        ("", "budget file 'x.csv' is empty; it needs a header row 'item,allocated,spent'"),
    ])
    func malformedFilesAreReportedWithTheirLine(text: String, message: String) {
        do {
            _ = try BudgetCSV.parse(Data(text.utf8), name: "x.csv")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(String(describing: error) == message)
        }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: BudgetError.self) { try BudgetCSV.parse(Data([0x69, 0x74, 0xC3, 0x28, 0x0A]), name: "x.csv") }
    }

    @Test func readerFollowsRFC4180() throws {
        let records = try CSVReader().records("a,\"b \"\"c\"\"\",\n\"x\ny\",,\"\"\r\n\nlast")
        #expect(records == [
            CSVReader.Record(line: 1, fields: ["a", "b \"c\"", ""]),
            CSVReader.Record(line: 2, fields: ["x\ny", "", ""]),
            CSVReader.Record(line: 5, fields: ["last"]),
        ])
        #expect(CSVReader.detectDelimiter("a;b;\"c,d\"\n1,2") == ";")
        #expect(CSVReader.detectDelimiter("a,b;c") == ",")
    }

    @Test(arguments: [
        ("1200000000", 1_200_000_000.0), ("1.200.000.000", 1_200_000_000), ("1,200,000,000", 1_200_000_000),
        ("1_200_000_000", 1_200_000_000), ("1 200 000 000", 1_200_000_000), ("", 0), ("-5.000", -5000),
    ])
    func amounts(text: String, value: Double) {
        #expect(BudgetCSV.parseAmount(text) == value)
    }

    @Test func amountsThatAreNotWholeNumbersAreRefused() {
        for text in ["1.2e9", "12k", "1-2", "đ100", "-"] { #expect(BudgetCSV.parseAmount(text) == nil, "\(text)") }
    }

    // MARK: - Formatting

    @Test func moneyAndRatesAreWrittenTheVietnameseWay() {
        #expect(NumberWording.money(1_200_000_000) == "1.200.000.000 đ")
        #expect(NumberWording.money(850_000_000, "vnd") == "850.000.000 đ")
        #expect(NumberWording.money(1500, "USD") == "1.500 USD")
        #expect(NumberWording.money(12.5, "USD") == "12,5 USD")
        #expect(NumberWording.money(-999) == "-999 đ")
        #expect(NumberWording.percent(850.0 / 1200) == "70,8%")
        #expect(NumberWording.percent(0.8) == "80%")
        #expect(NumberWording.percent(1.2) == "120%")
        #expect(NumberWording.percent(0) == "0%")
        #expect(NumberWording.percent(-0.005) == "-0,5%")
    }

    // MARK: - The plugin

    @Test func checkpointNodeChecksItsOwnBudget() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compiled = try DeadlinePluginTests.compile(Self.plan, folder: folder)
        let outcome = try await Self.run(compiled, node: "giai-ngan-q4", asOf: "2023-10-05", inputs: [:])
        #expect(outcome.outputs["allocated"] == .number(1_200_000_000))
        #expect(outcome.outputs["spent"] == .number(850_000_000))
        #expect(outcome.outputs["rate"]?.numberValue.map { abs($0 - 0.708333) < 1e-5 } == true)
        #expect(outcome.outputs["status"] == .string("on-track"))
        #expect(outcome.outputs["currency"] == .string("VND"))
        #expect(outcome.outputs["items"]?.arrayValue?.count == 1)
        #expect(outcome.note == "đã giải ngân 850.000.000 đ / 1.200.000.000 đ (70,8%), kỳ vọng 80% đến 15/12/2023: đúng tiến độ")
        #expect(!outcome.failed)

        let late = try await Self.run(compiled, node: "giai-ngan-q4", asOf: "2023-12-15", inputs: [:])
        #expect(late.outputs["status"] == .string("below"))
        #expect(late.note?.hasSuffix(": chậm giải ngân") == true)

        let csv = try await Self.run(compiled, node: "tu-file", asOf: "2023-10-05", inputs: [:])
        let item = try #require(csv.outputs["items"]?.arrayValue?.first)
        #expect(item[member: "lines"].arrayValue?.count == 3)
        #expect(item[member: "lines"].arrayValue?[1][member: "note"] == .string("Đã ký hợp đồng \"IOC\" tháng 3"))
        #expect(item[member: "date"] == .string("2023-10-31"))
        #expect(item[member: "expect"] == .number(0.7))
    }

    @Test func stepChecksEveryCheckpointAndReportsTheWorst() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compiled = try DeadlinePluginTests.compile(Self.plan, folder: folder)
        let outcome = try await Self.run(compiled, node: "ngan-sach", asOf: "2023-10-05", inputs: [:])
        #expect(outcome.outputs["allocated"] == .number(6_800_000_000))
        #expect(outcome.outputs["spent"] == .number(4_550_000_000))
        #expect(outcome.outputs["status"] == .string("over-budget"))
        let ids = outcome.outputs["items"]?.arrayValue?.map { $0[member: "id"] }
        #expect(ids == [.string("giai-ngan-q4"), .string("vuot-du-toan"), .string("tu-file")])
        #expect(outcome.note == "3 mốc giải ngân: đã giải ngân 4.550.000.000 đ / 6.800.000.000 đ (66,9%): vượt dự toán ('vuot-du-toan')")

        let selected = try await Self.run(compiled, node: "ngan-sach", asOf: "2023-10-05",
                                          inputs: ["items": .array([.string("giai-ngan-q4")])])
        #expect(selected.outputs["status"] == .string("on-track"))
        #expect(selected.outputs["allocated"] == .number(1_200_000_000))
    }

    @Test func stepWithItsOwnFigures() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compiled = try DeadlinePluginTests.compile(Self.plan, folder: folder)
        let inline = try await Self.run(compiled, node: "rieng", asOf: "2023-10-05", inputs: [
            "allocated": .number(500_000_000), "spent": .number(200_000_000), "expect": .string("50%"),
        ])
        #expect(inline.outputs["status"] == .string("below"))
        #expect(inline.outputs["rate"] == .number(0.4))
        #expect(inline.note == "đã giải ngân 200.000.000 đ / 500.000.000 đ (40%), kỳ vọng 50%: chậm giải ngân")

        let file = try await Self.run(compiled, node: "rieng", asOf: "2023-10-05", inputs: [
            "file": .string("data/du-toan.csv"), "currency": .string("VND"), "expect": .string("60%"),
        ])
        #expect(file.outputs["allocated"] == .number(5_500_000_000))
        #expect(file.outputs["status"] == .string("on-track"))

        await #expect(throws: PluginError.self) {
            try await Self.run(compiled, node: "rieng", asOf: "2023-10-05",
                               inputs: ["file": .string("data/du-toan.csv"), "allocated": .number(1)])
        }
    }

    @Test func filesOutsideTheWorkflowFolderAreRefused() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compiled = try DeadlinePluginTests.compile(Self.plan, folder: folder)
        do {
            _ = try await Self.run(compiled, node: "rieng", asOf: "2023-10-05", inputs: ["file": .string("../../etc/passwd")])
            Issue.record("a file outside the folder was read")
        } catch let error as PluginError {
            #expect(error.message.contains("outside the workflow's folder"))
        }
        await #expect(throws: PluginError.self) {
            try await Self.run(compiled, node: "rieng", asOf: "2023-10-05", inputs: ["file": .string("data/missing.csv")])
        }
    }

    @Test func declarationMatchesTheWorkflowNames() {
        #expect(BudgetPlugin.name == "budget")
        #expect(BudgetPlugin.inputs.map(\.name) == ["allocated", "spent", "currency", "file", "expect", "items"])
        #expect(BudgetPlugin.outputs.map(\.name) == ["allocated", "spent", "rate", "status", "items", "currency"])
        #expect(BudgetState.allCases.map(\.rawValue) == ["on-track", "below", "over-budget"])
    }

    // MARK: - Helpers

    /// A fresh folder with `data/du-toan.csv`.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wf-budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data(csv.utf8).write(to: url.appendingPathComponent("data/du-toan.csv"))
        return url
    }

    static func run(_ compiled: CompiledPlan, node id: String, asOf: String,
                    inputs: [String: ExpressionValue]) async throws -> Outcome {
        let node = try #require(compiled.graph[id])
        let invocation = Invocation(
            node: node, plan: compiled, inputs: Inputs(inputs), asOf: try #require(CivilDate.parse(asOf)), runID: "test",
            isDryRun: false, workspace: Workspace(root: compiled.baseDirectory), ledger: BudgetTestLedger(), language: compiled.plan.lang)
        return try await BudgetPlugin().run(invocation)
    }
}

/// The package's root folder.
private enum WFRepo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// The budget plugin has no side effects: any effect is a test failure.
private struct BudgetTestLedger: EffectLedger {
    func progress(node: String, key: String) async throws -> EffectProgress { Issue.record("effect \(key)"); return .never }
    func begin(node: String, key: String, summary: String) async throws { Issue.record("effect \(key)") }
    func done(node: String, key: String) async throws {}
    func failed(node: String, key: String, message: String) async throws {}
    func describe(node: String, key: String, summary: String) async { Issue.record("effect \(key)") }
    func skipped(node: String, key: String, summary: String) async {}
}
