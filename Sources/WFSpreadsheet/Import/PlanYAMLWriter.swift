import WFCore
import WFCalendar
import WFJSON
import WFLocalization

/// Writes an imported plan as YAML that `wf validate` accepts: scalars plain where YAML reads
/// them back as the same string, double-quoted (JSON escapes, which YAML shares) elsewhere.
public enum PlanYAMLWriter {
    /// The plan as YAML, its comments in `language`.
    public static func yaml(_ plan: AnnexPlan, source: String, language: Language) -> String {
        // Editors with a YAML language server complete and check the imported plan at once.
        var out = JSONSchema.modeline() + "\n"
        for line in [ImportText.importedFrom(source: source, sheet: plan.sheet, row: plan.headerRow), ImportText.idsFromTitles.message] {
            out += "# \(line.text(language))\n"
        }
        out += "\nwf: 1\nname: \(scalar(plan.name))\n"
        if let period = plan.period { out += "period: \(scalar(period))\n" }
        if !plan.owners.isEmpty {
            out += "\nowners:\n"
            for owner in plan.owners {
                out += "  \(owner.id):\n    name: \(scalar(owner.name))\n"
            }
        }
        out += "\ngoals:\n"
        var group: String?
        for entry in plan.entries {
            switch entry {
            case .task(let task):
                if let taskGroup = task.group, taskGroup != group {
                    out += "\n  # \(comment(taskGroup))\n"
                    group = taskGroup
                }
                out += "  - id: \(task.id)   # \(ImportText.taskComment(row: task.row, number: task.number).text(language))\n"
                out += "    title: \(scalar(task.title))\n"
                if let taskGroup = task.group { out += "    group: \(scalar(taskGroup))\n" }
                if let owner = task.owner { out += "    owner: \(owner)\n" }
                if !task.partners.isEmpty { out += "    partners: [\(task.partners.joined(separator: ", "))]\n" }
                switch task.due {
                case .date(let date):
                    out += "    due: \(date.iso)\n"
                case .phrase(let text):
                    out += "    due: \(scalar(text))\n"
                case .recurring(let every, let day, let written):
                    out += "    every: \(every.rawValue)\n"
                    out += "    due: \(scalar(day))"
                    out += Int(day).map { "   # \(comment(ImportText.recurringDue(text: written, day: $0).text(language)))\n" } ?? "\n"
                }
                if let product = task.product { out += "    product: \(scalar(product))\n" }
                if let description = task.description { out += "    description: \(scalar(description))\n" }
            case .kept(let row, let reason, let cells):
                out += "\n  # \(comment(ImportText.keptRow(row: row, reason: reason).text(language)))\n"
                for cell in cells { out += "  #   \(comment(cell.text(language)))\n" }
            }
        }
        out += "\nsteps:\n  - id: kiem-tra-han\n    uses: deadline\n"
        return out
    }

    /// A comment's text on one line.
    static func comment(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// `text` as a YAML scalar that reads back as the same string.
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : JSON.quoted(text)
    }

    /// True when `text` can be written plain: no indicator first, no `: ` or ` #`, not a
    /// number, a boolean or null to any YAML reader, one line without spaces at its ends.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if " \t".unicodeScalars.contains(first) || " \t".unicodeScalars.contains(last) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if first.properties.numericType != nil || first == "+" || first == "." || first == "~" { return false }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" || $0 == "\u{FEFF}" || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" }) {
            return false
        }
        if last == ":" { return false }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if (previous == ":" && scalar == " ") || (previous == " " && scalar == "#") { return false }  // ": ", " #"
            previous = scalar
        }
        let reserved: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "y", "n"]
        return text.utf8.count > 5 || !reserved.contains(text.lowercased())
    }
}
