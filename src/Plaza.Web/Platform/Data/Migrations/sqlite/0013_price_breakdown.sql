-- One price computation (ADR 0011): each order keeps its breakdown, and each line its catalog price and
-- its share of coupons and points. Old orders had neither: their list price is what they paid.

CREATE TABLE "order_adjustments" (
    "id" TEXT NOT NULL CONSTRAINT "pk_order_adjustments" PRIMARY KEY,
    "order_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sku_id" TEXT NULL,
    "amount_minor" INTEGER NOT NULL,
    "reference" TEXT NULL,
    CONSTRAINT "fk_order_adjustments_orders_order_id" FOREIGN KEY ("order_id") REFERENCES "orders" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_order_adjustments_order_id_position" ON "order_adjustments" ("order_id", "position");

ALTER TABLE "order_lines" ADD COLUMN "list_unit_price_minor" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "order_lines" ADD COLUMN "discount_minor" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "orders" ADD COLUMN "delivery_discount_minor" INTEGER NOT NULL DEFAULT 0;
UPDATE "order_lines" SET "list_unit_price_minor" = "unit_price_minor";
