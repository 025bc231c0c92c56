import Foundation

/// Advance widths of Times New Roman (and the metric-compatible Liberation Serif that
/// LibreOffice substitutes for it), enough to lay out the administrative header: capital
/// and small letters with Vietnamese marks, digits, spaces and common punctuation.
///
/// Widths are in font units (2048 to the em) taken from the fonts' `hmtx` tables. A Vietnamese
/// letter has its base letter's width, except the horned ones (`Ư`, `ơ`, `ư` and their toned
/// forms), which are wider; `Ơ` keeps the width of `O`. Anything not in the table counts as wide as `W`, so a measured
/// line is never shorter than the real one.
enum TimesMetrics {
    private static let unitsPerEm = 2048.0

    private static let regular: [Character: Int] = table(
        capitals: [1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821,
                   1479, 1479, 1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251],
        smalls: [909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593,
                 1024, 1024, 1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909],
        horned: ["Ư": 1589, "ơ": 1083, "ư": 1110], ampersand: 1593, colon: 569)
    private static let bold: [Character: Int] = table(
        capitals: [1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933,
                   1479, 1593, 1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366],
        smalls: [1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706,
                 1139, 1024, 1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909],
        horned: ["Ư": 1630, "ơ": 1134, "ư": 1229], ampersand: 1706, colon: 682)

    /// The width of `text` set in `size` points, in twips (twentieths of a point).
    static func width(_ text: String, size: Double, bold isBold: Bool) -> Int {
        let widths = isBold ? bold : regular
        let fallback = isBold ? 2048 : 1933
        var units = 0
        for character in text.precomposedStringWithCanonicalMapping {
            units += widths[character] ?? widths[horned(character)] ?? widths[base(character)] ?? fallback
        }
        return Int((Double(units) / unitsPerEm * size * 20).rounded(.up))
    }

    /// The letter under a Vietnamese letter's marks: `Ề` → `E`, `đ` → `d`, `Ở` → `O`.
    private static func base(_ character: Character) -> Character {
        if character == "Đ" { return "D" }
        if character == "đ" { return "d" }
        return String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(Character.init) ?? character
    }

    /// The horned letter under a letter's tone mark (`Ử` → `Ư`, `ợ` → `ơ`), or the letter itself.
    private static func horned(_ character: Character) -> Character {
        let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = scalars.first, scalars.contains("\u{031B}") else { return character }
        return Character(String(first) + "\u{031B}")
    }

    private static func table(capitals: [Int], smalls: [Int], horned: [Character: Int], ampersand: Int, colon: Int) -> [Character: Int] {
        var widths: [Character: Int] = [" ": 512, "-": 682, ",": 512, ".": 512, "/": 569, "(": 682, ")": 682,
                                         ":": colon, "&": ampersand]
        for (character, width) in horned { widths[character] = width }
        for (offset, width) in capitals.enumerated() {
            if let scalar = Unicode.Scalar(UInt32(65 + offset)) { widths[Character(scalar)] = width }
        }
        for (offset, width) in smalls.enumerated() {
            if let scalar = Unicode.Scalar(UInt32(97 + offset)) { widths[Character(scalar)] = width }
        }
        for digit in "0123456789" { widths[digit] = 1024 }
        return widths
    }
}
