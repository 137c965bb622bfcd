-- MerchantDesk schema, part 4: what the server keeps for replicas (docs/sync.md).

-- Named counters of the sync protocol. 'horizon': the highest change-log seq of a deletion that
-- compaction has forgotten; a replica whose cursor is older may still hold that record and must
-- resynchronise from the start (410).
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO sync_state (key, value) VALUES ('horizon', 0);
