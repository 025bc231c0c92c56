import NotifyPeers
import Testing

// The same three lines in PluginTests and CLITests: the requirements themselves (the probes
// and the reasons) are in one place, Tests/NotifyPeers/TestRequirements.swift, which cannot
// import Testing (see there).
extension Trait where Self == ConditionTrait {
    /// Skips the test, printing what to install, where `requirement` is missing.
    static func needs(_ requirement: TestRequirement) -> Self {
        .enabled(if: requirement.isMet, Comment(rawValue: requirement.reason))
    }
}
