// The snapshot's types use the model, dates and expression values: users of WFPlanning get them too.
@_exported public import WFCore
@_exported public import WFExpressions
