-- MerchantDesk schema, part 3: what the storefront remembers about searching.

-- Customers' search queries with how often they were asked, for "popular searches" suggestions.
CREATE TABLE search_queries (
    query TEXT PRIMARY KEY,
    hits INTEGER NOT NULL DEFAULT 0,
    last_at INTEGER NOT NULL
);
CREATE INDEX search_queries_hits ON search_queries (hits);
