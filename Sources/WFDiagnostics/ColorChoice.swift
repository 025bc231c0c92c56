/// When human output is coloured: `--color auto|always|never`.
public enum ColorChoice: String, Sendable, CaseIterable {
    /// Colour on a terminal, unless the environment says otherwise (`wantsColor`).
    case auto
    /// Always, even into a pipe or a file.
    case always
    /// Never.
    case never

    /// Whether to colour output going to a terminal (`isTerminal`) or not.
    ///
    /// `always` and `never` win. Under `auto`: `NO_COLOR` set to anything non-empty means no
    /// colour (https://no-color.org); else `FORCE_COLOR` set means colour even into a pipe
    /// (`FORCE_COLOR=0` or `false` means none); else `TERM=dumb` means none; else colour
    /// exactly on a terminal.
    public func enabled(isTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return HumanRenderer.wantsColor(isTerminal: isTerminal, environment: environment)
        }
    }
}
