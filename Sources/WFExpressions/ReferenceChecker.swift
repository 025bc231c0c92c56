import WFDiagnostics
import WFLocalization

/// Checks the names a template's expressions refer to against what the plan declares, and
/// its function calls against the functions that exist.
public func check(_ template: Template, scope: ExpressionScope) -> [ExpressionProblem] {
    var suggestions = ScopeSuggestions()
    return check(template, scope: scope, suggestions: &suggestions)
}

/// Checks a template, reusing (and filling) `suggestions`: pass the same one for every
/// template of a plan, so its did-you-mean indexes are built once.
public func check(_ template: Template, scope: ExpressionScope, suggestions: inout ScopeSuggestions) -> [ExpressionProblem] {
    template.expressions.flatMap { check($0, scope: scope, suggestions: &suggestions) }
}

/// Checks one expression's references and function calls.
public func check(_ expression: Expression, scope: ExpressionScope) -> [ExpressionProblem] {
    var suggestions = ScopeSuggestions()
    return check(expression, scope: scope, suggestions: &suggestions)
}

/// Checks one expression, reusing (and filling) `suggestions`.
public func check(_ expression: Expression, scope: ExpressionScope, suggestions: inout ScopeSuggestions) -> [ExpressionProblem] {
    var checker = ReferenceChecker(scope: scope, suggestions: suggestions)
    expression.walk(
        chain: { checker.check($0) },
        call: { checker.checkCall($0, name: $1, arguments: $2) })
    suggestions = checker.suggestions
    return checker.problems
}

/// Did-you-mean indexes over the names a scope declares, each built the first time a name
/// of its kind is missing: a plan with no unknown reference pays nothing, and one with
/// thousands does not compare each with every id.
public struct ScopeSuggestions: Sendable {
    private var indexes: [ReferenceChecker.Names: SuggestionIndex] = [:]

    /// No index built yet.
    public init() {}

    /// The declared name of `kind` closest to `name`, by the rule of `closestMatch(to:among:)`.
    mutating func closestMatch(to name: String, among kind: ReferenceChecker.Names, in scope: ExpressionScope) -> String? {
        if let index = indexes[kind] { return index.closestMatch(to: name) }
        let index = SuggestionIndex(kind.names(in: scope))
        indexes[kind] = index
        return index.closestMatch(to: name)
    }
}

/// Collects the problems of one expression.
struct ReferenceChecker {
    typealias Component = AccessChain.Component

    let scope: ExpressionScope
    private(set) var problems: [ExpressionProblem] = []
    private(set) var suggestions: ScopeSuggestions

    init(scope: ExpressionScope, suggestions: ScopeSuggestions = ScopeSuggestions()) {
        self.scope = scope
        self.suggestions = suggestions
    }

    // MARK: - References

    mutating func check(_ chain: AccessChain) {
        guard let root = chain.root else { return }
        let path = chain.components
        switch root {
        case "vars":
            if let name = path.first, !scope.vars.contains(name.name) {
                report(.unknownReference, .unknownVariable(name.name), at: name,
                       suggestion: suggestions.closestMatch(to: name.name, among: .vars, in: scope))
            }
        case "plan":
            checkRecord(path, named: "plan", members: ExpressionScope.planMembers)
        case "run":
            checkRecord(path, named: "run", members: ExpressionScope.runMembers)
        case "env":
            break
        case "secrets":
            if let name = path.first, !scope.secrets.contains(name.name) {
                report(.undeclaredSecret, .undeclaredSecret(name.name), at: name,
                       suggestion: suggestions.closestMatch(to: name.name, among: .secrets, in: scope))
            }
            checkLeaf(path, at: 1, root: root)
        case "steps":
            checkStep(path)
        default:
            if let collection = Collection(rawValue: root) {
                checkItem(path, in: collection)
            } else {
                checkUnknownRoot(root, at: chain.base)
            }
        }
    }

    private mutating func checkUnknownRoot(_ root: String, at base: Expression) {
        let location = Component(name: root, offset: base.offset, length: base.length)
        if let collection = collection(containing: root) {
            report(.unknownReference, .idAsContext(root, collection: collection), at: location)
        } else {
            report(.unknownReference, .unknownContext(root), at: location,
                   suggestion: closestMatch(to: root, among: ExpressionScope.contexts))
        }
    }

    /// `plan.<member>` and `run.<member>`: fixed members, each a single value.
    private mutating func checkRecord(_ path: [Component], named name: String, members: [String]) {
        guard let member = path.first else { return }
        guard members.contains(member.name) else {
            return report(.unknownReference, .unknownMember(member.name, of: .verbatim("'\(name)'"), members: members), at: member,
                          suggestion: closestMatch(to: member.name, among: members))
        }
        checkLeaf(path, at: 1, root: name)
    }

    /// `goals.<id>.<member>` and the like.
    private mutating func checkItem(_ path: [Component], in collection: Collection) {
        guard let id = path.first else { return }
        guard contains(id.name, in: collection) else {
            if let other = self.collection(containing: id.name) {
                return report(.unknownReference, .idInWrongCollection(id.name, collection: collection, actual: other), at: id)
            }
            return report(.unknownReference, .unknownID(id.name, collection: collection), at: id,
                          suggestion: suggestions.closestMatch(to: id.name, among: .ids(collection), in: scope))
        }
        guard path.count > 1 else { return }
        let member = path[1]
        guard collection.members.contains(member.name) else {
            return report(.unknownReference,
                          .unknownMember(member.name, of: ExpressionText.namedItem(noun: collection.noun, id: id.name), members: collection.members),
                          at: member, suggestion: closestMatch(to: member.name, among: collection.members))
        }
        checkLeaf(path, at: 2, root: collection.rawValue)
    }

    /// `steps.<id>.outputs.<name>` and `steps.<id>.{status,outcome,conclusion}`.
    private mutating func checkStep(_ path: [Component]) {
        guard let id = path.first else { return }
        guard let outputs = scope.steps[id.name] else {
            if let other = collection(containing: id.name) {
                return report(.unknownReference, .idInWrongCollection(id.name, collection: .steps, actual: other), at: id)
            }
            return report(.unknownReference, .unknownID(id.name, collection: .steps), at: id,
                          suggestion: suggestions.closestMatch(to: id.name, among: .ids(.steps), in: scope))
        }
        guard path.count > 1 else { return }
        let member = path[1]
        guard ExpressionScope.stepMembers.contains(member.name) else {
            return report(.unknownReference,
                          .unknownMember(member.name, of: ExpressionText.namedItem(noun: ExpressionText.step.message, id: id.name),
                                         members: ExpressionScope.stepMembers),
                          at: member, suggestion: closestMatch(to: member.name, among: ExpressionScope.stepMembers))
        }
        guard member.name == "outputs" else { return checkLeaf(path, at: 2, root: "steps") }
        // An output may itself be structured (a list of items): below it, anything goes.
        guard path.count > 2, let declared = outputs, !declared.contains(path[2].name) else { return }
        report(.unknownReference, .unknownOutput(path[2].name, step: id.name, declared: declared), at: path[2],
               suggestion: closestMatch(to: path[2].name, among: declared))
    }

    /// A name after a single value (`plan.name.x`) refers to nothing.
    private mutating func checkLeaf(_ path: [Component], at index: Int, root: String) {
        guard path.count > index else { return }
        let value = ([root] + path[..<index].map(\.name)).joined(separator: ".")
        report(.unknownReference, .memberOfValue(path[index].name, value: value), at: path[index])
    }

    // MARK: - Functions

    mutating func checkCall(_ call: Expression, name: Expression.Name, arguments: [Expression]) {
        guard let function = Function.named(name.text) else {
            return report(.expression, .unknownFunction(name.text),
                          at: Component(name: name.text, offset: name.offset, length: name.length),
                          suggestion: closestMatch(to: name.text, among: Function.all.map(\.name)))
        }
        guard function.arity.contains(arguments.count) else {
            return report(.expression, .wrongArity(function, count: arguments.count),
                          at: Component(name: name.text, offset: call.offset, length: call.length))
        }
        if function.name == "format", let first = arguments.first, case .literal(.string(let text)) = first.kind {
            checkFormat(text, argumentCount: arguments.count - 1, at: first)
        }
    }

    private mutating func checkFormat(_ text: String, argumentCount: Int, at node: Expression) {
        let location = Component(name: text, offset: node.offset, length: node.length)
        do {
            let format = try FormatString(text)
            if let highest = format.highestArgument, highest >= argumentCount {
                report(.expression, FormatString.missingArgument(highest, count: argumentCount).message, at: location)
            }
        } catch {
            report(.expression, error.message, at: location)
        }
    }

    // MARK: - Helpers

    private mutating func report(_ rule: Rule, _ message: Message, at location: Component, suggestion: String? = nil) {
        problems.append(ExpressionProblem(rule, message, offset: location.offset, length: location.length, suggestion: suggestion))
    }

    /// Whether `collection` declares `id`; a lookup, never a copy of the ids.
    private func contains(_ id: String, in collection: Collection) -> Bool {
        switch collection {
        case .goals: scope.goals.contains(id)
        case .events: scope.events.contains(id)
        case .checkpoints: scope.checkpoints.contains(id)
        case .owners: scope.owners.contains(id)
        case .steps: scope.steps[id] != nil
        }
    }

    /// The collection that declares `id`, for "write 'events.x'" hints.
    private func collection(containing id: String) -> Collection? {
        Collection.allCases.first { contains(id, in: $0) }
    }
}
