import Foundation
import GRDB

/// The run state of workflows: runs, node results and the effects outbox, in one SQLite file.
///
/// WAL mode with `synchronous = NORMAL`: a commit survives the process being killed at any
/// moment (it is in the WAL once `COMMIT` returns); only a power loss may drop the last few.
public final class StateStore: Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens (creating when needed) the state database at `path` and brings its schema up to date.
    public init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.label = "wf-state"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(queue)
        } catch {
            throw StateError("cannot open the state database '\(path)': \(Self.describe(error))")
        }
    }

    /// Opens an existing state database for reading only; nil when the file does not exist.
    public static func openExisting(path: String) throws -> StateStore? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try StateStore(path: path)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }

    /// Runs `body` in a write transaction, turning database errors into `StateError`.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch let error as StateError {
            throw error
        } catch {
            throw StateError("cannot write the state database '\(path)': \(Self.describe(error))")
        }
    }

    /// Runs `body` in a read transaction, turning database errors into `StateError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StateError("cannot read the state database '\(path)': \(Self.describe(error))")
        }
    }
}

/// A problem with the state store, meant for the planner.
public struct StateError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
