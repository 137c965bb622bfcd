#pragma once

#include "category.h"
#include "commandcodec.h"
#include "product.h"
#include "sku.h"

#include <optional>

// The catalog's staff commands: products, SKUs, stock and categories (docs/sync.md). Each type
// carries its fields typed; toJson writes the wire body and fromJson reads it back strictly
// (CommandReader). A type's envelope is its first fields: the record it acts on and, for edits
// under optimistic locking, the version edited.
namespace md {

struct ProductCreate
{
    static constexpr CommandKind kKind{"product.create", "product", CommandTarget::Creates};
    ProductDraft draft;

    CommandBody toJson() const;
    static Result<ProductCreate> fromJson(CommandReader &reader);
    bool operator==(const ProductCreate &) const = default;
};

struct ProductUpdate
{
    static constexpr CommandKind kKind{"product.update", "product", CommandTarget::Existing};
    qint64 productId = 0;
    std::optional<qint64> baseVersion;
    ProductDraft draft; // every field: one left out would be reset

    CommandBody toJson() const;
    static Result<ProductUpdate> fromJson(CommandReader &reader);
    bool operator==(const ProductUpdate &) const = default;
};

struct ProductArchive
{
    static constexpr CommandKind kKind{"product.archive", "product", CommandTarget::Existing};
    qint64 productId = 0;

    CommandBody toJson() const;
    static Result<ProductArchive> fromJson(CommandReader &reader);
    bool operator==(const ProductArchive &) const = default;
};

struct SkuCreate
{
    static constexpr CommandKind kKind{"sku.create", "sku", CommandTarget::Creates};
    qint64 productId = 0;
    SkuDraft draft; // with its initial stock (written only when there is some)

    CommandBody toJson() const;
    static Result<SkuCreate> fromJson(CommandReader &reader);
    bool operator==(const SkuCreate &) const = default;
};

struct SkuUpdate
{
    static constexpr CommandKind kKind{"sku.update", "sku", CommandTarget::Existing};
    qint64 skuId = 0;
    std::optional<qint64> baseVersion;
    SkuDraft draft; // every field is sent (options left out would become none); no initialStock

    CommandBody toJson() const;
    static Result<SkuUpdate> fromJson(CommandReader &reader);
    bool operator==(const SkuUpdate &) const = default;
};

// A delta, never an absolute count, so it never conflicts: two clerks counting add up.
struct StockAdjust
{
    static constexpr CommandKind kKind{"stock.adjust", "sku", CommandTarget::Existing};
    qint64 skuId = 0;
    qint64 delta = 0;
    StockReason reason = StockReason::Adjustment; // adjustment, return or import
    QString note;

    CommandBody toJson() const;
    static Result<StockAdjust> fromJson(CommandReader &reader);
    bool operator==(const StockAdjust &) const = default;
};

struct CategoryCreate
{
    static constexpr CommandKind kKind{"category.create", "category", CommandTarget::Creates};
    CategoryDraft draft; // parentId 0: a top-level category

    CommandBody toJson() const;
    static Result<CategoryCreate> fromJson(CommandReader &reader);
    bool operator==(const CategoryCreate &) const = default;
};

struct CategoryUpdate
{
    static constexpr CommandKind kKind{"category.update", "category", CommandTarget::Existing};
    qint64 categoryId = 0;
    std::optional<qint64> baseVersion;
    CategoryDraft draft; // the whole draft: parent and position are sent as they are

    CommandBody toJson() const;
    static Result<CategoryUpdate> fromJson(CommandReader &reader);
    bool operator==(const CategoryUpdate &) const = default;
};

struct CategoryMove
{
    static constexpr CommandKind kKind{"category.move", "category", CommandTarget::Existing};
    qint64 categoryId = 0;
    std::optional<qint64> baseVersion;
    qint64 parentId = 0;         // 0: to the top level
    std::optional<int> position; // none: keeps its position

    CommandBody toJson() const;
    static Result<CategoryMove> fromJson(CommandReader &reader);
    bool operator==(const CategoryMove &) const = default;
};

} // namespace md
