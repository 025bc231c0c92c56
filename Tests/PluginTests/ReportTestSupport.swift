import Foundation
import NotifyPeers
import Testing
import WFCommands
import WFPluginAPI
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import ReportPlugin

/// The effects outbox over a dictionary, for the report plugin's dry runs.
actor ReportTestLedger: EffectLedger {
    private(set) var descriptions: [String] = []
    private(set) var done: Set<String> = []

    func progress(node: String, key: String) -> EffectProgress { done.contains(node + "|" + key) ? .done : .never }
    func begin(node: String, key: String, summary: String) {}
    func done(node: String, key: String) { done.insert(node + "|" + key) }
    func failed(node: String, key: String, message: String) {}
    func describe(node: String, key: String, summary: String) { descriptions.append(summary) }
    func skipped(node: String, key: String, summary: String) {}
}

/// A plan written into a fresh folder and compiled; runs its report step.
struct ReportFixture {
    /// The Bắc Ninh Q4/2023 plan of DESIGN.md, with a report step.
    static let plan = """
        wf: 1
        name: Kế hoạch Quý IV/2023 – Sở TT&TT Bắc Ninh
        period: 2023-Q4
        vars:
          department: Sở Thông tin và Truyền thông tỉnh Bắc Ninh
          director: Nguyễn Trung Hiền
        owners:
          cntt: { name: Phòng Công nghệ thông tin }
          vp: { name: Văn phòng Sở }
        goals:
          - id: bao-cao-nq44
            title: Báo cáo đánh giá 05 năm thực hiện Nghị quyết 44 về thành phố thông minh
            owner: vp
            due: 2023-10-03
          - id: de-an-cds
            title: Đề án ứng dụng CNTT và CĐS tỉnh Bắc Ninh giai đoạn 2024–2030
            owner: cntt
            due: 2023-11-30
            after: [bao-cao-nq44]
            progress: 40%
            kpi: { metric: Xếp hạng DTI, target: "<= 10", actual: 12 }
          - id: tong-ket
            title: Tổng kết công tác năm 2023, phương hướng năm 2024
            owner: vp
            due: 2024-01-15
          - id: cap-nhat-csdl
            title: Cập nhật cơ sở dữ liệu chuyên ngành
            owner: cntt
            due: 2023-10-02
            done: true
        events:
          - id: ngay-cds
            title: Ngày Chuyển đổi số quốc gia
            date: 2023-10-10
            owner: cntt
            location: Trung tâm Hội nghị tỉnh
            remind: [14d, 3d, 1d]
            prepare:
              - id: ke-hoach-10-10
                title: Kế hoạch hưởng ứng Ngày CĐS quốc gia
                due: -3wd
        checkpoints:
          - id: giai-ngan-q3
            title: Rà soát giải ngân dự toán Quý III
            date: 2023-10-01
            owner: vp
            budget: { allocated: 500_000_000, spent: 300_000_000 }
            expect: 90%
          - id: giai-ngan-q4
            title: Rà soát giải ngân dự toán Quý IV
            date: 2023-12-15
            owner: vp
            budget: { allocated: 1_200_000_000, spent: 850_000_000, currency: VND }
            expect: 80%
        steps:
          - id: bao-cao-quy
            uses: report
            needs: [giai-ngan-q4]
            with:
              output: out/bao-cao-quy-IV-2023.docx
        """

    let folder: URL
    let compiled: CompiledPlan
    let ledger = ReportTestLedger()

    init(_ yaml: String = ReportFixture.plan, files: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let path = folder.appendingPathComponent("plan.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        let loaded = WorkflowLoader.load(path: path, options: LoadOptions(plugins: BuiltinPlugins.registry.catalog))
        guard let compiled = loaded.compiled else {
            throw PluginError("the fixture does not compile: \(loaded.report.diagnostics.map { "\($0.range.start.line): \($0.message)" })")
        }
        self.compiled = compiled
    }

    /// Runs the report step as of `asOf` with `inputs`.
    @discardableResult
    func run(
        _ inputs: [String: ExpressionValue], asOf: String = "2023-10-05", step: String = "bao-cao-quy",
        outputs: [String: [String: ExpressionValue]] = [:], secrets: [String: String] = [:], dryRun: Bool = false
    ) async throws -> Outcome {
        let invocation = try self.invocation(inputs, asOf: asOf, step: step, outputs: outputs, secrets: secrets, dryRun: dryRun)
        return try await ReportPlugin().run(invocation)
    }

    func invocation(
        _ inputs: [String: ExpressionValue], asOf: String = "2023-10-05", step: String = "bao-cao-quy",
        outputs: [String: [String: ExpressionValue]] = [:], secrets: [String: String] = [:], dryRun: Bool = false
    ) throws -> Invocation {
        guard let node = compiled.graph[step], let date = CivilDate.parse(asOf) else {
            throw PluginError("no node '\(step)' or bad date '\(asOf)'")
        }
        let secrets = Secrets(secrets)
        return Invocation(
            node: node, plan: compiled, inputs: Inputs(inputs), asOf: date, runID: UUID().uuidString, isDryRun: dryRun,
            outputs: outputs, secrets: secrets, workspace: Workspace(root: folder.path, secrets: secrets), ledger: ledger)
    }

    /// The values the report step's template sees as of `asOf`.
    func reportData(asOf: String = "2023-10-05") throws -> ReportData {
        let invocation = try self.invocation(["output": .string("out/r.md")], asOf: asOf)
        let period = try ReportPlugin.reportPeriod(invocation)
        let header = ReportHeader.resolve(invocation.inputs, plan: invocation.plan.plan, asOf: invocation.asOf, period: period)
        return ReportData.build(invocation, header: header, reportPeriod: period)
    }

    /// The text of a file the report wrote.
    func text(_ relative: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// A `.docx` read back: its zip entries and the paragraphs of `word/document.xml`.
struct DocxReadBack {
    /// Entry paths in the zip.
    var entries: [String]
    /// Each part's XML.
    var parts: [String: String]
    /// Paragraphs of the body, in order.
    var paragraphs: [Paragraph]

    /// A paragraph's text and the formatting seen on its runs.
    struct Paragraph {
        var text = ""
        var alignment: String?
        var bold = false
        var italic = false
        var underline = false
    }

    init(_ url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var entries: [String] = []
        var parts: [String: String] = [:]
        for entry in archive {
            entries.append(entry.path)
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        self.entries = entries
        self.parts = parts
        let collector = ParagraphCollector()
        let parser = XMLParser(data: Data((parts["word/document.xml"] ?? "").utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw PluginError("word/document.xml is not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        paragraphs = collector.paragraphs
    }

    /// The first paragraph whose text is `text`.
    func paragraph(_ text: String) -> Paragraph? { paragraphs.first { $0.text == text } }

    /// True when every XML part parses.
    func allPartsWellFormed() -> [String] {
        parts.filter { $0.key.hasSuffix(".xml") || $0.key.hasSuffix(".rels") }.compactMap { path, xml in
            XMLParser(data: Data(xml.utf8)).parse() ? nil : path
        }
    }

    private final class ParagraphCollector: NSObject, XMLParserDelegate {
        var paragraphs: [Paragraph] = []
        private var current: Paragraph?
        private var inText = false
        private var inRunProperties = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "w:p": current = Paragraph()
            case "w:t": inText = true
            case "w:br": current?.text += "\n"
            case "w:tab": current?.text += "\t"
            case "w:jc" where !inRunProperties: current?.alignment = attributes["w:val"]
            case "w:rPr": inRunProperties = true
            case "w:b" where inRunProperties: current?.bold = true
            case "w:i" where inRunProperties: current?.italic = true
            case "w:u" where inRunProperties: current?.underline = attributes["w:val"] != "none"
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:p":
                if let current { paragraphs.append(current) }
                current = nil
            case "w:t": inText = false
            case "w:rPr": inRunProperties = false
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current?.text += string }
        }
    }
}
