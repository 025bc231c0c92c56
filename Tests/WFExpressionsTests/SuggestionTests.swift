import Testing
@testable import WFExpressions

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("kiem-tra-hn", ["kiem-tra-han", "bao-cao-quy"], "kiem-tra-han"),
        ("bao-cao-qui", ["kiem-tra-han", "bao-cao-quy"], "bao-cao-quy"),
        ("titel", ["title", "due"], "title"),
        ("Title", ["title", "due"], "title"),
        ("ownr", ["owner", "owners"], "owner"),
        ("var", ["vars", "plan"], "vars"),
        ("xyz", ["vars", "plan"], nil),
        ("de-an", ["de-an-cds"], nil),
        ("a", ["b", "c"], "b"),
        ("due", ["due"], nil),
        ("", ["a"], "a"),
        ("anything", [], nil),
    ] as [(String, [String], String?)])
    func closest(name: String, candidates: [String], expected: String?) {
        #expect(closestMatch(to: name, among: candidates) == expected)
    }

    @Test func tiesDoNotDependOnOrder() {
        let candidates: Set = ["cat", "bat", "hat"]
        #expect(closestMatch(to: "at", among: candidates) == "bat")
        #expect(closestMatch(to: "at", among: candidates.sorted().reversed()) == "bat")
    }

    @Test(arguments: [
        ("", "", 0), ("abc", "abc", 0), ("abc", "acb", 1), ("ca", "abc", 3),
        ("kitten", "sitting", 3), ("quý", "quy", 1), ("hn", "han", 1),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(editDistance(Array(a), Array(b)) == expected)
        #expect(editDistance(Array(b), Array(a)) == expected)
    }
}
