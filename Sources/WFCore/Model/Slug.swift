import Foundation
import WFCalendar

/// Ids made from text: lower-case ASCII letters and digits joined by `-`, Vietnamese letters
/// without their marks (`Báo cáo Quý IV` → `bao-cao-quy-iv`).
public enum Slug {
    /// The slug of `text`; empty when it has no letter or digit. Spaces, `_`, `-`, `.` and other
    /// punctuation between words become one `-`.
    public static func make(_ text: String) -> String {
        // Vietnamese folds without Foundation (fast); other marks are taken off by decomposing.
        let folded = VietnameseFolding.fold(text)
        let letters = folded.unicodeScalars.allSatisfy(\.isASCII) ? folded : folded.decomposedStringWithCanonicalMapping
        var result = ""
        for scalar in letters.unicodeScalars {
            if scalar == "đ" { result.append("d") }
            else if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { result.unicodeScalars.append(scalar) }
            else if scalar.properties.generalCategory == .nonspacingMark { continue }
            else if !result.hasSuffix("-") { result.append("-") }
        }
        while result.hasPrefix("-") { result.removeFirst() }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// The slug of `text` cut at a word boundary to at most `limit` characters.
    public static func make(_ text: String, limit: Int) -> String {
        let slug = make(text)
        guard slug.count > limit else { return slug }
        var cut = ""
        for word in slug.split(separator: "-") {
            let next = cut.isEmpty ? String(word) : cut + "-" + word
            if next.count > limit { break }
            cut = next
        }
        return cut.isEmpty ? String(slug.prefix(limit)) : cut
    }
}
