/// The stable names of every diagnostic rule, as shown in brackets and used by `# wf-ignore:`.
public enum Rule: String, Sendable, Hashable, CaseIterable, Codable {
    case yamlSyntax = "yaml-syntax"
    case yamlDuplicateKey = "yaml-duplicate-key"
    case yamlLimit = "yaml-limit"
    case version
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case typeMismatch = "type-mismatch"
    case invalidValue = "invalid-value"
    case invalidID = "invalid-id"
    case duplicateID = "duplicate-id"
    case unknownReference = "unknown-reference"
    case cycle
    case invalidDate = "invalid-date"
    case invalidDuration = "invalid-duration"
    case outOfPeriod = "out-of-period"
    case scheduleConflict = "schedule-conflict"
    case nonWorkingDay = "non-working-day"
    case unknownPlugin = "unknown-plugin"
    case pluginInput = "plugin-input"
    case expression
    case scriptInjection = "script-injection"
    case undeclaredSecret = "undeclared-secret"
    /// The file itself could not be read (missing, too large, a directory).
    case io
}
