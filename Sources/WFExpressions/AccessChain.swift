/// A chain of member and index accesses down to its base: `steps.a['b'].c[i]`.
///
/// The static part is the names known without evaluating anything: members, and indexes
/// that are string literals, up to the first other index.
struct AccessChain {
    /// One statically known name in the chain.
    struct Component {
        let name: String
        let offset: Int
        let length: Int
    }

    /// The innermost node that is not an access: a context name, a call, a literal…
    let base: Expression
    /// The static names after the base.
    let components: [Component]
    /// Index expressions that are not string literals, anywhere in the chain.
    let dynamicIndexes: [Expression]

    /// The chain `expression` ends, or nil when it is not a context name or an access.
    init?(_ expression: Expression) {
        var accessors: [(Component?, Expression?)] = []
        var node = expression
        loop: while true {
            switch node.kind {
            case .member(let base, let name):
                accessors.append((Component(name: name.text, offset: name.offset, length: name.length), nil))
                node = base
            case .index(let base, let index):
                if case .literal(.string(let name)) = index.kind {
                    accessors.append((Component(name: name, offset: index.offset, length: index.length), nil))
                } else {
                    accessors.append((nil, index))
                }
                node = base
            case .context:
                break loop
            default:
                guard node != expression else { return nil }
                break loop
            }
        }
        accessors.reverse()
        self.base = node
        self.components = Array(accessors.prefix { $0.0 != nil }.compactMap(\.0))
        self.dynamicIndexes = accessors.compactMap(\.1)
    }

    /// The context the chain starts at, when its base is a name.
    var root: String? {
        if case .context(let name) = base.kind { return name }
        return nil
    }

    /// Offset just past the static part.
    var staticEnd: Int {
        components.last.map { $0.offset + $0.length } ?? base.end
    }
}

// MARK: - Walking

extension Expression {
    /// Calls `chain` for every access chain rooted at a context name and `call` for every
    /// function call, outermost first, in source order.
    func walk(chain: (AccessChain) -> Void, call: (Expression, Expression.Name, [Expression]) -> Void) {
        if let accesses = AccessChain(self) {
            if accesses.root != nil { chain(accesses) } else { accesses.base.walk(chain: chain, call: call) }
            for index in accesses.dynamicIndexes { index.walk(chain: chain, call: call) }
            return
        }
        if case .call(let name, let arguments) = kind { call(self, name, arguments) }
        for child in kind.children { child.walk(chain: chain, call: call) }
    }
}
