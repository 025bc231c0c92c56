// MARK: - Parsing and formatting

extension CivilDate {
    /// Parses `2023-10-10` (ISO) or the Vietnamese day-first `10/10/2023` (also `5/9/2023`).
    ///
    /// Nothing else is accepted: no surrounding spaces, no two-digit years, no times.
    public static func parse(_ text: String) -> CivilDate? {
        // Every date of a plan comes through here: read the bytes in place, allocate nothing.
        text.utf8.withContiguousStorageIfAvailable(parse) ?? Array(text.utf8).withUnsafeBufferPointer(parse)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
            guard let year = ASCII.number(bytes[0..<4]), let month = ASCII.number(bytes[5..<7]),
                  let day = ASCII.number(bytes[8..<10]) else { return nil }
            return CivilDate(year: year, month: month, day: day)
        }
        // d/m/yyyy, dd/mm/yyyy and the mixes: two slashes, 1–2 + 1–2 + 4 digits.
        guard let first = bytes.firstIndex(of: UInt8(ascii: "/")),
              let second = bytes[(first + 1)...].firstIndex(of: UInt8(ascii: "/")),
              (1...2).contains(first), (1...2).contains(second - first - 1), bytes.count - second - 1 == 4,
              let day = ASCII.number(bytes[..<first]), let month = ASCII.number(bytes[(first + 1)..<second]),
              let year = ASCII.number(bytes[(second + 1)...]) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// The ISO form, `2023-10-10`.
    public var iso: String {
        "\(ASCII.padded(year, 4))-\(ASCII.padded(month, 2))-\(ASCII.padded(day, 2))"
    }

    /// The Vietnamese form, `10/10/2023` (dd/mm/yyyy, zero-padded).
    public var vietnamese: String {
        "\(ASCII.padded(day, 2))/\(ASCII.padded(month, 2))/\(ASCII.padded(year, 4))"
    }
}

// MARK: - Codable

extension CivilDate: Codable {
    /// Decodes a date string in either form ``parse(_:)`` accepts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate.parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")
        }
        self = date
    }

    /// Encodes the date as its ISO string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
