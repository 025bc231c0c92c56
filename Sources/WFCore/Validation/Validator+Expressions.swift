import Foundation
import WFDiagnostics
import WFExpressions
import WFYAML

// MARK: - Expressions in every string

extension ValidationPass {
    var expressionScope: ExpressionScope {
        var scope = ExpressionScope()
        scope.vars = Set(plan.vars.map(\.name.value))
        scope.goals = Set(plan.goals.map(\.id.value) + plan.events.flatMap { $0.prepare.map(\.id.value) })
        scope.events = Set(plan.events.map(\.id.value))
        scope.checkpoints = Set(plan.checkpoints.map(\.id.value))
        scope.owners = Set(plan.owners.map(\.id.value))
        scope.secrets = Set(plan.secrets.map(\.value))
        var steps: [String: Set<String>?] = [:]
        for step in plan.steps {
            let signature = plugins[step.uses.value]
            steps[step.id.value] = (signature == nil || signature?.openOutputs == true) ? .some(nil) : Set(signature?.outputs.map(\.name) ?? [])
        }
        scope.steps = steps
        return scope
    }

    /// The expression checks, cut into pieces that any thread may take (``ExpressionWork``).
    func expressionWork() -> ExpressionWork {
        // Room for one template an item, so that the cache is not hashed again as it grows
        // (wf-bench's generated plan has 0.4 an item).
        templates.reserve(plan.goals.count + plan.events.count + plan.checkpoints.count + plan.steps.count)
        return ExpressionWork(root: plan.root)
    }

    /// Checking pieces of `work` until none is left, as work for any thread: the second
    /// thread from the start, this one when its own checks are done. It reads the plan and
    /// its tree only; each piece's findings go back into `work`.
    func expressionChecker(_ work: ExpressionWork) -> @Sendable () -> Void {
        let (plan, plugins, calendar, text, templates) = (plan, plugins, calendar, source.text, templates)
        return {
            var pass = ValidationPass(plan: plan, plugins: plugins, calendar: calendar, source: SourceLineIndex(text))
            pass.templates = templates
            let scope = work.scope { pass.expressionScope }
            while let index = work.take() {
                pass.diagnostics = []
                pass.expressionEdges = []
                pass.checkPiece(work.pieces[index], scope: scope)
                work.finish(index, ExpressionFindings(diagnostics: pass.diagnostics, edges: pass.expressionEdges))
            }
        }
    }

    /// The expressions' problems, and their edges: a step that reads another node (its
    /// outputs or its status) runs after it.
    mutating func add(_ findings: ExpressionFindings) {
        diagnostics += findings.diagnostics
        for edge in findings.edges {
            guard let from = graph.index(of: edge.step), let to = graph.index(of: edge.target), to != from else { continue }
            graph.connect(from, dependsOn: to, kind: .expression, at: edge.range)
        }
    }

    private mutating func checkPiece(_ piece: ExpressionWork.Piece, scope: ExpressionScope) {
        switch piece {
        case .values(let nodes):
            for node in nodes { walk(node, scope: scope, stepID: nil) }
        case .steps(let steps):
            for stepNode in steps {
                let stepID = stepNode["id"]?.scalar?.text
                for field in stepNode.pairs ?? [] {
                    switch field.key.scalar?.text {
                    case "run": continue  // script-injection covers it
                    case "if": checkCondition(field.value, scope: scope, stepID: stepID)
                    default: walk(field.value, scope: scope, stepID: stepID)
                    }
                }
            }
        }
    }

    private mutating func walk(_ root: Node, scope: ExpressionScope, stepID: String?) {
        guard root.containsExpressionMarker else { return }
        var stack = [root]
        while let node = stack.popLast() {
            guard node.containsExpressionMarker else { continue }
            switch node.content {
            case .scalar(let scalar):
                checkTemplate(scalar.text, node: node, style: scalar.style, shift: 0, scope: scope, stepID: stepID)
            case .mapping(let pairs):
                for pair in pairs.reversed() { stack.append(pair.value) }
            case .sequence(let items):
                stack.append(contentsOf: items.reversed())
            }
        }
    }

    /// `if:` may be bare (`failure()`) or wrapped (`${{ failure() }}`).
    private mutating func checkCondition(_ node: Node, scope: ExpressionScope, stepID: String?) {
        guard let scalar = node.scalar, !scalar.isNull else { return }
        if scalar.text.containsExpressionMarker {
            checkTemplate(scalar.text, node: node, style: scalar.style, shift: 0, scope: scope, stepID: stepID)
        } else if ScalarResolver.bool(node) == nil {
            checkTemplate("${{ \(scalar.text) }}", node: node, style: scalar.style, shift: -4, scope: scope, stepID: stepID)
        }
    }

    private mutating func checkTemplate(_ text: String, node: Node, style: Scalar.Style, shift: Int, scope: ExpressionScope, stepID: String?) {
        let (template, errors) = templates.parse(text)
        func range(_ offset: Int, _ length: Int) -> SourceRange {
            ScalarPositions.range(in: node.range, text: shift == 0 ? text : (node.scalar?.text ?? text),
                                  offset: max(0, offset + shift), length: max(1, length), style: style, source: source)
        }
        for problem in errors {
            error(.expression, asMessage(problem.message), at: range(problem.offset, problem.length))
        }
        for problem in check(template, scope: scope, suggestions: &scopeSuggestions) {
            let notes = [Diagnostic.Note.didYouMean(problem.suggestion)].compactMap { $0 }
            error(problem.rule, asMessage(problem.message), at: range(problem.offset, problem.length), notes: notes)
        }
        // A step that reads another node (its outputs or its status) runs after it.
        guard let stepID else { return }
        for segment in template.segments {
            guard case .expression(let expression, _, _, _) = segment else { continue }
            for reference in references(in: expression) where reference.path.count >= 2
                && ["steps", "goals", "events", "checkpoints"].contains(reference.path[0]) {
                expressionEdges.append(ExpressionEdge(step: stepID, target: reference.path[1],
                                                      range: range(reference.offset, reference.length)))
            }
        }
    }
}

/// A step's expression that reads another node: the step runs after `target`.
struct ExpressionEdge: Sendable {
    let step: String
    let target: String
    let range: SourceRange
}

/// What the expression checks found in a plan, or in a piece of it.
struct ExpressionFindings: Sendable {
    var diagnostics: [Diagnostic]
    var edges: [ExpressionEdge]
}

/// The expression checks of a plan in pieces that two threads share: the top-level keys in
/// the file's order, and a long list (the goals, the steps) in runs of its items. Whichever
/// thread checks a piece, its findings are put back in the pieces' order, so that the
/// diagnostics and edges are those one thread walking the whole tree would find.
final class ExpressionWork: @unchecked Sendable {
    enum Piece: Sendable {
        /// Trees whose every string is checked.
        case values(ArraySlice<Node>)
        /// Steps: `if:` may be bare, `run:` is left to the script checks, the rest is walked.
        case steps(ArraySlice<Node>)
    }

    /// Items a piece holds: enough that taking one costs little next to checking it.
    static let itemsPerPiece = 64

    let pieces: [Piece]
    // Guarded by `lock`.
    private let lock = NSLock()
    private var next = 0
    private var findings: [ExpressionFindings?]
    private var sharedScope: ExpressionScope?

    init(root: Node?) {
        var pieces: [Piece] = []
        for pair in root?.pairs ?? [] {
            guard let key = pair.key.scalar?.text, !key.hasPrefix("x-") else { continue }
            if key == "steps" {
                let steps = pair.value.items ?? []
                for start in stride(from: 0, to: steps.count, by: Self.itemsPerPiece) {
                    pieces.append(.steps(steps[start..<min(start + Self.itemsPerPiece, steps.count)]))
                }
            } else if let items = pair.value.items, items.count > Self.itemsPerPiece {
                guard pair.value.containsExpressionMarker else { continue }
                for start in stride(from: 0, to: items.count, by: Self.itemsPerPiece) {
                    pieces.append(.values(items[start..<min(start + Self.itemsPerPiece, items.count)]))
                }
            } else if pair.value.containsExpressionMarker {
                pieces.append(.values([pair.value]))
            }
        }
        self.pieces = pieces
        findings = Array(repeating: nil, count: pieces.count)
    }

    /// The names expressions may use: made once, by the first thread that asks.
    func scope(_ make: () -> ExpressionScope) -> ExpressionScope {
        lock.withLock {
            if let sharedScope { return sharedScope }
            let scope = make()
            sharedScope = scope
            return scope
        }
    }

    /// The next piece nobody has taken, if any.
    func take() -> Int? {
        lock.withLock {
            guard next < pieces.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func finish(_ index: Int, _ found: ExpressionFindings) {
        lock.withLock { findings[index] = found }
    }

    /// Every piece's findings in the pieces' order; call once every thread checking is done.
    func merged() -> ExpressionFindings {
        lock.withLock {
            ExpressionFindings(diagnostics: findings.flatMap { $0?.diagnostics ?? [] },
                               edges: findings.flatMap { $0?.edges ?? [] })
        }
    }
}
