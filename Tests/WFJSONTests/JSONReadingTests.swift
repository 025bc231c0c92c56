import Testing
import WFJSON

@Suite("JSON reading")
struct JSONReadingTests {
    @Test("values of every kind, members in order, duplicates kept")
    func values() throws {
        let value = try #require(JSON(parsing: #" {"b": [1, 2.5, -3e2, 0.5E+1, true, false, null], "a": {"c": "x"}, "b": 0} "#))
        #expect(value == .object([
            ("b", [1, 2.5, -300, 5, true, false, .null]), ("a", ["c": "x"]), ("b", 0),
        ]))
        #expect(value["b"] == 0)
        #expect(JSON(parsing: "0") == 0)
        #expect(JSON(parsing: "-0") == .number(-0.0))
        #expect(JSON(parsing: "\"x\"") == "x")
        #expect(JSON(parsing: " \t\r\n[]\n") == [])
    }

    @Test("escapes, surrogate pairs and Vietnamese text")
    func strings() {
        #expect(JSON(parsing: #"["\u00e9\ud83d\ude00\t\"\\\/\b\f\n\r"]"#) == ["é😀\t\"\\/\u{08}\u{0C}\n\r"])
        #expect(JSON(parsing: "\"Kế hoạch quý IV\"") == "Kế hoạch quý IV")
        #expect(JSON(parsing: Array("\"Sở Nội vụ\"".utf8)) == "Sở Nội vụ")
    }

    @Test("invalid input is rejected", arguments: [
        "", " ", "{", "}", "[1,]", "[,1]", "{\"a\":1,}", "{'a': 1}", "{a: 1}", "{\"a\" 1}", "01", "-01", "+1",
        ".5", "1.", "1e", "1e+", "-", "0x10", "NaN", "Infinity", "1e400", "tru", "nul", "True", "\"a",
        "[1] x", "1 2", "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83dx\"", "\"\\x\"", "\"\\u00g0\"", "\"a\tb\"",
        "\"a\nb\"", "// c\n1", "[1] // c", "\u{FEFF}1", "\u{A0}1",
    ])
    func invalid(text: String) {
        #expect(JSON(parsing: text) == nil)
    }

    @Test("invalid UTF-8 is rejected")
    func invalidUTF8() {
        #expect(JSON(parsing: [0x22, 0xC3, 0x28, 0x22]) == nil)
        #expect(JSON(parsing: [0x22, 0xFF, 0x22]) == nil)
        #expect(JSON(parsing: [0x22, 0xC3, 0xA9, 0x22]) == "é")
    }

    @Test("nesting up to 256 levels is read, deeper is rejected")
    func depthLimit() {
        #expect(JSON.maxDepth == 256)
        let deepest = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(JSON(parsing: deepest) != nil)
        let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        #expect(JSON(parsing: tooDeep) == nil)
        let objects = String(repeating: "{\"a\":", count: 257) + "1" + String(repeating: "}", count: 257)
        #expect(JSON(parsing: objects) == nil)
        #expect(JSON(parsing: String(repeating: "[", count: 100_000)) == nil)
    }

    @Test("what is written reads back equal, compact and indented", arguments: [
        #"{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "Quý IV \u00e9 \ud83d\ude00 \n \u0001"}}"#,
        "[]", "{}", " \"x\" ", "0", "-0.125", "1e300", "123456789012345678", "[[[{}]]]",
    ])
    func roundTrip(text: String) throws {
        let value = try #require(JSON(parsing: text))
        #expect(JSON(parsing: value.serialized()) == value)
        #expect(JSON(parsing: value.serialized(indent: 2)) == value)
    }
}
