-- The units of an order (the sum of its lines' quantities, fixed when the order is placed; refunds
-- are counted separately) kept on the order, so that the Sales report aggregates orders alone
-- instead of joining a million order lines, and an index that covers every figure the report sums
-- by payment time (docs/reports.md), so the report reads a range of the index and no table row.
ALTER TABLE orders ADD COLUMN units INTEGER NOT NULL DEFAULT 0 CHECK (units >= 0);
UPDATE orders SET units = (SELECT COALESCE(SUM(quantity), 0) FROM order_lines l
                           WHERE l.order_id = orders.id);
CREATE INDEX orders_paid_sales ON orders (paid_at, subtotal, tier_discount, coupon_discount,
                                          points_discount, shipping_fee, units);
