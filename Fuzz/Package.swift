// swift-tools-version: 6.1
// libFuzzer harnesses for wf. Build and run them with Fuzz/run.sh, which passes
// -sanitize=fuzzer,address. SwiftPM links an executable's `main` to its own entry point,
// so each harness's `@main` hands its test function to libFuzzer's LLVMFuzzerRunDriver.
// Kept out of the main package so `swift build` and `swift test` there never link libFuzzer.
import Foundation
import PackageDescription

/// A path dependency's identity is the name of its folder (`wf`, `main`, a worktree's name…).
let wf = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "wf-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CFuzzer"),
        .executableTarget(name: "FuzzLoader", dependencies: ["CFuzzer", .product(name: "WFCommands", package: wf)]),
        .executableTarget(name: "FuzzExpressions", dependencies: ["CFuzzer", .product(name: "WFExpressions", package: wf)]),
    ],
    swiftLanguageModes: [.v6]
)
