import Foundation
import WFPluginAPI

/// The `$WF_OUTPUT` file: `name=value` lines, and `name<<DELIM` … `DELIM` for multi-line
/// values, as GitHub Actions' `$GITHUB_OUTPUT`. A later line for the same name wins.
enum OutputFile {
    static func parse(at path: String, language: Language) throws -> [String: ExpressionValue] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        return try parse(String(decoding: data, as: UTF8.self), language: language)
    }

    static func parse(_ text: String, language: Language = .en) throws -> [String: ExpressionValue] {
        var outputs: [String: ExpressionValue] = [:]
        // "\r\n" is one Character in Swift: split on both.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })[...]
        while let line = lines.popFirst() {
            if line.isEmpty { continue }
            let heredoc = line.range(of: "<<")
            let equals = line.firstIndex(of: "=")
            if let heredoc, equals.map({ heredoc.lowerBound < $0 }) ?? true {
                let name = String(line[..<heredoc.lowerBound])
                let delimiter = String(line[heredoc.upperBound...])
                try check(name, language)
                guard !delimiter.isEmpty else {
                    throw PluginError(PluginText.outputNoDelimiter(name: name), language: language)
                }
                var value: [Substring] = []
                var closed = false
                while let next = lines.popFirst() {
                    if next == delimiter {
                        closed = true
                        break
                    }
                    value.append(next)
                }
                guard closed else {
                    throw PluginError(PluginText.outputNotClosed(name: name, delimiter: delimiter), language: language)
                }
                outputs[name] = .string(value.joined(separator: "\n"))
            } else if let equals {
                let name = String(line[..<equals])
                try check(name, language)
                outputs[name] = .string(String(line[line.index(after: equals)...]))
            } else {
                throw PluginError(PluginText.outputBadLine(line: String(line.prefix(60))), language: language)
            }
        }
        return outputs
    }

    private static func check(_ name: String, _ language: Language) throws {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            throw PluginError(PluginText.outputBadName(name: name), language: language)
        }
    }
}
