import Testing
import WFDiagnostics
import WFLocalization
@testable import WFExpressions

/// Expression errors read in Vietnamese too: the words translated, the names the planner
/// typed (`vars.x`, `goals.a`, `'=='`) kept as written.
@Suite struct VietnameseMessageTests {
    @Test("syntax errors", arguments: [
        ("đ ${{ a 1️⃣= b }}", "dấu '=' đặt sai chỗ: để so sánh, viết '=='"),
        ("${{ 1️⃣\"x\" }}", "chuỗi văn bản trong biểu thức dùng dấu nháy đơn: viết 'text', không viết \"text\""),
        ("Quý IV: ${{ a == 1️⃣}}", "cần một giá trị, một tên hoặc '(', nhưng lại gặp hết biểu thức"),
        ("1️⃣${{ vars.a", "biểu thức chưa được đóng: thêm '}}' để đóng '${{'"),
        ("${{ a 1️⃣+ 1 }}", "dấu '+' đặt sai chỗ: biểu thức không làm phép tính số học; hãy tính giá trị này trong một bước"),
    ])
    func syntax(marked: String, vi: String) {
        let string = Marked(marked)
        let (_, errors) = Template.parse(string.text)
        #expect(errors.map(\.message.vi) == [vi])
        #expect(errors.map(\.offset) == [string.offset])
    }

    @Test("references and function calls", arguments: [
        ("${{ vars.1️⃣missing }}", "chưa khai báo biến 'vars.missing': khai báo 'missing' trong 'vars:' hoặc sửa lại tên"),
        ("${{ goals.1️⃣ngay-cds.title }}", "'ngay-cds' là một sự kiện, không phải một nhiệm vụ: viết 'events.ngay-cds'"),
        ("${{ goals.1️⃣bao-cao }}", "không có nhiệm vụ 'bao-cao': dùng mã của một nhiệm vụ đã khai báo trong 'goals:'"),
        ("${{ secrets.1️⃣TOKEN }}", "thông tin bí mật (secret) 'TOKEN' chưa được khai báo: thêm vào 'secrets:'"),
        ("${{ steps.im-lang.outputs.1️⃣x }}",
         "bước 'im-lang' không có kết quả 'x': mô-đun của bước này không khai báo kết quả nào"),
        ("${{ 1️⃣ngay-cds.date }}", "không có 'ngay-cds' ở đầu biểu thức: viết 'events.ngay-cds' để chỉ sự kiện 'ngay-cds'"),
        ("${{ 1️⃣github.sha }}",
         "không có 'github': tên trong biểu thức phải bắt đầu bằng vars, plan, goals, events, checkpoints, steps, owners, run, env hoặc secrets"),
        ("${{ 1️⃣contains('a') }}", "'contains' nhận 2 tham số, không phải 1"),
        ("${{ format(1️⃣'{0} {1}', 'x') }}",
         "chuỗi định dạng dùng {1} nhưng phía sau chỉ có 1 tham số: thêm tham số hoặc sửa lại chỗ điền"),
    ])
    func references(marked: String, vi: String) throws {
        let string = Marked(marked)
        let (template, errors) = Template.parse(string.text)
        #expect(errors.isEmpty)
        let found = check(template, scope: q4Scope)
        try #require(found.count == 1, "\(found.map(\.message.en))")
        #expect(found[0].message.vi == vi)
        #expect(found[0].offset == string.offset)
    }

    @Test("a failure while computing a value")
    func evaluation() {
        #expect {
            try evaluate(Expression.parse("length(1)"), in: sampleContext)
        } throws: { error in
            (error as? EvaluationError)?.message.vi
                == "length() nhận một chuỗi văn bản, một danh sách hoặc một nhóm mục, không nhận một số"
        }
        #expect {
            try evaluate(Expression.parse("always()"), in: sampleContext)
        } throws: { error in
            (error as? EvaluationError)?.message.vi == "không dùng được hàm 'always' ở đây"
        }
    }

    @Test("a list of names reads 'a, b hoặc c'")
    func orList() {
        #expect(ExpressionText.list(["vars", "plan", "goals"]).vi == "vars, plan hoặc goals")
        #expect(ExpressionText.list(["vars", "plan", "goals"]).en == "vars, plan or goals")
        #expect(ExpressionText.list(["a"], quoted: true).vi == "'a'")
    }
}
