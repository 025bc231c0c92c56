import WFCalendar
import WFCore

/// Unit names in annex cells: several in one cell, and the owner ids made from them.
public enum UnitNames {
    /// The units named in one cell: split at `;` and line breaks, and at `,` and ` và ` where the
    /// next piece starts a new unit name ("Sở Nội vụ, Sở Tài chính", "Sở Tài chính và Kho bạc Nhà
    /// nước tỉnh"), but not inside a name ("Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và
    /// Truyền thông", "UBND các huyện, thành phố").
    public static func split(_ cell: String) -> [String] {
        var units: [String] = []
        for line in cell.split(whereSeparator: { $0.isNewline || $0 == ";" }) {
            var current = ""
            for (piece, separator) in pieces(String(line)) {
                let name = clean(piece)
                if name.isEmpty { continue }
                if current.isEmpty || startsUnit(name) {
                    if !current.isEmpty { units.append(current) }
                    current = name
                } else {
                    current += separator + name
                }
            }
            if !current.isEmpty { units.append(current) }
        }
        var seen = Set<String>()
        return units.filter { seen.insert(key($0)).inserted }
    }

    /// The text between `,` and ` và `, each with the separator before it ("" for the first).
    private static func pieces(_ line: String) -> [(String, String)] {
        var out: [(String, String)] = []
        var current = ""
        var separator = ""
        var index = line.startIndex
        while index < line.endIndex {
            if line[index] == "," {
                out.append((current, separator))
                (current, separator) = ("", ", ")
                index = line.index(after: index)
                continue
            }
            let rest = line[index...]
            if rest.first == " ", rest.dropFirst().prefix(2).lowercased() == "và", rest.dropFirst(3).first == " " {
                out.append((current, separator))
                (current, separator) = ("", " và ")
                index = line.index(index, offsetBy: 4)
                continue
            }
            current.append(line[index])
            index = line.index(after: index)
        }
        out.append((current, separator))
        return out
    }

    /// The words a unit's name starts with, folded.
    static let unitWords: [String] = [
        "so", "ban", "phong", "ubnd", "uy ban", "van phong", "trung tam", "cong an", "bo chi huy", "bo ", "cuc", "chi cuc",
        "dai", "bao", "vien", "truong", "hoi", "lien doan", "tinh doan", "thanh doan", "cac", "kho bac", "ngan hang",
        "bao hiem", "thanh tra", "benh vien", "cong ty", "tap doan", "tong cong ty", "dang uy", "mat tran", "doanh nghiep",
        "don vi", "co quan", "hdnd", "hoi dong", "vnpt", "viettel", "mobifone", "buu dien", "to cong tac", "to ", "huyen uy",
        "tinh uy", "thanh uy", "chi nhanh", "cac dia phuong", "dia phuong",
    ]

    /// True when `name` starts a new unit: a capital letter and a unit word, or an abbreviation.
    static func startsUnit(_ name: String) -> Bool {
        guard let first = name.first, first.isUppercase else { return false }
        let firstWord = name.split(separator: " ").first.map(String.init) ?? name
        if firstWord.count >= 2, firstWord.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "&" }) { return true }
        let folded = VietnameseFolding.fold(name) + " "
        return unitWords.contains { folded.hasPrefix($0.hasSuffix(" ") ? $0 : $0 + " ") }
    }

    /// A name without bullets, spaces at the ends and a final `.` or `;`.
    static func clean(_ text: String) -> String {
        var name = text.trimmingSpaces
        while let first = name.first, first == "-" || first == "+" || first == "•" || first == "*" {
            name = String(name.dropFirst()).trimmingSpaces
        }
        while let last = name.last, last == "." || last == ";" || last == "," { name = String(name.dropLast()).trimmingSpaces }
        return name.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Names that are the same unit: case, diacritics and spacing aside.
    static func key(_ name: String) -> String {
        VietnameseFolding.fold(name).split(separator: " ").joined(separator: " ")
    }

    /// The owner id of a unit: the slug of its name, with the usual abbreviations
    /// (`Ủy ban nhân dân` → `ubnd`), at most 40 characters, cut at a word.
    public static func ownerID(_ name: String) -> String {
        var folded = " " + key(name) + " "
        for (long, short) in abbreviations { folded = folded.replacing(" \(long) ", with: " \(short) ") }
        let slug = Slug.make(folded, limit: 40)
        return slug.isEmpty ? "don-vi" : slug
    }

    static let abbreviations: [(String, String)] = [
        ("uy ban nhan dan", "ubnd"), ("hoi dong nhan dan", "hdnd"), ("thong tin va truyen thong", "tt-tt"),
        ("khoa hoc va cong nghe", "kh-cn"), ("ke hoach va dau tu", "kh-dt"), ("tai nguyen va moi truong", "tn-mt"),
        ("lao dong - thuong binh va xa hoi", "ld-tb-xh"), ("van hoa, the thao va du lich", "vh-tt-dl"),
        ("giao duc va dao tao", "gd-dt"), ("nong nghiep va phat trien nong thon", "nn-ptnt"),
        ("chuyen doi so", "cds"),
    ]
}
