import CFuzzer
import Foundation
import WFExpressions

/// Fixed values the expressions read, shaped like a run's contexts.
private let context = StaticContext(
    [
        "vars": ["department": "Sở TT&TT Bắc Ninh", "year": 2023, "rate": 0.5, "empty": "", "list": [1, "a", true, .null]],
        "plan": ["name": "Kế hoạch Q4", "period": "2023-Q4", "timezone": "Asia/Ho_Chi_Minh"],
        "goals": ["a": ["title": "Đề án", "progress": 0.4, "done": false, "owner": "cntt", "due": "2023-10-31"]],
        "events": ["e": ["title": "Hội nghị", "date": "2023-10-10", "owner": "cntt"]],
        "checkpoints": ["q3": ["planned": 1_200_000_000, "actual": 900_000_000]],
        "steps": ["a": ["outputs": ["overdue": 2, "items": ["x", "y"], "json": "{\"k\":[1,2]}"], "status": "success"]],
        "owners": ["cntt": ["name": "Phòng CNTT", "notify": ["mailto:cntt@example.vn", "console:"]]],
        "run": ["id": "r1", "as_of": "2023-10-05"],
        "env": ["HOME": "/home/wf"],
        "secrets": ["token": "s3cret"],
    ],
    functions: [
        "days_until": { arguments in arguments.isEmpty ? nil : 5 },
        "success": { _ in true },
        "failure": { _ in false },
        "always": { _ in true },
    ])

/// What validation checks names against.
private let scope = ExpressionScope(
    vars: ["department", "year", "rate", "empty", "list"], goals: ["a"], events: ["e"], checkpoints: ["q3"],
    owners: ["cntt"], secrets: ["token"], steps: ["a": ["overdue", "items"], "sh": nil])

/// One input, as UTF-8 text: parsed as a bare expression and as a template; whatever
/// parses is checked against a scope, evaluated, rendered and printed back.
func fuzzExpressions(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = data.map { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) } ?? ""
    if let expression = try? Expression.parse(text) {
        _ = check(expression, scope: scope)
        _ = references(in: expression)
        _ = try? evaluate(expression, in: context)
        // The canonical form is a fixed point: printed, parsed and printed again, it reads the
        // same (it may not parse at all: its added parentheses count towards the depth limit).
        let printed = expression.description
        if let again = try? Expression.parse(printed), again.description != printed {
            fatalError("'\(text)' prints as '\(printed)', which prints as '\(again.description)'")
        }
    }
    let (template, errors) = Template.parse(text)
    // An ASCII text is scanned as bytes: it must give what scanning its Characters gives.
    if text.utf8.allSatisfy({ $0 < 0x80 }), Template.parseAsCharacters(text) != (template, errors) {
        fatalError("'\(text)' scans as bytes unlike as Characters")
    }
    _ = check(template, scope: scope)
    _ = try? template.render(in: context)
    _ = try? template.value(in: context)
    return 0
}

/// The harness's entry point: libFuzzer parses the command line and calls the test function.
@main
enum FuzzExpressions {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzExpressions(data, size) })
    }
}
