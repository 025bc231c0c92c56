import Foundation
import WFCalendar
public import WFDiagnostics
import WFExpressions
import WFYAML

/// Checks a decoded plan against every rule of the format and builds its graph.
public struct Validator {
    public var plugins: PluginCatalog
    public var calendar: WorkingCalendar
    /// Templates parsed by earlier loads of the plan, if the caller keeps them.
    public var templateCache: TemplateCache?
    /// Whether a large plan's expressions are checked on a second thread.
    public var twoThreads = true

    public init(plugins: PluginCatalog, calendar: WorkingCalendar = .vn) {
        self.plugins = plugins
        self.calendar = calendar
    }

    /// Validates `plan`; returns its graph and prepare-item dates, and the problems found.
    /// `text` is the file's text, for exact positions inside block scalars.
    public func validate(_ plan: Plan, text: String = "") -> (graph: PlanGraph, prepareDue: [String: CivilDate], diagnostics: [Diagnostic]) {
        var pass = ValidationPass(plan: plan, plugins: plugins, calendar: calendar, source: SourceLineIndex(text))
        pass.templates = templateCache ?? TemplateCache()
        pass.twoThreads = twoThreads
        pass.run()
        return (pass.graph, pass.prepareDue, pass.diagnostics)
    }
}

/// One validation of one plan: the state the checks share.
struct ValidationPass {
    let plan: Plan
    let plugins: PluginCatalog
    let calendar: WorkingCalendar
    var graph = PlanGraph()
    var diagnostics: [Diagnostic] = []
    var prepareDue: [String: CivilDate] = [:]
    var ownerIDs: [String: SourceRange] = [:]
    /// The file's lines, split only when a diagnostic inside a block scalar needs them.
    let source: SourceLineIndex
    /// Did-you-mean over the graph's ids, built at the first unknown id (the graph is complete by then).
    var idSuggestions: SuggestionIndex?
    /// Did-you-mean over the names expressions may use, built at the first unknown name.
    var scopeSuggestions = ScopeSuggestions()
    /// Each distinct `${{ }}` template parsed once: plans repeat them (anchors, merge keys,
    /// rows copied from a spreadsheet), and parsing is most of the expression checks' time.
    var templates = TemplateCache()
    /// What the expression checks found: steps that read another node, in the order found.
    var expressionEdges: [ExpressionEdge] = []
    /// Whether the expressions of a large plan are checked on a second thread.
    var twoThreads = true
    /// How each step's `run:` scalar is written, by its range: found in one pass over the
    /// steps the first time a script needs a located diagnostic.
    var runStyles: [SourceRange: Scalar.Style]?

    init(plan: Plan, plugins: PluginCatalog, calendar: WorkingCalendar, source: SourceLineIndex) {
        self.source = source
        self.plan = plan
        self.plugins = plugins
        self.calendar = calendar
    }

    mutating func run() {
        // The expressions are checked on a second thread when the plan is large, while this
        // one builds the graph and checks the dates, then takes the pieces still left. Their
        // problems and edges are put back where one thread would have put them, so the output
        // is the same either way.
        let expressions = expressionWork()
        let checkExpressions = expressionChecker(expressions)
        let background = twoThreads && plan.goals.count + plan.events.count >= Background.threshold && Background.available
            ? Background.start(checkExpressions) : nil
        checkOwners()
        checkSecrets()
        addNodes()
        addEdges()
        checkSteps()
        // The date checks neither read nor add the edges that expressions make.
        let mark = diagnostics.count
        checkSchedule()
        checkWorkingDays()
        let dateProblems = diagnostics[mark...]
        diagnostics.removeSubrange(mark...)
        checkExpressions()
        background?.result()
        add(expressions.merged())
        checkCycles()
        diagnostics += dateProblems
    }

    mutating func error(_ rule: Rule, _ message: Message, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.error(rule, message, at: range, notes: notes))
    }

    mutating func warning(_ rule: Rule, _ message: Message, at range: SourceRange, notes: [Diagnostic.Note] = []) {
        diagnostics.append(.warning(rule, message, at: range, notes: notes))
    }

    // MARK: - Ids

    static func isSlug(_ id: String) -> Bool {
        guard let first = id.utf8.first, isSlugStart(first) else { return false }
        return id.utf8.allSatisfy { isSlugStart($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isSlugStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    mutating func checkID(_ id: Located<String>, _ kind: SubjectText) -> Bool {
        guard Self.isSlug(id.value) else {
            error(.invalidID, ValidationText.invalidID(kind: kind.message, id: id.value),
                  at: id.range, notes: [Diagnostic.Note.didYouMean(Self.slugSuggestion(id.value))].compactMap { $0 })
            return false
        }
        return true
    }

    /// A slug made from an invalid id: lower-case, Vietnamese letters without marks, spaces to '-'.
    static func slugSuggestion(_ id: String) -> String? {
        let result = Slug.make(id)
        return result.isEmpty || result == id ? nil : result
    }

    // MARK: - Owners and secrets

    mutating func checkOwners() {
        for owner in plan.owners {
            _ = checkID(owner.id, .ownerKind)
            if let first = ownerIDs[owner.id.value] {
                error(.duplicateID, ValidationText.ownerTwice(id: owner.id.value), at: owner.id.range,
                      notes: [Diagnostic.Note(ValidationText.firstDeclaredHere.message, at: first)])
            } else {
                ownerIDs[owner.id.value] = owner.id.range
            }
        }
        for owner in plan.owners {
            for channel in owner.notify { checkChannel(channel) }
            if let email = owner.email, !email.value.containsExpressionMarker,
               email.value.split(separator: "@").count != 2 || email.value.contains(" ") {
                error(.invalidValue, ValidationText.notAnEmail(text: email.value), at: email.range,
                      notes: [Diagnostic.Note(ValidationText.writeOneAddress.message)])
            }
            for member in owner.members {
                checkOwnerReference(member)
                if member.value == owner.id.value {
                    error(.invalidValue, ValidationText.ownerListsItself(id: owner.id.value), at: member.range)
                }
            }
        }
    }

    /// The lead unit and the partner units of an item: each must be a declared owner, and a
    /// partner is not also the lead.
    mutating func checkUnits(owner: Located<String>?, partners: [Located<String>]) {
        checkOwnerReference(owner)
        var seen: Set<String> = []
        for partner in partners {
            checkOwnerReference(partner)
            if partner.value == owner?.value {
                warning(.invalidValue, ValidationText.partnerIsLead(id: partner.value), at: partner.range)
            } else if !seen.insert(partner.value).inserted {
                warning(.invalidValue, ValidationText.partnerTwice(id: partner.value), at: partner.range)
            }
        }
    }

    static let channelSchemes = FormatSpec.channelSchemes

    mutating func checkChannel(_ channel: Located<String>) {
        if channel.value.containsExpressionMarker || channel.value == "console" { return }
        guard let colon = channel.value.firstIndex(of: ":") else {
            error(.invalidValue, ValidationText.channelNoScheme(channel: channel.value), at: channel.range)
            return
        }
        let scheme = String(channel.value[..<colon])
        let rest = String(channel.value[channel.value.index(after: colon)...])
        guard Self.channelSchemes.contains(scheme) else {
            error(.invalidValue, ValidationText.unknownChannelScheme(scheme: scheme), at: channel.range,
                  notes: [Diagnostic.Note(ValidationText.channelForms.message)]
                      + [Diagnostic.Note.didYouMean(closestMatch(to: scheme, among: Self.channelSchemes), replacing: { "\($0):\(rest)" })]
                          .compactMap { $0 })
            return
        }
        switch scheme {
        case "owner":
            if ownerIDs[rest] == nil {
                error(.unknownReference, ValidationText.channelUnknownOwner(id: rest), at: channel.range,
                      notes: [Diagnostic.Note.didYouMean(closestMatch(to: rest, among: ownerIDs.keys), replacing: { "owner:\($0)" })]
                          .compactMap { $0 })
            }
        case "file", "eml":
            if rest.isEmpty { error(.invalidValue, ValidationText.channelNeedsPath(scheme: scheme), at: channel.range) }
        case "mailto":
            if !rest.contains("@") { error(.invalidValue, ValidationText.notAnEmail(text: rest), at: channel.range) }
        case "http", "https":
            if !rest.hasPrefix("//") || rest.count < 3 { error(.invalidValue, ValidationText.notAURL(text: channel.value), at: channel.range) }
        default:
            break
        }
    }

    mutating func checkSecrets() {
        var seen: Set<String> = []
        for secret in plan.secrets {
            let valid = secret.value.utf8.first.map { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
                && secret.value.utf8.allSatisfy { $0 == UInt8(ascii: "_") || ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
            if !valid {
                error(.invalidValue, ValidationText.invalidSecretName(name: secret.value), at: secret.range)
            }
            if !seen.insert(secret.value).inserted {
                error(.duplicateID, ValidationText.secretTwice(name: secret.value), at: secret.range)
            }
        }
    }

    mutating func checkOwnerReference(_ owner: Located<String>?) {
        guard let owner, ownerIDs[owner.value] == nil else { return }
        error(.unknownReference, ValidationText.unknownOwner(id: owner.value), at: owner.range,
              notes: ([Diagnostic.Note.didYouMean(closestMatch(to: owner.value, among: ownerIDs.keys))].compactMap { $0 })
                + (ownerIDs.isEmpty ? [Diagnostic.Note(ValidationText.declareOwners.message)] : []))
    }
}

extension Validator {
    /// Whether `id` is a slug: lower-case ASCII letters, digits and `-`, not starting with `-`.
    public static func isSlug(_ id: String) -> Bool { ValidationPass.isSlug(id) }

    /// The schemes a notification channel may start with (`owner:cntt`, `file:out/a.jsonl`).
    public static var channelSchemes: [String] { ValidationPass.channelSchemes }
}
