import Testing
import WFCalendar
@testable import WFSpreadsheet

@Suite struct AnnexReadingTests {
    @Test(arguments: [
        ("STT", AnnexColumn.number), ("Nhiệm vụ", .task), ("NỘI DUNG CÔNG VIỆC", .task), ("Tên nhiệm vụ", .task),
        ("Noi dung", .task), ("Đơn vị chủ trì", .lead), ("Cơ quan\nchủ trì", .lead), ("Chủ trì", .lead),
        ("Đơn vị phối hợp", .partners), ("co quan phoi hop", .partners), ("Thời gian hoàn thành", .due),
        ("Thời hạn", .due), ("Tiến độ", .due), ("Thời gian hoàn thành (dự kiến)", .due), ("Sản phẩm", .product),
        ("Kết quả", .product), ("Ghi chú", .notes), ("Task", .task), ("Lead unit", .lead), ("Deadline", .due),
    ])
    func headerNames(text: String, column: AnnexColumn) {
        #expect(AnnexColumn.named(text) == column)
    }

    @Test func headerRowBelowTitleRows() throws {
        let grid = SheetGrid(name: "s", rows: [
            SheetRow(number: 1, cells: [.text("PHỤ LỤC")]),
            SheetRow(number: 2, cells: [.text("Nhiệm vụ năm 2025 (kèm theo Kế hoạch số 12/KH-UBND)")]),
            SheetRow(number: 4, cells: [.text("TT"), .text("Nội dung"), .text("Chủ trì"), .text("Thời hạn")]),
        ])
        let header = try #require(AnnexHeader.find(in: grid))
        #expect(header.rowNumber == 4)
        #expect(header.columns == [.number: 0, .task: 1, .lead: 2, .due: 3])
    }

    @Test func noHeader() {
        let grid = SheetGrid(name: "s", rows: [SheetRow(number: 1, cells: [.text("Họ tên"), .text("Ngày sinh")])])
        #expect(AnnexHeader.find(in: grid) == nil)
        #expect(AnnexHeader.seenHeaders(in: grid) == ["Họ tên", "Ngày sinh"])
    }

    @Test(arguments: [("I", 1), ("II", 2), ("IV", 4), ("IX", 9), ("XIV", 14), ("XXXIX", 39)])
    func romanNumerals(text: String, value: Int) {
        #expect(RomanNumeral.value(text) == value)
        #expect(RomanNumeral.numeral(value) == text)
    }

    @Test(arguments: ["IIII", "VX", "IL", "i", "", "A", "1"])
    func notRomanNumerals(text: String) {
        #expect(RomanNumeral.value(text) == nil)
    }

    @Test func rowNumbering() {
        #expect(RowNumbering.parse("II.") == .group(2))
        #expect(RowNumbering.parse("3") == .task("3"))
        #expect(RowNumbering.parse("3.") == .task("3"))
        #expect(RowNumbering.parse("1.2") == .subTask(parent: "1", number: "1.2"))
        #expect(RowNumbering.parse("a)") == .subTask(parent: nil, number: "a"))
        #expect(RowNumbering.parse("") == .none)
        #expect(RomanNumeral.leading("II. Phát triển hạ tầng số")! == (2, "Phát triển hạ tầng số"))
        #expect(RomanNumeral.leading("Ít nhất") == nil)
    }

    @Test(arguments: [
        ("Sở Nội vụ, Sở Tài chính", ["Sở Nội vụ", "Sở Tài chính"]),
        ("Sở Nội vụ; Sở Tài chính", ["Sở Nội vụ", "Sở Tài chính"]),
        ("Sở Nội vụ\nSở Tài chính", ["Sở Nội vụ", "Sở Tài chính"]),
        ("Sở Tài chính và Kho bạc Nhà nước tỉnh", ["Sở Tài chính", "Kho bạc Nhà nước tỉnh"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"]),
        ("UBND các huyện, thành phố", ["UBND các huyện, thành phố"]),
        ("- Sở Nội vụ;\n- Công an tỉnh.", ["Sở Nội vụ", "Công an tỉnh"]),
        ("Các sở, ban, ngành, VNPT Trà Vinh", ["Các sở, ban, ngành", "VNPT Trà Vinh"]),
        ("Sở Nội vụ, Sở nội vụ", ["Sở Nội vụ"]),
    ])
    func unitsInOneCell(cell: String, units: [String]) {
        #expect(UnitNames.split(cell) == units)
    }

    @Test func ownerIDs() {
        #expect(UnitNames.ownerID("Sở Nội vụ") == "so-noi-vu")
        #expect(UnitNames.ownerID("Sở Thông tin và Truyền thông") == "so-tt-tt")
        #expect(UnitNames.ownerID("Ủy ban nhân dân các huyện, thành phố") == "ubnd-cac-huyen-thanh-pho")
        #expect(UnitNames.ownerID("SỞ NỘI VỤ") == UnitNames.ownerID("Sở Nội vụ"))
    }

    @Test func serialDates() {
        #expect(SerialDate.date(45838, use1904: false) == CivilDate(year: 2025, month: 6, day: 30))
        #expect(SerialDate.date(1, use1904: false) == CivilDate(year: 1900, month: 1, day: 1))
        #expect(SerialDate.date(61, use1904: false) == CivilDate(year: 1900, month: 3, day: 1))
        #expect(SerialDate.date(0, use1904: true) == CivilDate(year: 1904, month: 1, day: 1))
    }

    @Test(arguments: [("dd/mm/yyyy", true), ("m/d/yy", true), ("[$-42A]d mmmm yyyy", true), ("0.00%", false),
                      ("#,##0", false), ("General", false), ("h:mm:ss", false), ("\"Ngày\" 0", false)])
    func dateFormats(code: String, isDate: Bool) {
        #expect(XLSXStyles.isDateFormat(code) == isDate)
    }

    @Test func deadlineCells() {
        #expect(DueReading.read(.date(CivilDate(year: 2025, month: 3, day: 31)!))
                == .success(.date(CivilDate(year: 2025, month: 3, day: 31)!), year: 2025))
        #expect(DueReading.read(.text("Quý II/2025")) == .success(.phrase("Quý II/2025"), year: 2025))
        #expect(DueReading.read(.text("30/06/2025")) == .success(.date(CivilDate(year: 2025, month: 6, day: 30)!), year: 2025))
        #expect(DueReading.read(.text("Thường xuyên")) == .success(.phrase("Thường xuyên"), year: nil))
        #expect(DueReading.read(.text("Hằng tháng")) == .success(.recurring(.month, day: "31", written: "Hằng tháng"), year: nil))
        #expect(DueReading.read(.text("Hằng quý, trước ngày 15"))
                == .success(.recurring(.quarter, day: "trước ngày 15", written: "Hằng quý, trước ngày 15"), year: nil))
        if case .failure = DueReading.read(.text("Theo chỉ đạo của UBND tỉnh")) {} else { Issue.record("read as a deadline") }
    }

    @Test(arguments: [
        ("Báo cáo", true), ("Quý II/2025", true), ("a: b", false), ("a #b", false), ("- x", false), ("#1", false),
        ("2025", false), ("yes", false), ("null", false), ("", false), (" x", false), ("x\ny", false), ("\"x\"", false),
        ("Sở TT&TT", true), ("*", false),
    ])
    func plainScalars(text: String, plain: Bool) {
        #expect(PlanYAMLWriter.isPlainSafe(text) == plain)
    }

    @Test func xmlPullParser() throws {
        var parser = XMLPullParser(Array("<?xml version=\"1.0\"?><!-- c --><a x:k='1 &amp; 2'><b/>t&#x1EA1;<![CDATA[<z>]]></a>".utf8))
        var events: [XMLPullParser.Event] = []
        while let event = try parser.next() { events.append(event) }
        #expect(events == [
            .start(name: "a", attributes: ["k": "1 & 2"], selfClosing: false),
            .start(name: "b", attributes: [:], selfClosing: true),
            .text("tạ"), .text("<z>"), .end(name: "a"),
        ])
        for text in ["<a b=1>", "<a><b>text</b>", "<a>&nope;</a>", "<a", "<!-- open"] {
            var broken = XMLPullParser(Array(text.utf8))
            #expect(throws: XMLPullParser.Failure.self, "\(text)") { while try broken.next() != nil {} }
        }
    }

    @Test func idsAreStableAndUnique() throws {
        let grid = SheetGrid(name: "s", rows: [
            SheetRow(number: 1, cells: [.text("STT"), .text("Nhiệm vụ"), .text("Chủ trì"), .text("Thời hạn")]),
            SheetRow(number: 2, cells: [.text("1"), .text("Báo cáo quý"), .text("Sở Nội vụ"), .text("Quý I/2025")]),
            SheetRow(number: 3, cells: [.text("2"), .text("Báo cáo quý"), .text("Sở Nội vụ"), .text("Quý II/2025")]),
            SheetRow(number: 4, cells: [.text("3"), .text("Kiểm tra hạn"), .text("Sở Nội vụ"), .text("Quý II/2025")]),
        ])
        let importer = AnnexImporter(sourceName: "a.xlsx")
        let first = try #require(importer.plan(from: grid))
        let second = try #require(importer.plan(from: grid))
        #expect(first.tasks.map(\.id) == ["bao-cao-quy", "bao-cao-quy-2", "kiem-tra-han-2"])
        #expect(first.tasks.map(\.id) == second.tasks.map(\.id))
        #expect(first.period == "2025")
    }

    @Test func rowsThatAreNotTasksAreKept() throws {
        let grid = SheetGrid(name: "s", rows: [
            SheetRow(number: 1, cells: [.text("STT"), .text("Nhiệm vụ"), .text("Chủ trì"), .text("Thời hạn")]),
            SheetRow(number: 2, cells: [.text("(1)"), .text("(2)"), .text("(3)"), .text("(4)")]),
            SheetRow(number: 3, cells: [.text("I"), .text("Nhóm có việc")]),
            SheetRow(number: 4, cells: [.text("1"), .text("Việc có hạn"), .text("Sở Nội vụ"), .text("Năm 2025")]),
            SheetRow(number: 5, cells: [.text("2"), .text("Việc không hạn"), .text("Sở Nội vụ")]),
            SheetRow(number: 6, cells: [.empty, .empty, .text("Sở Tài chính")]),
            SheetRow(number: 7, cells: [.text("II"), .text("Nhóm trống")]),
        ])
        let plan = try #require(AnnexImporter(sourceName: "a.csv").plan(from: grid))
        #expect(plan.tasks.map(\.title) == ["Việc có hạn"])
        #expect(plan.tasks.first?.group == "I. Nhóm có việc")
        #expect(plan.warnings.map(\.row) == [5, 6, 7])
        #expect(plan.keptRows == 3)
        #expect(plan.warnings.last?.message.en.contains("is a group ('II. Nhóm trống') with no task under it") == true)
    }

    @Test func sheetCells() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:r><x:t>Sở </x:t></x:r><x:r><x:t>Nội vụ</x:t></x:r></x:is></x:c></x:row>
            <x:row><x:c t="str"><x:f>A1</x:f><x:v>công thức</x:v></x:c><x:c s="1"><x:v>45838</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="d"><x:v>2025-06-30T00:00:00</x:v></x:c><x:c><x:v>12.5</x:v></x:c></x:row>
            <x:row r="5"><x:c r="B5" t="s"><x:v>0</x:v></x:c></x:row>
            </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C2:C4"/></x:mergeCells></x:worksheet>
            """
        var styles = XLSXStyles()
        styles.isDateStyle = [false, true]
        var reader = XLSXSheetReader(sharedStrings: ["Báo cáo", "Kế hoạch"], styles: styles, use1904: false)
        let rows = try reader.read(Array(xml.utf8))
        let june30 = try #require(CivilDate(year: 2025, month: 6, day: 30))
        #expect(rows.map(\.number) == [2, 3, 4, 5])
        #expect(rows[0].cells == [.text("Kế hoạch"), .empty, .text("Sở Nội vụ")])
        // Cells without references follow each other; a value of its own is not overwritten by the merge.
        #expect(rows[1].cells == [.text("công thức"), .date(june30), .bool(true), .date(june30), .number(12.5)])
        #expect(rows[2].cells == [.empty, .empty, .text("Sở Nội vụ")], "merged down to row 4")
        #expect(rows[3][1] == .text("Báo cáo"))
    }
}
