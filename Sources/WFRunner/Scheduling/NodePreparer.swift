import Foundation
import WFCore
import WFExpressions
import WFPluginAPI
import WFYAML

/// Turns a ready node into a job: decides its condition, evaluates its inputs and env, finds
/// its plugin. Runs on the scheduling task, where the run state is consistent.
struct NodePreparer {
    /// What to do with a ready node.
    enum Preparation {
        /// Decided without running (skipped, cancelled, or failed before it could start).
        case finished(NodeResult)
        case run(NodeJob)
    }

    let runner: Runner
    let values: PlanValues
    let state: RunState
    let session: RunSession
    let workspace: Workspace
    let ledger: StoreLedger
    /// The plan as of the run's date, computed once.
    let snapshot: PlanSnapshot

    init(runner: Runner, values: PlanValues, state: RunState, session: RunSession, workspace: Workspace, snapshot: PlanSnapshot) {
        self.runner = runner
        self.values = values
        self.state = state
        self.session = session
        self.workspace = workspace
        self.snapshot = snapshot
        self.ledger = StoreLedger(store: session.store, workflow: session.workflow, runID: session.runID, events: runner.events)
    }

    func prepare(_ index: Int) -> Preparation {
        let node = state.graph.nodes[index]
        let step = node.kind == .step ? runner.steps[node.id] : nil
        func ended(_ status: NodeStatus, error: String? = nil, note: String? = nil) -> Preparation {
            .finished(NodeResult(nodeID: node.id, status: status, startedAt: Date(), finishedAt: Date(), error: error, note: note))
        }
        let language = runner.options.language
        if state.cancelled {
            return ended(.cancelled, error: StateText.runCancelled.message.text(language), note: StateText.cancelledNote.message.text(language))
        }

        // The condition: `if:`, implicitly `success() && (…)` unless it checks a status itself.
        var context = RunContext(values: values, state: state, node: index, asOf: session.asOf, calendar: runner.compiled.calendar)
        if let text = step?.condition?.value {
            let template = NodeExpressions.condition(text, templates: runner.compiled.templates)
            context.needed = NodeExpressions.needed(by: [template])
            if !template.expressions.contains(where: NodeExpressions.callsStatusFunction), !state.dependenciesSucceeded(index) {
                return ended(.skipped, note: StateText.skippedBecause(reason: state.blockingReason(index)).text(language))
            }
            do {
                guard try template.value(in: context).isTruthy else {
                    let unknown = runner.options.dryRun && text.contains("steps.") ? StateText.noStepOutputs.message : .verbatim("")
                    return ended(.skipped, note: StateText.conditionFalse(condition: text, detail: unknown).text(language))
                }
            } catch {
                return ended(.failed, error: "if: \(error.message)", note: StateText.badCondition.message.text(language))
            }
        } else if !state.dependenciesSucceeded(index) {
            return ended(.skipped, note: StateText.skippedBecause(reason: state.blockingReason(index)).text(language))
        }

        guard let pluginType = runner.registry.plugin(named: node.plugin) else {
            let known = runner.registry.types.map { $0.name }.joined(separator: ", ")
            return ended(.failed, error: StateText.pluginMissing(plugin: node.plugin, known: known).text(language),
                         note: StateText.noPlugin(plugin: node.plugin).text(language))
        }

        // Inputs and env, expressions evaluated.
        var inputs: [String: ExpressionValue] = [:]
        var env: [String: String] = [:]
        if let step {
            let templates = Self.templates(in: step, parsed: runner.compiled.templates)
            context.needed = NodeExpressions.needed(by: templates)
            do {
                for entry in step.env {
                    env[entry.key.value] = try resolve(entry.value, context).description
                }
                context.stepEnv = env
                for entry in step.with {
                    inputs[entry.key.value] = try resolve(entry.value, context, name: entry.key.value)
                }
                if let run = step.run { inputs["run"] = .string(run.value) }
                if let shell = step.shell { inputs["shell"] = try text(shell, context, name: "shell") }
                if let folder = step.workingDirectory {
                    inputs["working-directory"] = try text(folder, context, name: "working-directory")
                }
            } catch let failure as InputFailure {
                return ended(.failed, error: failure.message, note: StateText.badInput.message.text(language))
            } catch {
                return ended(.failed, error: String(describing: error), note: StateText.badInput.message.text(language))
            }
        }
        for spec in pluginType.inputs where inputs[spec.name] == nil {
            if let text = spec.defaultValue { inputs[spec.name] = NodeValues.plain(text) }
        }

        let timeout = step?.timeout?.value.seconds.map { Duration.seconds($0) }
        let invocation = Invocation(
            node: node, plan: runner.compiled, inputs: Inputs(inputs), asOf: session.asOf, runID: session.runIDText,
            isDryRun: runner.options.dryRun, env: env, outputs: state.outputs(for: index), statuses: state.statuses(for: index),
            secrets: runner.secrets, log: Logger { [events = runner.events, id = node.id] line in events.emit(.log(node: id, line: line)) },
            workspace: workspace, timeout: timeout, ledger: ledger, snapshot: snapshot, language: runner.options.language)
        return .run(NodeJob(
            pluginType: pluginType, invocation: invocation, attempts: step?.retry?.attempts ?? 1,
            backoff: step?.retry?.backoff?.seconds ?? 0, timeout: timeout,
            continueOnError: step?.continueOnError ?? false, events: runner.events))
    }

    // MARK: - Expressions in values

    /// A failure to evaluate an input, said for the planner.
    struct InputFailure: Error {
        let message: String
    }

    /// Every template in a step's `with:` and `env:` and its folder and shell.
    static func templates(in step: Step, parsed: TemplateCache) -> [Template] {
        var texts: [String] = []
        var stack = step.with.map(\.value) + step.env.map(\.value)
        while let node = stack.popLast() {
            guard node.containsExpressionMarker else { continue }
            switch node.content {
            case .scalar(let scalar): texts.append(scalar.text)
            case .mapping(let pairs): stack.append(contentsOf: pairs.map(\.value))
            case .sequence(let items): stack.append(contentsOf: items)
            }
        }
        texts += [step.shell, step.workingDirectory].compactMap { $0 }.filter(\.containsExpressionMarker)
        return texts.map { parsed.parse($0).template }
    }

    /// A `with:`/`env:` value: a lone `${{ }}` keeps its type, text around expressions makes a string.
    func resolve(_ node: Node, _ context: RunContext, name: String? = nil) throws -> ExpressionValue {
        switch node.content {
        case .scalar(let scalar):
            guard node.containsExpressionMarker else { return NodeValues.scalar(node) }
            let (template, errors) = runner.compiled.templates.parse(scalar.text)
            if let error = errors.first { throw InputFailure(message: "\(name.map { "input '\($0)': " } ?? "")\(error.message)") }
            do {
                return try template.value(in: context)
            } catch {
                throw InputFailure(message: "\(name.map { "input '\($0)': " } ?? "")\(error.message)")
            }
        case .mapping(let pairs):
            var members: [String: ExpressionValue] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar?.text else { continue }
                members[key] = try resolve(pair.value, context, name: name)
            }
            return .object(members)
        case .sequence(let items):
            return .array(try items.map { try resolve($0, context, name: name) })
        }
    }

    private func text(_ text: String, _ context: RunContext, name: String) throws -> ExpressionValue {
        guard text.containsExpressionMarker else { return .string(text) }
        do {
            return .string(try runner.compiled.templates.parse(text).template.render(in: context))
        } catch {
            throw InputFailure(message: "'\(name)': \(error.message)")
        }
    }
}
