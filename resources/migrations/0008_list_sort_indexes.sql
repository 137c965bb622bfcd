-- The catalog's product list sorted by title (ProductSort::Title) walks products_title instead of
-- sorting every product again for each page it reads; the review queue's default order, newest
-- first (ReviewSort::Date), walks reviews_created likewise, filtered or not.
CREATE INDEX products_title ON products (title);
CREATE INDEX reviews_created ON reviews (created_at);
