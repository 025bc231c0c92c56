import WFLocalization

/// Transitional: the report plugin's error for a workbook it cannot package, until the plugin
/// (converted separately) takes `WorkbookText.cannotPackage` itself. Every other word of the
/// status workbook is in the catalog (`WorkbookText`).
public enum StatusWorkbookMessages {
    public static func cannotPackage(_ reason: String) -> String {
        WorkbookText.cannotPackage(reason: reason).en
    }
}
