-- MerchantDesk schema, part 1: settings, logs, catalog, stock, members, staff, sessions.
-- Times are INTEGER milliseconds since the Unix epoch (UTC). Money is INTEGER minor units of the
-- store currency (settings key 'currency'). Every syncable table has a version that each update
-- increments, and every change appends to change_log in the same transaction (see ChangeLog).

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);

CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    changed_at INTEGER NOT NULL
);
CREATE INDEX change_log_entity ON change_log (entity, entity_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    staff_id INTEGER,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    before_json TEXT,
    after_json TEXT,
    at INTEGER NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_staff ON audit_log (staff_id, at);

CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX categories_parent ON categories (parent_id, position);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES categories (id),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    images TEXT NOT NULL DEFAULT '[]',
    tags TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'archived')),
    handle TEXT UNIQUE,
    rating_count INTEGER NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
    rating_sum INTEGER NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
    sales_count INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX products_category ON products (category_id, status);
CREATE INDEX products_status_created ON products (status, created_at);

CREATE TABLE skus (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id),
    code TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
    options TEXT NOT NULL DEFAULT '[]',
    price INTEGER NOT NULL CHECK (price >= 0),
    cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    stock_on_hand INTEGER NOT NULL DEFAULT 0 CHECK (stock_on_hand >= 0),
    reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    low_stock_threshold INTEGER NOT NULL DEFAULT 5 CHECK (low_stock_threshold >= 0),
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX skus_product ON skus (product_id);

-- stock_on_hand of a SKU is always the sum of its moves; stock_after records the running total.
CREATE TABLE stock_moves (
    id INTEGER PRIMARY KEY,
    sku_id INTEGER NOT NULL REFERENCES skus (id),
    delta INTEGER NOT NULL CHECK (delta <> 0),
    reason TEXT NOT NULL CHECK (reason IN ('sale', 'cancel', 'return', 'adjustment', 'import')),
    stock_after INTEGER NOT NULL CHECK (stock_after >= 0),
    ref_type TEXT,
    ref_id INTEGER,
    note TEXT NOT NULL DEFAULT '',
    staff_id INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX stock_moves_sku ON stock_moves (sku_id, id);

CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    email TEXT UNIQUE,
    phone TEXT UNIQUE,
    external_ref TEXT UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    tier TEXT NOT NULL DEFAULT 'regular' CHECK (tier IN ('regular', 'silver', 'gold', 'platinum')),
    tier_override TEXT CHECK (tier_override IS NULL OR tier_override IN ('regular', 'silver', 'gold', 'platinum')),
    points INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),
    balance INTEGER NOT NULL DEFAULT 0 CHECK (balance >= 0),
    net_paid INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (email IS NOT NULL OR phone IS NOT NULL OR external_ref IS NOT NULL)
);
CREATE INDEX members_created ON members (created_at);

CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id),
    recipient TEXT NOT NULL,
    phone TEXT NOT NULL,
    region TEXT NOT NULL,
    detail TEXT NOT NULL,
    postal_code TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX addresses_member ON addresses (member_id);

-- Ledgers: a member's points (balance) is always the sum of the deltas, and balance_after >= 0.
CREATE TABLE points_ledger (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id),
    delta INTEGER NOT NULL CHECK (delta <> 0),
    balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
    reason TEXT NOT NULL,
    ref_type TEXT,
    ref_id INTEGER,
    note TEXT NOT NULL DEFAULT '',
    staff_id INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX points_ledger_member ON points_ledger (member_id, id);

CREATE TABLE balance_ledger (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id),
    delta INTEGER NOT NULL CHECK (delta <> 0),
    balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
    reason TEXT NOT NULL,
    ref_type TEXT,
    ref_id INTEGER,
    note TEXT NOT NULL DEFAULT '',
    staff_id INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX balance_ledger_member ON balance_ledger (member_id, id);

CREATE TABLE favorites (
    member_id INTEGER NOT NULL REFERENCES members (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, product_id)
);

CREATE TABLE browsing_history (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    viewed_at INTEGER NOT NULL
);
CREATE INDEX browsing_history_member ON browsing_history (member_id, viewed_at);
CREATE INDEX browsing_history_product ON browsing_history (product_id, viewed_at);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'manager', 'clerk', 'support')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Bearer tokens are stored only as their SHA-256; the token itself is shown once, at login.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('member', 'staff')),
    subject_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_subject ON sessions (subject_kind, subject_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);
