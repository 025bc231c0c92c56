/// The candidate closest to `name`, for a "did you mean" note; nil when none is close.
///
/// Closeness is the optimal-string-alignment distance (Damerau–Levenshtein with adjacent
/// transpositions) ignoring case, and a candidate must be within `max(1, name.count / 3)`
/// edits. Ties go to the alphabetically first candidate, so the answer does not depend on
/// the order of a `Set`. A candidate equal to `name` is never suggested.
public func closestMatch(to name: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(name.lowercased())
    let threshold = max(1, target.count / 3)
    var best: (distance: Int, candidate: String)?
    for candidate in candidates where candidate != name {
        let other = Array(candidate.lowercased())
        guard abs(other.count - target.count) <= threshold else { continue }
        let distance = editDistance(target, other)
        guard distance <= threshold else { continue }
        if let current = best, (current.distance, current.candidate) <= (distance, candidate) { continue }
        best = (distance, candidate)
    }
    return best?.candidate
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
