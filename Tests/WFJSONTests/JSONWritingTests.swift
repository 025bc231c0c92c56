import Foundation
import NotifyPeers
import Testing
import WFJSON

@Suite("JSON writing")
struct JSONWritingTests {
    @Test("quotes, backslashes and control characters are escaped; everything else is UTF-8")
    func escaping() {
        #expect(JSON.quoted("a\"b\\c/d") == #""a\"b\\c/d""#)
        #expect(JSON.quoted("\n\r\t\u{08}\u{0C}") == #""\n\r\t\b\f""#)
        #expect(JSON.quoted("\u{00}\u{01}\u{1F}\u{7F}") == "\"\\u0000\\u0001\\u001f\u{7F}\"")
        #expect(JSON.quoted("Báo cáo quý IV — Sở Nội vụ 😀") == "\"Báo cáo quý IV — Sở Nội vụ 😀\"")
        var output = "x="
        JSON.appendQuoted("ế", to: &output)
        #expect(output == "x=\"ế\"")
    }

    @Test("any text, written as a JSON string, reads back the same in Foundation's reader and ours")
    func escapingRoundTrips() throws {
        // Quotes, backslashes, every control character, DEL, Vietnamese, combining marks, emoji.
        let pieces = ["\"", "\\", "/", "\u{7F}", "a", " ", "ế", "Sở", "e\u{301}", "😀", "\r\n"]
            + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        var random = SplitMix64(state: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            let quoted = JSON.quoted(text)
            #expect(!quoted.utf8.contains { $0 < 0x20 }, "a raw control character in \(quoted)")
            let foundation = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
            #expect(foundation == [text], "\(quoted)")
            #expect(JSON(parsing: quoted) == .string(text))
            #expect(JSON.object([(text, .string(text))]).utf8() == Array("{\(quoted):\(quoted)}".utf8))
        }
    }

    @Test("integers have no fraction; other numbers round-trip; NaN and infinities are null", arguments: [
        (0.0, "0"), (-0.0, "0"), (3, "3"), (-12, "-12"), (1_200_000_000, "1200000000"),
        (9_999_999_999_999_998, "9999999999999998"), (1e16, "1e+16"), (0.5, "0.5"), (-2.25, "-2.25"),
        (0.1, "0.1"), (1e-7, "1e-07"), (.nan, "null"), (.infinity, "null"), (-.infinity, "null"),
    ] as [(Double, String)])
    func numbers(value: Double, text: String) {
        #expect(JSON.number(value).serialized() == text)
    }

    @Test("int(_:) is a number or null")
    func intHelper() {
        #expect(JSON.int(41) == .number(41))
        #expect(JSON.int(nil) == .null)
    }

    @Test("compact layout has no spaces; keys stay in the order given")
    func compact() {
        let value: JSON = .object(["z": 1, "a": [true, false, .null], "m": .object([:]), "e": []])
        #expect(value.serialized() == #"{"z":1,"a":[true,false,null],"m":{},"e":[]}"#)
    }

    @Test("indented layout: one member per line, \"key\": value, empty containers inline")
    func indented() {
        let value: JSON = .object([
            "tên": "Đề án", "tags": ["cds", 2030], "empty": [], "none": .object([:]),
            "nested": .object(["a": .null]),
        ])
        #expect(value.serialized(indent: 2) == """
            {
              "tên": "Đề án",
              "tags": [
                "cds",
                2030
              ],
              "empty": [],
              "none": {},
              "nested": {
                "a": null
              }
            }
            """)
        #expect(JSON.array([1, 2]).serialized(indent: 4) == "[\n    1,\n    2\n]")
        #expect(JSON.string("x").serialized(indent: 2) == "\"x\"")
    }

    @Test("equality is structural and ordered; equal values hash alike")
    func equality() {
        let a: JSON = ["x": 1, "y": "b"]
        let b: JSON = .object([("x", .number(1)), ("y", .string("b"))])
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != ["y": "b", "x": 1])
        #expect(JSON.number(1) != .string("1"))
        #expect(Set<JSON>([a, b, .null]).count == 2)
        #expect(a["y"] == "b")
        #expect(a["missing"] == nil)
    }
}
