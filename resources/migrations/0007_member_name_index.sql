-- The order list sorted by member name (OrderSort::MemberName) walks the members in name order
-- and each member's orders off orders_member, a nested loop that reads a page off two indexes
-- instead of sorting a million orders by a joined name. The members list sorts by name off it too.
CREATE INDEX members_display_name ON members (display_name);
