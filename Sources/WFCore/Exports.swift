// The model's public types use dates and diagnostics: users of WFCore get them too.
@_exported public import WFCalendar
@_exported public import WFDiagnostics
@_exported public import WFLocalization
