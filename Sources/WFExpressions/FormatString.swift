import WFLocalization

/// A `format()` string split into literal text and `{N}` placeholders.
struct FormatString: Sendable {
    enum Piece: Sendable, Hashable {
        case text(String)
        case argument(Int)
    }

    let pieces: [Piece]

    /// Parses `text`; `{{` and `}}` are literal braces, `{N}` refers to argument N.
    init(_ text: String) throws(FunctionFailure) {
        let characters = Array(text)
        var pieces: [Piece] = []
        var literal = ""
        var i = 0
        while i < characters.count {
            let c = characters[i]
            let next = i + 1 < characters.count ? characters[i + 1] : nil
            if (c == "{" || c == "}") && next == c {
                literal.append(c)
                i += 2
            } else if c == "{" {
                guard let close = characters[i...].firstIndex(of: "}") else {
                    throw FunctionFailure(ExpressionText.formatUnmatchedOpen.message)
                }
                let digits = String(characters[(i + 1)..<close])
                guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let index = Int(digits) else {
                    throw FunctionFailure(ExpressionText.formatNotPlaceholder(text: digits))
                }
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                pieces.append(.argument(index))
                i = close + 1
            } else if c == "}" {
                throw FunctionFailure(ExpressionText.formatUnmatchedClose.message)
            } else {
                literal.append(c)
                i += 1
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    /// The highest argument index used, if any.
    var highestArgument: Int? {
        pieces.compactMap { if case .argument(let index) = $0 { index } else { nil } }.max()
    }

    /// The text with every placeholder replaced by its argument's text.
    func apply(_ arguments: [ExpressionValue]) throws(FunctionFailure) -> String {
        var output = ""
        for piece in pieces {
            switch piece {
            case .text(let text): output += text
            case .argument(let index):
                guard index < arguments.count else { throw Self.missingArgument(index, count: arguments.count) }
                output += arguments[index].description
            }
        }
        return output
    }

    static func missingArgument(_ index: Int, count: Int) -> FunctionFailure {
        let follow = count == 1 ? ExpressionText.oneArgumentFollows.message
            : count == 0 ? ExpressionText.noArgumentFollows.message : ExpressionText.argumentsFollow(count: count)
        return FunctionFailure(ExpressionText.formatMissingArgument(index: index, follow: follow))
    }
}
