import WFCalendar
import WFDiagnostics
import WFExpressions
import WFYAML

// MARK: - Plugins and their inputs

extension ValidationPass {
    mutating func checkSteps() {
        for step in plan.steps {
            let what = "step '\(step.id.value)'"
            guard let signature = plugins[step.uses.value] else {
                error(.unknownPlugin, "\(what) uses unknown plugin '\(step.uses.value)'", at: step.uses.range,
                      notes: [Diagnostic.Note.didYouMean(closestMatch(to: step.uses.value, among: plugins.names)),
                              Diagnostic.Note("built-in plugins: \(plugins.names.joined(separator: ", ")); 'wf plugins' lists them")]
                          .compactMap { $0 })
                continue
            }
            checkInputs(step, signature, what)
            if let run = step.run { checkScript(run) }
        }
    }

    /// The inputs a step gives: `with:`, plus the step keys that feed the shell plugin.
    private mutating func checkInputs(_ step: Step, _ signature: PluginSignature, _ what: String) {
        var given: Set<String> = []
        for entry in step.with {
            let key = entry.key.value
            given.insert(key)
            guard let spec = signature.input(key) else {
                error(.pluginInput, "plugin '\(signature.name)' has no input '\(key)'", at: entry.key.range,
                      notes: [Diagnostic.Note.didYouMean(closestMatch(to: key, among: signature.inputs.map(\.name))),
                              Diagnostic.Note("its inputs: \(signature.inputs.map(\.name).joined(separator: ", "))")]
                          .compactMap { $0 })
                continue
            }
            checkValue(entry.value, spec, signature.name)
            if let replacement = spec.deprecated {
                warning(.pluginInput, "input '\(key)' of plugin '\(signature.name)' is deprecated and has no effect",
                        at: entry.key.range, notes: [Diagnostic.Note(replacement)])
            }
        }
        if step.run != nil { given.insert("run") }
        if step.shell != nil { given.insert("shell") }
        if step.workingDirectory != nil { given.insert("working-directory") }
        let missing = signature.inputs.filter { $0.required && !given.contains($0.name) }
        if !missing.isEmpty {
            error(.pluginInput,
                  "\(what) lacks required input\(missing.count > 1 ? "s" : "") \(missing.map { "'\($0.name)'" }.joined(separator: ", ")) of plugin '\(signature.name)'",
                  at: step.uses.range,
                  notes: missing.map { Diagnostic.Note("'\($0.name)': \($0.doc)") })
        }
    }

    private mutating func checkValue(_ node: Node, _ spec: InputSpec, _ plugin: String) {
        let what = "input '\(spec.name)' of plugin '\(plugin)'"
        if let text = node.scalar?.text, text.containsExpressionMarker { return }  // checked as an expression, typed at run time
        func mismatch(_ expected: String) {
            let found = node.scalar.map { $0.isNull ? "nothing" : "'\($0.text.prefix(40))'" } ?? node.kindDescription
            error(.pluginInput, "\(what) must be \(expected), found \(found)", at: node.range)
        }
        switch spec.type {
        case .string, .suggested:
            if node.scalar == nil || node.isNull { mismatch("a string") }
        case .number:
            if ScalarResolver.number(node) == nil { mismatch("a number") }
        case .integer:
            if ScalarResolver.integer(node) == nil { mismatch("a whole number") }
        case .boolean:
            if ScalarResolver.bool(node) == nil { mismatch("true or false") }
        case .duration:
            if node.scalar.flatMap({ PlanDuration.parse($0.text) }) == nil { mismatch("a duration such as 5wd or 14d") }
        case .date:
            if node.scalar.flatMap({ PlanDateTime.parse($0.text) }) == nil { mismatch("a date such as 2023-10-10") }
        case .percentage:
            if ScalarResolver.percentage(node) == nil { mismatch("a percentage such as 80%") }
        case .choice(let values):
            guard let text = node.scalar?.text, values.contains(text) else {
                mismatch("one of \(values.joined(separator: ", "))")
                return
            }
        case .stringList, .channels:
            if !(node.scalar != nil && !node.isNull), !(node.items?.allSatisfy { $0.scalar != nil } ?? false) {
                mismatch("a list of strings")
            }
            for item in node.items ?? [node] where spec.type == .channels {
                if let text = item.scalar?.text { checkChannel(Located(text, at: item.range)) }
            }
        case .idList:
            let items = node.items ?? (node.scalar != nil ? [node] : [])
            if items.isEmpty, node.items == nil { mismatch("a list of ids") }
            for item in items {
                guard let text = item.scalar?.text else {
                    mismatch("a list of ids")
                    continue
                }
                if !text.containsExpressionMarker { _ = resolve(Located(text, at: item.range), from: what, verb: "names") }
            }
        case .map:
            if node.pairs == nil { mismatch("a mapping") }
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
            error(.scriptInjection, "an expression inside 'run:' is spliced into the script before it runs",
                  at: ScalarPositions.range(in: run.range, text: run.value, offset: offset, length: length, style: style, source: source),
                  notes: [Diagnostic.Note("pass the value through 'env:' (for example env: { VALUE: \"${{ … }}\" }) and use \"$VALUE\" in the script")])
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
