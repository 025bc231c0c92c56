import Testing
@testable import WFExpressions

@Suite struct ExpressionValueTests {
    @Test(arguments: [
        (ExpressionValue.null, ""),
        (true, "true"),
        (3, "3"),
        (-0.0, "0"),
        (2.5, "2.5"),
        (0.1, "0.1"),
        (1_200_000_000, "1200000000"),
        (1e20, "1e+20"),
        (.number(.nan), "NaN"),
        (.number(-.infinity), "-Infinity"),
        ("Sở TT&TT", "Sở TT&TT"),
        ([1, "a", .null], "[1,\"a\",null]"),
        (["b": 1, "a": ["x\"y\n"]], "{\"a\":[\"x\\\"y\\n\"],\"b\":1}"),
        ([:], "{}"),
    ] as [(ExpressionValue, String)])
    func description(value: ExpressionValue, expected: String) {
        #expect(value.description == expected)
    }

    @Test(arguments: [
        (ExpressionValue.null, false), (false, false), (true, true), (0, false), (-0.0, false),
        (.number(.nan), false), (0.5, true), ("", false), ("0", true), ("false", true),
        ([], true), ([:], true),
    ] as [(ExpressionValue, Bool)])
    func truthiness(value: ExpressionValue, expected: Bool) {
        #expect(value.isTruthy == expected)
    }

    @Test func prettyJSON() {
        let value: ExpressionValue = ["title": "Đề án", "tags": ["cds", 2030], "empty": []]
        #expect(value.json(pretty: true) == """
            {
              "empty": [],
              "tags": [
                "cds",
                2030
              ],
              "title": "Đề án"
            }
            """)
    }

    @Test(arguments: [
        #"{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "Quý IV \u00e9 \ud83d\ude00 \n"}}"#,
        "[]",
        " \"x\" ",
        "0",
    ])
    func jsonRoundTrip(text: String) throws {
        let value = try #require(ExpressionValue(json: text))
        #expect(ExpressionValue(json: value.json()) == value)
        #expect(ExpressionValue(json: value.json(pretty: true)) == value)
    }

    @Test func jsonDecodesEscapes() {
        #expect(ExpressionValue(json: #"["\u00e9\ud83d\ude00\t"]"#) == ["é😀\t"])
    }

    @Test(arguments: ["", "{", "[1,]", "{'a': 1}", "01", "+1", "tru", "\"a", "[1] x", "\"\\ud83d\"",
                      String(repeating: "[", count: 300) + String(repeating: "]", count: 300)])
    func invalidJSON(text: String) {
        #expect(ExpressionValue(json: text) == nil)
    }

    @Test func memberLookupFallsBackToCaseInsensitive() {
        let value: ExpressionValue = ["Overdue": 2, "name": "a"]
        #expect(value[member: "overdue"] == 2)
        #expect(value[member: "NAME"] == "a")
        #expect(value[member: "missing"] == .null)
        #expect(ExpressionValue.string("x")[member: "x"] == .null)
    }
}
