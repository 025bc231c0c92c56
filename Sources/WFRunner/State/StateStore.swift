import Foundation
public import WFLocalization
import GRDB

/// The run state of workflows: runs, node results and the effects outbox, in one SQLite file.
///
/// WAL mode with `synchronous = NORMAL`: a commit survives the process being killed at any
/// moment (it is in the WAL once `COMMIT` returns); only a power loss may drop the last few.
/// A store is checked whole when opened (`PRAGMA integrity_check`, see `StateStore+Integrity.swift`)
/// and refused when damaged; a store opened for reading is never written, not even migrated, so
/// `wf status` and `wf history` work in a folder they may only read.
public final class StateStore: Sendable {
    /// What a command does with the store.
    public enum Access: Sendable {
        /// `wf run`: created when missing, checked whole, migrated, written.
        case readWrite
        /// `wf status`, `wf history`: never written.
        case readOnly
    }

    /// The database file.
    public let path: String
    let queue: DatabaseQueue
    /// How long a locked store is waited for, in seconds (for the error when it stays locked).
    let waitLimit: TimeInterval
    /// The temporary folder holding the copy read instead of `path`, removed with the store.
    let copyFolder: String?

    /// Opens the state database at `path`, refusing it when damaged. For writing, creates it
    /// when needed and brings its schema up to date; for reading, needs it up to date.
    public init(path: String, access: Access = .readWrite, wait: StateWait = StateWait()) throws {
        self.path = path
        self.waitLimit = wait.limit
        var configuration = Configuration()
        configuration.busyMode = wait.busyMode(path: path)
        configuration.label = "wf-state"
        switch access {
        case .readWrite:
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw StateError(StateText.stateFolder(folder: folder, reason: error.localizedDescription,
                                                           parent: (folder as NSString).deletingLastPathComponent))
                }
            }
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA foreign_keys = ON")
            }
            let queue: DatabaseQueue
            do {
                queue = try DatabaseQueue(path: path, configuration: configuration)
            } catch {
                throw Self.failure(error, path: path, doing: .doingOpen, waitLimit: wait.limit)
            }
            try Self.refuseIfDamaged(queue, path: path, waitLimit: wait.limit)
            do {
                try Self.migrator.migrate(queue)
            } catch {
                throw Self.failure(error, path: path, doing: .doingUpdate, waitLimit: wait.limit)
            }
            self.queue = queue
            self.copyFolder = nil
        case .readOnly:
            configuration.readonly = true
            let (queue, copy) = try Self.openReadOnly(path: path, configuration: configuration, waitLimit: wait.limit)
            do {
                try Self.refuseIfDamaged(queue, path: path, waitLimit: wait.limit)
            } catch {
                if let copy { try? FileManager.default.removeItem(atPath: copy) }
                throw error
            }
            self.queue = queue
            self.copyFolder = copy
        }
    }

    deinit {
        if let copyFolder {
            try? queue.close()
            try? FileManager.default.removeItem(atPath: copyFolder)
        }
    }

    /// Opens an existing state database for reading only; nil when the file does not exist.
    public static func openExisting(path: String, wait: StateWait = StateWait()) throws -> StateStore? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try StateStore(path: path, access: .readOnly, wait: wait)
    }

    /// Runs `body` in a write transaction, turning database errors into `StateError`.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch {
            throw Self.failure(error, path: path, doing: .doingWrite, waitLimit: waitLimit)
        }
    }

    /// Runs one SQL statement on its own: SQLite commits it as its own transaction (autocommit),
    /// without the BEGIN and COMMIT statements `write` adds, and its compiled form is kept for
    /// the next call. For the writes a run makes once per node.
    func writeStatement(_ sql: String, arguments: StatementArguments) throws {
        do {
            try queue.writeWithoutTransaction { db in
                try db.cachedStatement(sql: sql).execute(arguments: arguments)
            }
        } catch {
            throw Self.failure(error, path: path, doing: .doingWrite, waitLimit: waitLimit)
        }
    }

    /// Runs `body` in a read transaction, turning database errors into `StateError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch {
            throw Self.failure(error, path: path, doing: .doingRead, waitLimit: waitLimit)
        }
    }

    // MARK: - Errors

    /// `error` as the planner should read it: a lock held too long, a damaged file, or what SQLite said.
    static func failure(_ error: any Error, path: String, doing verb: StateText, waitLimit: TimeInterval) -> StateError {
        if let error = error as? StateError { return error }
        guard let error = error as? DatabaseError else {
            return StateError(StateText.cannotUse(doing: verb.message, path: path, reason: String(describing: error)))
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .stillLocked(path: path, limit: waitLimit)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .damaged(path: path, problems: [describe(error)])
        case let code where verb != .doingRead && [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(code):
            let folder = (path as NSString).deletingLastPathComponent
            return StateError(StateText.cannotUseWritable(doing: verb.message, path: path, reason: describe(error), folder: folder))
        default:
            return StateError(StateText.cannotUse(doing: verb.message, path: path, reason: describe(error)))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }
}

/// A problem with the state store, meant for the planner.
public struct StateError: Error, Sendable, CustomStringConvertible {
    /// In both languages: the command writes it in its chosen language.
    public var message: Message
    /// True when the store is damaged (the message says how to go on).
    public var isDamage = false

    public init(_ message: Message) {
        self.message = message
    }

    public var description: String { message.en }
}
