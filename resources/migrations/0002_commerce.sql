-- MerchantDesk schema, part 2: carts, coupons, flash sales, orders, payments, refunds, reviews,
-- notifications. Money in minor units, times in ms since the epoch (UTC), as in part 1.

CREATE TABLE cart_items (
    member_id INTEGER NOT NULL REFERENCES members (id),
    sku_id INTEGER NOT NULL REFERENCES skus (id),
    quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    added_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, sku_id)
);

-- Every addition to a cart, kept for the conversion funnel (cart_items holds only the current state).
CREATE TABLE cart_events (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL,
    sku_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    quantity INTEGER NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX cart_events_at ON cart_events (at);
CREATE INDEX cart_events_product ON cart_events (product_id, at);

CREATE TABLE coupon_campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    code TEXT UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('fixed', 'percent')),
    amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    percent_bp INTEGER NOT NULL DEFAULT 0 CHECK (percent_bp BETWEEN 0 AND 10000),
    max_discount INTEGER CHECK (max_discount IS NULL OR max_discount >= 0),
    min_spend INTEGER NOT NULL DEFAULT 0 CHECK (min_spend >= 0),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    scope TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('all', 'categories', 'products')),
    scope_ids TEXT NOT NULL DEFAULT '[]',
    total_limit INTEGER CHECK (total_limit IS NULL OR total_limit >= 0),
    per_member_limit INTEGER NOT NULL DEFAULT 1 CHECK (per_member_limit >= 1),
    issued_count INTEGER NOT NULL DEFAULT 0 CHECK (issued_count >= 0),
    used_count INTEGER NOT NULL DEFAULT 0 CHECK (used_count >= 0),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (total_limit IS NULL OR used_count <= total_limit)
);

CREATE TABLE member_coupons (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES coupon_campaigns (id),
    member_id INTEGER NOT NULL REFERENCES members (id),
    status TEXT NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'used')),
    source TEXT NOT NULL CHECK (source IN ('claim', 'staff')),
    order_id INTEGER,
    claimed_at INTEGER NOT NULL,
    used_at INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);
CREATE INDEX member_coupons_member ON member_coupons (member_id, status);
CREATE INDEX member_coupons_campaign ON member_coupons (campaign_id, member_id);

CREATE TABLE flash_sales (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    per_member_limit INTEGER NOT NULL DEFAULT 1 CHECK (per_member_limit >= 1),
    allow_coupons INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'ended')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
);

CREATE TABLE flash_sale_items (
    id INTEGER PRIMARY KEY,
    flash_sale_id INTEGER NOT NULL REFERENCES flash_sales (id),
    sku_id INTEGER NOT NULL REFERENCES skus (id),
    sale_price INTEGER NOT NULL CHECK (sale_price >= 0),
    allotment INTEGER NOT NULL CHECK (allotment >= 0),
    sold INTEGER NOT NULL DEFAULT 0 CHECK (sold >= 0),
    UNIQUE (flash_sale_id, sku_id),
    CHECK (sold <= allotment)
);
CREATE INDEX flash_sale_items_sku ON flash_sale_items (sku_id);

-- Units of a flash-sale item bought by one member, for the per-member limit.
CREATE TABLE flash_sale_purchases (
    flash_sale_item_id INTEGER NOT NULL REFERENCES flash_sale_items (id),
    member_id INTEGER NOT NULL REFERENCES members (id),
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (flash_sale_item_id, member_id)
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    external_ref TEXT UNIQUE,
    member_id INTEGER REFERENCES members (id),
    status TEXT NOT NULL CHECK (status IN ('pending_payment', 'paid', 'shipped', 'delivered', 'completed', 'cancelled')),
    currency TEXT NOT NULL,
    subtotal INTEGER NOT NULL CHECK (subtotal >= 0),
    tier_discount INTEGER NOT NULL DEFAULT 0 CHECK (tier_discount >= 0),
    coupon_discount INTEGER NOT NULL DEFAULT 0 CHECK (coupon_discount >= 0),
    points_discount INTEGER NOT NULL DEFAULT 0 CHECK (points_discount >= 0),
    points_used INTEGER NOT NULL DEFAULT 0 CHECK (points_used >= 0),
    shipping_fee INTEGER NOT NULL DEFAULT 0 CHECK (shipping_fee >= 0),
    total INTEGER NOT NULL CHECK (total >= 0),
    balance_applied INTEGER NOT NULL DEFAULT 0 CHECK (balance_applied >= 0),
    amount_due INTEGER NOT NULL CHECK (amount_due >= 0),
    paid_amount INTEGER NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
    refunded_cash INTEGER NOT NULL DEFAULT 0 CHECK (refunded_cash >= 0),
    refunded_balance INTEGER NOT NULL DEFAULT 0 CHECK (refunded_balance >= 0),
    payment_method TEXT,
    member_coupon_id INTEGER REFERENCES member_coupons (id),
    coupon_campaign_id INTEGER REFERENCES coupon_campaigns (id),
    tier TEXT NOT NULL DEFAULT 'regular',
    tier_rate_bp INTEGER NOT NULL DEFAULT 0,
    ship_recipient TEXT NOT NULL DEFAULT '',
    ship_phone TEXT NOT NULL DEFAULT '',
    ship_region TEXT NOT NULL DEFAULT '',
    ship_detail TEXT NOT NULL DEFAULT '',
    ship_postal_code TEXT NOT NULL DEFAULT '',
    points_earned INTEGER NOT NULL DEFAULT 0,
    points_reversed INTEGER NOT NULL DEFAULT 0,
    points_restored INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT 'storefront' CHECK (source IN ('storefront', 'staff', 'import', 'demo')),
    placed_at INTEGER NOT NULL,
    local_date TEXT NOT NULL,
    pay_deadline INTEGER,
    paid_at INTEGER,
    shipped_at INTEGER,
    delivered_at INTEGER,
    completed_at INTEGER,
    cancelled_at INTEGER,
    cancel_reason TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL,
    CHECK (refunded_cash + refunded_balance <= paid_amount + balance_applied)
);
CREATE INDEX orders_member ON orders (member_id, placed_at);
CREATE INDEX orders_status ON orders (status, placed_at);
CREATE INDEX orders_placed ON orders (placed_at);
CREATE INDEX orders_local_date ON orders (local_date);
CREATE INDEX orders_pay_deadline ON orders (pay_deadline) WHERE status = 'pending_payment';

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    sku_id INTEGER REFERENCES skus (id),
    product_id INTEGER REFERENCES products (id),
    title TEXT NOT NULL,
    sku_code TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '[]',
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    list_price INTEGER NOT NULL CHECK (list_price >= 0),
    unit_cost INTEGER NOT NULL DEFAULT 0,
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    subtotal INTEGER NOT NULL CHECK (subtotal >= 0),
    tier_discount INTEGER NOT NULL DEFAULT 0 CHECK (tier_discount >= 0),
    coupon_discount INTEGER NOT NULL DEFAULT 0 CHECK (coupon_discount >= 0),
    points_discount INTEGER NOT NULL DEFAULT 0 CHECK (points_discount >= 0),
    line_total INTEGER NOT NULL CHECK (line_total >= 0),
    flash_sale_item_id INTEGER REFERENCES flash_sale_items (id),
    shipped_qty INTEGER NOT NULL DEFAULT 0,
    refunded_qty INTEGER NOT NULL DEFAULT 0,
    refunded_amount INTEGER NOT NULL DEFAULT 0,
    CHECK (shipped_qty BETWEEN 0 AND quantity),
    CHECK (refunded_qty BETWEEN 0 AND quantity),
    CHECK (refunded_amount BETWEEN 0 AND line_total)
);
CREATE INDEX order_lines_order ON order_lines (order_id);
CREATE INDEX order_lines_product ON order_lines (product_id);
CREATE INDEX order_lines_sku ON order_lines (sku_id);

CREATE TABLE order_events (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL
);
CREATE INDEX order_events_order ON order_events (order_id, id);

CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    carrier TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    staff_id INTEGER,
    shipped_at INTEGER NOT NULL
);
CREATE INDEX shipments_order ON shipments (order_id);

CREATE TABLE shipment_lines (
    shipment_id INTEGER NOT NULL REFERENCES shipments (id),
    order_line_id INTEGER NOT NULL REFERENCES order_lines (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (shipment_id, order_line_id)
);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    method TEXT NOT NULL CHECK (method IN ('card', 'alipay', 'wechat', 'balance')),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'cancelled')),
    provider_ref TEXT UNIQUE,
    failure_reason TEXT,
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);
CREATE INDEX payments_order ON payments (order_id);
CREATE INDEX payments_confirmed ON payments (confirmed_at);

-- Provider callbacks already processed, by the provider's event id (deduplication).
CREATE TABLE payment_events (
    event_id TEXT PRIMARY KEY,
    payment_id INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    received_at INTEGER NOT NULL
);

CREATE TABLE refunds (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    status TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'refunded', 'rejected')),
    reason TEXT NOT NULL DEFAULT '',
    amount INTEGER NOT NULL CHECK (amount >= 0),
    cash_amount INTEGER NOT NULL DEFAULT 0 CHECK (cash_amount >= 0),
    balance_amount INTEGER NOT NULL DEFAULT 0 CHECK (balance_amount >= 0),
    includes_shipping INTEGER NOT NULL DEFAULT 0,
    destination TEXT NOT NULL DEFAULT 'original' CHECK (destination IN ('original', 'balance')),
    restock INTEGER NOT NULL DEFAULT 1,
    requested_by TEXT NOT NULL,
    decided_by INTEGER,
    decision_note TEXT NOT NULL DEFAULT '',
    points_reversed INTEGER NOT NULL DEFAULT 0,
    points_restored INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    decided_at INTEGER,
    refunded_at INTEGER,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);
CREATE INDEX refunds_order ON refunds (order_id);
CREATE INDEX refunds_status ON refunds (status, created_at);

CREATE TABLE refund_lines (
    refund_id INTEGER NOT NULL REFERENCES refunds (id),
    order_line_id INTEGER NOT NULL REFERENCES order_lines (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    amount INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (refund_id, order_line_id)
);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    order_line_id INTEGER NOT NULL UNIQUE REFERENCES order_lines (id),
    order_id INTEGER NOT NULL REFERENCES orders (id),
    product_id INTEGER NOT NULL REFERENCES products (id),
    member_id INTEGER NOT NULL REFERENCES members (id),
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'visible' CHECK (status IN ('visible', 'hidden')),
    reply TEXT,
    reply_staff_id INTEGER,
    replied_at INTEGER,
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);
CREATE INDEX reviews_product ON reviews (product_id, status, created_at);
CREATE INDEX reviews_status ON reviews (status, created_at);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES members (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    ref_type TEXT,
    ref_id INTEGER,
    read_at INTEGER,
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX notifications_member ON notifications (member_id, id);

CREATE TABLE idempotency_keys (
    member_id INTEGER NOT NULL,
    idem_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    order_id INTEGER,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (member_id, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
