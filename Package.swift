// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "wf",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "wf", targets: ["wf"]),
        .executable(name: "wf-bench", targets: ["wf-bench"]),
        // For the fuzz harnesses in Fuzz/, a separate package that depends on this one by path.
        .library(name: "WFExpressions", targets: ["WFExpressions"]),
        .library(name: "WFCommands", targets: ["WFCommands"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
    ],
    targets: [
        // MARK: - C libraries
        .systemLibrary(
            name: "CLibYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        // libcurl for SMTP and webhooks, loaded with dlopen on first use (see include/ccurl.h);
        // building needs its headers: apt-get install libcurl4-openssl-dev.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),

        // MARK: - Core
        // The one JSON value, writer and reader; every JSON output and input goes through it.
        .target(name: "WFJSON"),
        // The message catalog: every text a person reads, in Vietnamese and English.
        .target(name: "WFLocalization"),
        .target(name: "WFDiagnostics", dependencies: ["WFJSON", "WFLocalization"]),
        .target(name: "WFYAML", dependencies: ["CLibYAML", "WFDiagnostics", "WFLocalization"]),
        .target(
            name: "WFCalendar", dependencies: ["WFJSON", "WFLocalization"],
            resources: [.embedInCode("Resources/vn-calendar.json")]),
        .target(name: "WFExpressions", dependencies: ["WFJSON", "WFDiagnostics", "WFLocalization"]),
        .target(
            name: "WFCore", dependencies: ["WFJSON", "WFDiagnostics", "WFYAML", "WFCalendar", "WFExpressions"]),
        // The planning rules, computed once per (plan, as-of) into a typed snapshot every output reads.
        .target(name: "WFPlanning", dependencies: ["WFCore", "WFExpressions"]),
        .target(name: "WFPluginAPI", dependencies: ["WFJSON", "WFCore", "WFPlanning"]),
        .target(
            name: "WFRunner",
            dependencies: ["WFPluginAPI", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "WFSpreadsheet", dependencies: ["WFCore", "WFPlanning", "WFLocalization", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        // MARK: - Built-in plugins
        .target(
            name: "DeadlinePlugin", dependencies: ["WFPluginAPI"], path: "plugins/deadline"),
        .target(
            name: "NotifyPlugin", dependencies: ["WFPluginAPI", "CCurl"], path: "plugins/notify"),
        .target(
            name: "ReportPlugin",
            dependencies: [
                "WFPluginAPI", "WFSpreadsheet",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "plugins/report"),
        .target(
            name: "BudgetPlugin", dependencies: ["WFPluginAPI"], path: "plugins/budget"),
        .target(
            name: "ShellPlugin",
            dependencies: ["WFPluginAPI", .product(name: "Subprocess", package: "swift-subprocess")],
            path: "plugins/shell"),

        // The language server of `wf lsp`: JSON-RPC over standard input and output, on WFJSON.
        .target(
            name: "WFLanguageServer",
            dependencies: ["WFJSON", "WFLocalization", "WFDiagnostics", "WFYAML", "WFCalendar", "WFExpressions", "WFCore", "WFPlanning"]),

        // MARK: - Command line
        .target(
            name: "WFCommands",
            dependencies: [
                "WFCore", "WFRunner", "WFPluginAPI", "WFSpreadsheet", "WFLanguageServer",
                "DeadlinePlugin", "NotifyPlugin", "ReportPlugin", "BudgetPlugin", "ShellPlugin",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "wf", dependencies: [
            "WFCommands", "WFLocalization",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(
            name: "wf-bench",
            dependencies: ["WFCommands", "WFCore", "WFYAML", "WFDiagnostics", "WFCalendar", "WFRunner", "WFExpressions", "WFJSON",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]),

        // MARK: - Tests
        .testTarget(name: "WFJSONTests", dependencies: ["NotifyPeers", "WFJSON"]),
        .testTarget(name: "WFLocalizationTests", dependencies: ["WFLocalization"]),
        .testTarget(name: "WFDiagnosticsTests", dependencies: ["WFDiagnostics", "WFLocalization"]),
        .testTarget(name: "WFYAMLTests", dependencies: ["NotifyPeers", "WFYAML", "WFLocalization"]),
        .testTarget(name: "WFCalendarTests", dependencies: ["NotifyPeers", "WFCalendar", "WFLocalization"]),
        .testTarget(name: "WFExpressionsTests", dependencies: ["WFExpressions", "WFLocalization"]),
        .testTarget(name: "WFCoreTests", dependencies: ["WFCore", "WFPluginAPI"]),
        .testTarget(name: "WFPlanningTests", dependencies: ["WFPlanning", "WFCore"]),
        .testTarget(name: "WFRunnerTests", dependencies: ["WFRunner"]),
        .testTarget(name: "WFSpreadsheetTests", dependencies: ["WFSpreadsheet", "WFCore", "WFCalendar"]),
        // The Python SMTP and HTTP servers (Tests/Support) that the notify tests start on 127.0.0.1.
        .target(name: "NotifyPeers", path: "Tests/NotifyPeers"),
        .testTarget(
            name: "PluginTests",
            dependencies: ["DeadlinePlugin", "NotifyPlugin", "ReportPlugin", "BudgetPlugin", "ShellPlugin", "WFCommands",
                           "NotifyPeers",
                           // The independent renderer the report templates are compared with.
                           .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "CLITests", dependencies: ["WFCommands", "WFDiagnostics", "WFJSON", "NotifyPeers"]),
    ],
    swiftLanguageModes: [.v6]
)
