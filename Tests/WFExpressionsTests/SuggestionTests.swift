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

    /// The index answers exactly as comparing `name` with every candidate would.
    @Test func indexAgreesWithTheDefinition() {
        func bruteForce(_ name: String, _ candidates: [String]) -> String? {
            let target = Array(name.lowercased())
            let threshold = max(1, target.count / 3)
            return candidates.filter { $0 != name }
                .map { (editDistance(target, Array($0.lowercased())), $0) }
                .filter { $0.0 <= threshold }
                .min { ($0.0, $0.1) < ($1.0, $1.1) }?.1
        }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func random(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let alphabet = Array("abcdeAB-1đĐ")
        func word() -> String { String((0..<random(9)).map { _ in alphabet[random(alphabet.count)] }) }
        for _ in 0..<300 {
            let candidates = (0..<random(40)).map { _ in word() }
            let index = SuggestionIndex(candidates)
            for _ in 0..<10 {
                let name = random(3) == 0 && !candidates.isEmpty ? candidates[random(candidates.count)] : word()
                #expect(index.closestMatch(to: name) == bruteForce(name, candidates), "\(name) among \(candidates)")
            }
        }
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
