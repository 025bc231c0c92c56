/// Plans saved as UTF-16 or UTF-32 ("Unicode" in older Windows editors), read as UTF-8.
enum TextEncoding {
    enum Decoded {
        /// UTF-8 bytes, and the encoding they came from when it was not UTF-8.
        case text([UInt8], from: String?)
        /// A byte-order mark was found but what follows is not valid in that encoding.
        case invalid(encoding: String, offset: Int)
    }

    /// `bytes` as UTF-8: transcoded when they start with a UTF-16 or UTF-32 byte-order mark
    /// (the mark is dropped; lines and columns count Characters, so positions are the same
    /// as in the file saved as UTF-8), as they are otherwise.
    static func utf8(_ bytes: [UInt8]) -> Decoded {
        switch bytes.prefix(4) {
        case [0xFF, 0xFE, 0x00, 0x00]: return transcode(bytes.dropFirst(4), unit: 4, bigEndian: false, name: "UTF-32LE")
        case [0x00, 0x00, 0xFE, 0xFF]: return transcode(bytes.dropFirst(4), unit: 4, bigEndian: true, name: "UTF-32BE")
        default: break
        }
        switch bytes.prefix(2) {
        case [0xFF, 0xFE]: return transcode(bytes.dropFirst(2), unit: 2, bigEndian: false, name: "UTF-16LE")
        case [0xFE, 0xFF]: return transcode(bytes.dropFirst(2), unit: 2, bigEndian: true, name: "UTF-16BE")
        default: return .text(bytes, from: nil)
        }
    }

    /// True when `bytes` look like UTF-16 without a byte-order mark: many NUL bytes, all at
    /// the same parity, among ASCII text.
    static func looksLikeUnmarkedUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = Array(bytes.prefix(512))
        guard sample.count >= 8 else { return false }
        let even = stride(from: 0, to: sample.count, by: 2).count { sample[$0] == 0 }
        let odd = stride(from: 1, to: sample.count, by: 2).count { sample[$0] == 0 }
        let half = sample.count / 2
        return (even > half * 8 / 10 && odd == 0) || (odd > half * 8 / 10 && even == 0)
    }

    private static func transcode(_ body: ArraySlice<UInt8>, unit: Int, bigEndian: Bool, name: String) -> Decoded {
        guard body.count % unit == 0 else { return .invalid(encoding: name, offset: body.startIndex + body.count - body.count % unit) }
        let start = body.startIndex
        func value(at offset: Int) -> UInt32 {
            var result: UInt32 = 0
            for index in 0..<unit {
                let byte = UInt32(body[start + offset + (bigEndian ? index : unit - 1 - index)])
                result = result << 8 | byte
            }
            return result
        }
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        if unit == 4 {
            for offset in stride(from: 0, to: body.count, by: 4) {
                guard let scalar = Unicode.Scalar(value(at: offset)) else { return .invalid(encoding: name, offset: start + offset) }
                output.append(contentsOf: UTF8.encode(scalar).map(Array.init) ?? [])
            }
            return .text(output, from: name)
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        for offset in stride(from: 0, to: body.count, by: 2) { units.append(UInt16(value(at: offset))) }
        var failedAt: Int?
        var position = 0
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                output.append(contentsOf: UTF8.encode(scalar).map(Array.init) ?? [])
                position += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                break loop
            case .error:
                failedAt = start + position * 2
                break loop
            }
        }
        if let failedAt { return .invalid(encoding: name, offset: failedAt) }
        return .text(output, from: name)
    }
}
