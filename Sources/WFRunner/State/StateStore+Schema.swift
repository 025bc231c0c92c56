import GRDB

// MARK: - Schema

extension StateStore {
    /// The schema, one migration per version; never edit a shipped migration, add one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE runs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    workflow TEXT NOT NULL,
                    path TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    as_of TEXT NOT NULL,
                    started_at DOUBLE NOT NULL,
                    finished_at DOUBLE,
                    status TEXT NOT NULL,
                    options TEXT NOT NULL DEFAULT '{}',
                    pid INTEGER,
                    resumes INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX runs_by_workflow ON runs (workflow, id);
                CREATE TABLE node_results (
                    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                    node_id TEXT NOT NULL,
                    status TEXT NOT NULL,
                    outputs TEXT NOT NULL DEFAULT '{}',
                    attempts INTEGER NOT NULL DEFAULT 0,
                    started_at DOUBLE,
                    finished_at DOUBLE,
                    duration DOUBLE NOT NULL DEFAULT 0,
                    error TEXT,
                    note TEXT,
                    PRIMARY KEY (run_id, node_id)
                );
                CREATE TABLE effects (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    workflow TEXT NOT NULL,
                    node_id TEXT NOT NULL,
                    key TEXT NOT NULL,
                    summary TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
                    run_id INTEGER,
                    created_at DOUBLE NOT NULL,
                    updated_at DOUBLE NOT NULL,
                    error TEXT,
                    UNIQUE (workflow, node_id, key)
                );
                """)
        }
        return migrator
    }
}
