-- Rows a replica made itself for a staff action that the server has not answered yet
-- (docs/sync.md, "Provisional rows"). Each such row is renumbered to a negative id when it is made,
-- so it can never collide with a server row (server ids are positive), and is listed here under
-- the command that made it; the server's answer to that command replaces them. `main` marks the
-- record a creating command made (the product of product.create, ...).
CREATE TABLE sync_provisional (
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL CHECK (row_id < 0),
    command_id TEXT NOT NULL,
    main INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (table_name, row_id)
);
CREATE INDEX sync_provisional_command ON sync_provisional (command_id);
