/// The candidate closest to `name`, for a "did you mean" note; nil when none is close.
///
/// Closeness is the optimal-string-alignment distance (Damerau–Levenshtein with adjacent
/// transpositions) ignoring case, and a candidate must be within `max(1, name.count / 3)`
/// edits. Ties go to the alphabetically first candidate, so the answer does not depend on
/// the order of a `Set`. A candidate equal to `name` is never suggested.
///
/// To ask about many names among the same candidates, build a `SuggestionIndex` once.
public func closestMatch(to name: String, among candidates: some Sequence<String>) -> String? {
    SuggestionIndex(candidates).closestMatch(to: name)
}

/// The candidates of `closestMatch(to:among:)` in a trie of their lower-cased characters.
///
/// A query walks only the branches within the edit limit, cheapest limit first, instead of
/// comparing `name` with every candidate: a plan with thousands of ids and thousands of
/// unknown references stays linear. The answers are exactly those of the definition above.
public struct SuggestionIndex: Sendable {
    private struct TrieNode: Sendable {
        var character: Character
        var children: [Int32] = []
        /// The candidates that end here, as written (several may lower-case alike).
        var candidates: [String] = []
    }

    /// Node 0 is the root; its character is never read.
    private var nodes = [TrieNode(character: " ")]

    /// Indexes `candidates`; duplicates are kept once.
    public init(_ candidates: some Sequence<String>) {
        for candidate in candidates {
            var node = 0
            for character in candidate.lowercased() {
                if let child = nodes[node].children.first(where: { nodes[Int($0)].character == character }) {
                    node = Int(child)
                } else {
                    nodes.append(TrieNode(character: character))
                    nodes[node].children.append(Int32(nodes.count - 1))
                    node = nodes.count - 1
                }
            }
            if !nodes[node].candidates.contains(candidate) { nodes[node].candidates.append(candidate) }
        }
    }

    /// The candidate closest to `name`, by the rule of `closestMatch(to:among:)`.
    public func closestMatch(to name: String) -> String? {
        let target = Array(name.lowercased())
        let threshold = max(1, target.count / 3)
        // Iterative deepening: the first limit with a match gives the smallest distance.
        for limit in 0...threshold {
            if let found = search(target, limit: limit, excluding: name) { return found }
        }
        return nil
    }

    /// The best candidate within `limit` edits of `target`: smallest distance, then first alphabetically.
    private func search(_ target: [Character], limit: Int, excluding name: String) -> String? {
        let width = target.count + 1
        let maxDepth = target.count + limit
        // rows[d] is the edit-distance row of the trie path of length d against `target`.
        var rows = [Int](repeating: 0, count: width * (maxDepth + 1))
        for j in 0..<width { rows[j] = j }
        var path = [Character](repeating: " ", count: maxDepth + 1)
        var best: (distance: Int, candidate: String)?
        func consider(_ candidates: [String], distance: Int) {
            guard distance <= limit else { return }
            for candidate in candidates where candidate != name {
                if let found = best, (found.distance, found.candidate) <= (distance, candidate) { continue }
                best = (distance, candidate)
            }
        }
        consider(nodes[0].candidates, distance: target.count)  // the empty candidate
        var stack: [(node: Int32, depth: Int)] = maxDepth > 0 ? nodes[0].children.map { ($0, 1) } : []
        while let (index, depth) = stack.popLast() {
            let node = nodes[Int(index)]
            path[depth] = node.character
            let current = depth * width, previous = current - width, twoBack = previous - width
            rows[current] = depth
            var rowMinimum = depth
            for j in 1..<width {
                let cost = node.character == target[j - 1] ? 0 : 1
                var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                if depth > 1, j > 1, node.character == target[j - 2], path[depth - 1] == target[j - 1] {
                    value = min(value, rows[twoBack + j - 2] + 1)
                }
                rows[current + j] = value
                rowMinimum = min(rowMinimum, value)
            }
            consider(node.candidates, distance: rows[current + width - 1])
            // A row's minimum never decreases further down, so it bounds every candidate below.
            if rowMinimum <= limit, depth < maxDepth {
                for child in node.children { stack.append((child, depth + 1)) }
            }
        }
        return best?.candidate
    }
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
/// two adjacent Characters each cost one edit.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows: two back (for transpositions), previous, current.
    var twoBack = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], twoBack[j - 2] + 1)
            }
        }
        (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count]
}
