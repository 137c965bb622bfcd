-- MerchantDesk schema, part 4: what the server keeps for replicas (docs/sync.md).

-- Named counters of the sync protocol. 'horizon': the highest change-log seq of a deletion that
-- compaction has forgotten; a replica whose cursor is older may still hold that record and must
-- resynchronise from the start (410).
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO sync_state (key, value) VALUES ('horizon', 0);

-- Staff commands pushed by replicas, by the id the replica gave them when the staff member acted:
-- a command seen again gets its stored result and changes nothing (exactly once). Written in the
-- transaction that applied the command.
CREATE TABLE sync_commands (
    id TEXT PRIMARY KEY,
    staff_id INTEGER NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'conflict', 'rejected')),
    result TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX sync_commands_created ON sync_commands (created_at);

-- Replica side (the desktop's local copy; empty on a server).
-- Staff actions waiting to be pushed, in the order they were made. The command id is written
-- here, with the action's local effect, before the first send.
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    command_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    base_version INTEGER,
    payload TEXT NOT NULL,
    staff_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);

-- Commands the server refused or found in conflict, with its reason and the record as it is on
-- the server, until a staff member dismisses them.
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY,
    command_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('conflict', 'rejected')),
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    payload TEXT NOT NULL,
    current TEXT,
    at INTEGER NOT NULL
);
INSERT INTO sync_state (key, value) VALUES ('cursor', 0);

-- Replica side: secondary indexes dropped for the duration of a first copy (rebuilt at its end,
-- even when the copy was interrupted and resumed).
CREATE TABLE sync_deferred_indexes (
    name TEXT PRIMARY KEY,
    sql TEXT NOT NULL
);
