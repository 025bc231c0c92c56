/// Numbers, money and rates written the Vietnamese way: `1.200.000.000 đ`, `12,5 USD`, `-0,5%`.
/// The one formatter every output uses.
public enum NumberWording {
    /// `1200000000` → `1.200.000.000`: dots group thousands, a comma marks decimals (`12,5`).
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let cents = (abs(value) * 100).rounded()
        guard cents < 1e17 else { return String(value) }
        let whole = Int(cents) / 100
        let fraction = Int(cents) % 100
        let digits = String(whole)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "." }
            result.append(character)
        }
        if fraction != 0 {
            let text = fraction < 10 ? "0\(fraction)" : "\(fraction)"
            result += "," + (text.hasSuffix("0") ? String(text.dropLast()) : text)
        }
        return (value < 0 && cents > 0 ? "-" : "") + result
    }

    /// `1200000000, "VND"` → `1.200.000.000 đ`; other currencies keep their code (`1.500 USD`).
    public static func money(_ value: Double, _ currency: String = "VND") -> String {
        let unit = currency.uppercased() == "VND" ? "đ" : currency
        return "\(grouped(value)) \(unit)"
    }

    /// `0.70833` → `70,8%`: one decimal after a comma, none when it is zero (`80%`).
    public static func percent(_ fraction: Double) -> String {
        let tenths = (fraction * 1000).rounded()
        guard tenths.isFinite, abs(tenths) < 1e15 else { return "—" }
        let value = Int(tenths)
        let whole = abs(value) / 10
        let decimal = abs(value) % 10
        let sign = value < 0 ? "-" : ""
        return decimal == 0 ? "\(sign)\(whole)%" : "\(sign)\(whole),\(decimal)%"
    }
}
