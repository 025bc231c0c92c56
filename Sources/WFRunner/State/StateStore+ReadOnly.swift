import Foundation
import WFLocalization
import GRDB

// MARK: - Opening for reading only

extension StateStore {
    /// Opens `path` read-only; returns the queue and, when it reads a copy, the copy's folder.
    ///
    /// SQLite in WAL mode needs the `-shm` and `-wal` files beside the database; when they are
    /// missing and the folder cannot be written, a plain read-only open fails. Then, when no
    /// `-wal` with changes exists (the last writer closed cleanly), the database file alone
    /// holds everything and is opened as immutable (`?immutable=1`), which needs neither file.
    /// When a `-wal` with changes exists (a run was killed) but no `-shm`, no program is
    /// writing (a writer keeps a `-shm`): the two files are copied to a temporary folder and
    /// the copy is read.
    static func openReadOnly(path: String, configuration: Configuration,
                             waitLimit: TimeInterval) throws -> (DatabaseQueue, copy: String?) {
        let first: any Error
        do {
            return (try openChecked(path, configuration: configuration), nil)
        } catch let error as StateError {
            throw error
        } catch {
            first = error
        }
        if let error = first as? DatabaseError,
           [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw failure(error, path: path, doing: .doingRead, waitLimit: waitLimit)
        }
        if !walHasChanges(path: path) {
            do {
                return (try openChecked(immutableURI(path), configuration: configuration), nil)
            } catch let error as StateError {
                throw error
            } catch {
                throw failure(first, path: path, doing: .doingRead, waitLimit: waitLimit)
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wf-state-copy-\(UUID().uuidString)").path
        let copy = (folder as NSString).appendingPathComponent("state.sqlite")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            try FileManager.default.copyItem(atPath: path + "-wal", toPath: copy + "-wal")
            return (try openChecked(copy, configuration: configuration), folder)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            if let error = error as? StateError { throw error }
            throw StateError.unmergedChanges(path: path, reason: describe(first))
        }
    }

    /// Opens `location` and reads its migrations, so a failure shows here, not at the first query.
    private static func openChecked(_ location: String, configuration: Configuration) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: location, configuration: configuration)
        let (completed, superseded) = try queue.read { db in
            (try migrator.hasCompletedMigrations(db), try migrator.hasBeenSuperseded(db))
        }
        if !completed && !superseded { throw StateError.needsUpgrade(path: location) }
        return queue
    }

    /// True when `path-wal` exists and is not empty: changes not yet merged into the database file.
    static func walHasChanges(path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue
        return (size ?? 0) > 0
    }

    /// A SQLite URI that opens `path` as a file that no one changes (no locks, no `-shm`, no `-wal`).
    static func immutableURI(_ path: String) -> String {
        var encoded = ""
        for character in path {
            switch character {
            case "%": encoded += "%25"
            case "?": encoded += "%3f"
            case "#": encoded += "%23"
            default: encoded.append(character)
            }
        }
        return "file:\(encoded)?immutable=1"
    }
}

// MARK: - Messages

extension StateError {
    /// The store predates this wf's schema and only `wf run` may upgrade it.
    static func needsUpgrade(path: String) -> StateError {
        let shown = path.hasPrefix("file:") ? String(path.dropFirst(5).prefix { $0 != "?" }) : path
        return StateError(StateText.needsUpgrade(path: shown, folder: (shown as NSString).deletingLastPathComponent))
    }

    /// A read-only folder with a `-wal` whose changes could not be read from a copy either.
    static func unmergedChanges(path: String, reason: String) -> StateError {
        StateError(StateText.unmergedChanges(path: path, reason: reason, folder: (path as NSString).deletingLastPathComponent,
                                             temporary: FileManager.default.temporaryDirectory.path))
    }
}
