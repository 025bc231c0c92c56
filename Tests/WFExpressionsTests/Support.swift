import WFExpressions

/// Text with a `1️⃣` marker where a position is expected; the marker is removed and its
/// Character offset recorded (as swift-format marks findings).
struct Marked: CustomStringConvertible {
    let text: String
    let offset: Int

    init(_ marked: String) {
        var text = ""
        var offset = -1
        for character in marked {
            if character == "1️⃣" { offset = text.count } else { text.append(character) }
        }
        precondition(offset >= 0, "no 1️⃣ marker in \(marked)")
        self.text = text
        self.offset = offset
    }

    var description: String { text }
}

/// Parses a bare expression, failing the test on an error.
func parse(_ source: String) throws -> Expression {
    try Expression.parse(source)
}

/// The context the evaluation tests read from.
let sampleContext = StaticContext(
    [
        "vars": ["department": "Sở TT&TT Bắc Ninh", "year": 2023, "empty": ""],
        "steps": [
            "kiem-tra-han": ["outputs": ["overdue": 2, "due_soon": "3", "items": ["a", "b"]], "status": "success"],
        ],
        "goals": ["de-an-cds": ["title": "Đề án CĐS", "progress": 0.4, "done": false, "owner": "cntt"]],
        "owners": ["cntt": ["name": "Phòng CNTT", "notify": ["mailto:cntt@bacninh.gov.vn", "console:"]]],
        "env": [:],
    ],
    functions: [
        "days_until": { arguments in arguments.first == "2023-10-10" ? 5 : 0 },
        "success": { _ in true },
        "failure": { _ in false },
    ])
