import BudgetPlugin
import DeadlinePlugin
import NotifyPlugin
import ReportPlugin
import ShellPlugin
public import WFPluginAPI

/// The built-in plugins, in the order `wf plugins` lists them.
public enum BuiltinPlugins {
    public static let registry = PluginRegistry([
        DeadlinePlugin.self,
        NotifyPlugin.self,
        ReportPlugin.self,
        BudgetPlugin.self,
        ShellPlugin.self,
    ])
}
