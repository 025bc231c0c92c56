import WFCalendar
import WFDiagnostics
import WFExpressions
import WFYAML

// MARK: - Plugins and their inputs

extension ValidationPass {
    mutating func checkSteps() {
        for step in plan.steps {
            let what = ItemName(.stepKind, step.id.value, title: step.name)
            guard let signature = plugins[step.uses.value] else {
                error(.unknownPlugin, ValidationText.unknownPlugin(subject: what.message, plugin: step.uses.value), at: step.uses.range,
                      notes: [Diagnostic.Note.didYouMean(closestMatch(to: step.uses.value, among: plugins.names)),
                              Diagnostic.Note(ValidationText.builtInPlugins(names: plugins.names.joined(separator: ", ")))]
                          .compactMap { $0 })
                continue
            }
            checkInputs(step, signature, what)
            if let run = step.run { checkScript(run) }
        }
    }

    /// The inputs a step gives: `with:`, plus the step keys that feed the shell plugin.
    private mutating func checkInputs(_ step: Step, _ signature: PluginSignature, _ what: ItemName) {
        var given: Set<String> = []
        for entry in step.with {
            let key = entry.key.value
            given.insert(key)
            guard let spec = signature.input(key) else {
                error(.pluginInput, ValidationText.noSuchInput(plugin: signature.name, key: key), at: entry.key.range,
                      notes: [Diagnostic.Note.didYouMean(closestMatch(to: key, among: signature.inputs.map(\.name))),
                              Diagnostic.Note(ValidationText.itsInputs(names: signature.inputs.map(\.name).joined(separator: ", ")))]
                          .compactMap { $0 })
                continue
            }
            checkValue(entry.value, spec, signature.name)
            if let replacement = spec.deprecated {
                warning(.pluginInput, ValidationText.deprecatedInput(key: key, plugin: signature.name),
                        at: entry.key.range, notes: [Diagnostic.Note(Message.verbatim(replacement))])
            }
        }
        if step.run != nil { given.insert("run") }
        if step.shell != nil { given.insert("shell") }
        if step.workingDirectory != nil { given.insert("working-directory") }
        let missing = signature.inputs.filter { $0.required && !given.contains($0.name) }
        if !missing.isEmpty {
            let inputs = missing.map { "'\($0.name)'" }.joined(separator: ", ")
            error(.pluginInput,
                  missing.count > 1
                      ? ValidationText.missingInputs(subject: what.message, inputs: inputs, plugin: signature.name)
                      : ValidationText.missingInput(subject: what.message, inputs: inputs, plugin: signature.name),
                  at: step.uses.range,
                  notes: missing.map { Diagnostic.Note(ValidationText.inputDoc(name: $0.name, doc: $0.doc)) })
        }
    }

    private mutating func checkValue(_ node: Node, _ spec: InputSpec, _ plugin: String) {
        func what() -> Message { SubjectText.pluginInput(name: spec.name, plugin: plugin) }
        if let text = node.scalar?.text, text.containsExpressionMarker { return }  // checked as an expression, typed at run time
        func mismatch(_ expected: DecodeText) {
            error(.pluginInput, typeMismatchMessage(node, expected: expected, subject: what()), at: node.range)
        }
        switch spec.type {
        case .string, .suggested:
            if node.scalar == nil || node.isNull { mismatch(.expectString) }
        case .number:
            if ScalarResolver.number(node) == nil { mismatch(.expectNumber) }
        case .integer:
            if ScalarResolver.integer(node) == nil { mismatch(.expectWholeNumber) }
        case .boolean:
            if ScalarResolver.bool(node) == nil { mismatch(.expectBool) }
        case .duration:
            if node.scalar.flatMap({ PlanDuration.parse($0.text) }) == nil { mismatch(.expectDuration) }
        case .date:
            if node.scalar.flatMap({ PlanDateTime.parse($0.text) }) == nil { mismatch(.expectDate) }
        case .percentage:
            if ScalarResolver.percentage(node) == nil { mismatch(.expectPercentageSuchAs) }
        case .choice(let values):
            guard let text = node.scalar?.text, values.contains(text) else {
                error(.pluginInput, typeMismatchMessage(node, expected: DecodeText.expectOneOf(values: values.joined(separator: ", ")),
                                                        subject: what()), at: node.range)
                return
            }
        case .stringList, .channels:
            if !(node.scalar != nil && !node.isNull), !(node.items?.allSatisfy { $0.scalar != nil } ?? false) {
                mismatch(.expectStringList)
            }
            for item in node.items ?? [node] where spec.type == .channels {
                if let text = item.scalar?.text { checkChannel(Located(text, at: item.range)) }
            }
        case .idList:
            let items = node.items ?? (node.scalar != nil ? [node] : [])
            if items.isEmpty, node.items == nil { mismatch(.expectIDList) }
            for item in items {
                guard let text = item.scalar?.text else {
                    mismatch(.expectIDList)
                    continue
                }
                if !text.containsExpressionMarker { _ = resolve(Located(text, at: item.range), from: what(), verb: .names) }
            }
        case .map:
            if node.pairs == nil { mismatch(.expectMapping) }
        case .any:
            break
        }
    }

    private mutating func checkScript(_ run: Located<String>) {
        guard run.value.containsExpressionMarker else { return }
        let style = runStyle(at: run.range)
        var searchStart = run.value.startIndex
        while let found = run.value.range(of: "${{", range: searchStart..<run.value.endIndex) {
            let offset = run.value.distance(from: run.value.startIndex, to: found.lowerBound)
            let close = run.value.range(of: "}}", range: found.upperBound..<run.value.endIndex)
            let length = close.map { run.value.distance(from: found.lowerBound, to: $0.upperBound) } ?? 3
            error(.scriptInjection, ValidationText.scriptInjection.message,
                  at: ScalarPositions.range(in: run.range, text: run.value, offset: offset, length: length, style: style, source: source),
                  notes: [Diagnostic.Note(ValidationText.passThroughEnv.message)])
            searchStart = close?.upperBound ?? found.upperBound
        }
    }

    /// The style of the `run:` scalar at `range`. The steps' scripts are indexed in one pass
    /// the first time; a script that comes from elsewhere (an alias) is searched in the tree.
    private mutating func runStyle(at range: SourceRange) -> Scalar.Style? {
        if runStyles == nil {
            var styles: [SourceRange: Scalar.Style] = [:]
            for step in plan.root?["steps"]?.items ?? [] {
                if let run = step["run"], let scalar = run.scalar { styles[run.range] = scalar.style }
            }
            runStyles = styles
        }
        return runStyles?[range] ?? scalarStyle(at: range, in: plan.root)
    }
}
