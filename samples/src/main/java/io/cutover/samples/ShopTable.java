package io.cutover.samples;

import java.util.List;

/** The SHOP tables in load order (parents before children), with their columns in DDL order. */
public enum ShopTable {
    COUNTRIES("code", "name", "currency"),
    PRODUCTS("product_id", "sku", "name", "description", "price", "weight_kg", "thumbnail", "checksum", "created_at"),
    CUSTOMERS("customer_id", "email", "full_name", "country_code", "created_at", "credit_limit", "loyalty_points",
            "status", "notes"),
    ORDERS("order_id", "customer_id", "order_no", "status", "ordered_at", "total", "discount_rate", "ship_by"),
    ORDER_ITEMS("order_id", "line_no", "customer_id", "product_id", "quantity", "unit_price"),
    PAYMENTS("payment_id", "order_id", "customer_id", "amount", "provider_ref", "method", "paid_at"),
    INVENTORY("product_id", "warehouse", "on_hand", "restock_every", "updated_at"),
    SHIPMENTS("shipment_id", "order_id", "customer_id", "carrier", "tracking_no", "shipped_at", "warranty"),
    SETTINGS("key", "value", "level", "updated_at"),
    AUDIT_LOG("audit_id", "table_name", "action", "details", "logged_at");

    private final List<String> columns;

    ShopTable(String... columns) {
        this.columns = List.of(columns);
    }

    /** The table name on PostgreSQL and MariaDB: the Oracle name in lower case. */
    public String sqlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public List<String> columns() {
        return columns;
    }
}
