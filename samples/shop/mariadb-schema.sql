-- Cutover sample: the SHOP schema of oracle-schema.sql on MariaDB, for tests that stream from a
-- MariaDB/MySQL source (e.g. MariaDB -> PostgreSQL). postgres-schema.sql is the main stand-in.
--
-- Same tables, columns, keys and checks, in lower case, with the types of docs/type-mapping.md:
--   NUMBER(p,0) -> TINYINT / SMALLINT / INT / BIGINT by digits, DECIMAL(p,0) over 18 digits
--   NUMBER(p,s) -> DECIMAL(p,s)     NUMBER -> DECIMAL(65,30)
--   VARCHAR2(n) / NVARCHAR2(n) -> VARCHAR(n)   CHAR(n) -> CHAR(n)
--   DATE -> DATETIME(0)   TIMESTAMP(n) -> DATETIME(n)   WITH TIME ZONE -> DATETIME(n) holding UTC
--   WITH LOCAL TIME ZONE -> TIMESTAMP(n) (an instant)
--   CLOB -> LONGTEXT   BLOB -> LONGBLOB   RAW(n) -> VARBINARY(n)   BINARY_DOUBLE, FLOAT(63) -> DOUBLE
--   INTERVAL DAY TO SECOND -> BIGINT microseconds   INTERVAL YEAR TO MONTH -> INT months
-- utf8mb4 with the binary collation: 4-byte characters fit, strings compare by bytes as in Oracle.
-- Every table has a primary key; the binlog must be ROW format with full row images.
-- MariaDB has no function-based index: IX_CUSTOMERS_EMAIL_UPPER is left out.

CREATE SEQUENCE customers_seq MINVALUE 1 MAXVALUE 999999999999 START WITH 1000 CACHE 100;
CREATE SEQUENCE orders_seq MINVALUE 1 START WITH 1 CACHE 500;
CREATE SEQUENCE shipments_seq START WITH 1 NOCACHE;

CREATE TABLE countries (
    code     CHAR(2)      NOT NULL,
    name     VARCHAR(100) NOT NULL,
    currency CHAR(3)      NOT NULL,
    CONSTRAINT pk_countries PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = 'ISO 3166 countries and their currency';

CREATE TABLE customers (
    customer_id    BIGINT         NOT NULL,
    email          VARCHAR(255)   NOT NULL,
    full_name      VARCHAR(200)   NOT NULL,
    country_code   CHAR(2)        NOT NULL,
    created_at     DATETIME(0)    DEFAULT CURRENT_TIMESTAMP NOT NULL,
    credit_limit   DECIMAL(12,2)  DEFAULT 0,
    loyalty_points DECIMAL(65,30) COMMENT 'Unconstrained NUMBER: fractional points exist',
    status         VARCHAR(10)    DEFAULT 'ACTIVE' NOT NULL,
    notes          LONGTEXT,
    CONSTRAINT pk_customers PRIMARY KEY (customer_id),
    CONSTRAINT uk_customers_email UNIQUE (email),
    CONSTRAINT ck_customers_status CHECK (status IN ('ACTIVE', 'BLOCKED', 'CLOSED'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin COMMENT = 'People and companies who buy';

CREATE TABLE products (
    product_id  BIGINT        NOT NULL,
    sku         VARCHAR(40)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description LONGTEXT,
    price       DECIMAL(10,2) NOT NULL,
    weight_kg   DOUBLE,
    thumbnail   LONGBLOB,
    checksum    VARBINARY(16),
    created_at  DATETIME(6)   DEFAULT CURRENT_TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_products PRIMARY KEY (product_id),
    CONSTRAINT uk_products_sku UNIQUE (sku),
    CONSTRAINT ck_products_price CHECK (price >= 0)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE orders (
    order_id      BIGINT        NOT NULL,
    customer_id   BIGINT        NOT NULL,
    order_no      VARCHAR(20)   NOT NULL,
    status        VARCHAR(10)   DEFAULT 'NEW' NOT NULL,
    ordered_at    DATETIME(6)   NOT NULL COMMENT 'When the customer placed it, as a UTC instant',
    total         DECIMAL(14,2) NOT NULL,
    discount_rate DOUBLE,
    ship_by       DATETIME(0),
    CONSTRAINT pk_orders PRIMARY KEY (order_id),
    CONSTRAINT ck_orders_status CHECK (status IN ('NEW', 'PAID', 'SHIPPED', 'CANCELLED'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE order_items (
    order_id    BIGINT        NOT NULL,
    line_no     INT           NOT NULL,
    customer_id BIGINT        NOT NULL,
    product_id  BIGINT        NOT NULL,
    quantity    INT           NOT NULL,
    unit_price  DECIMAL(10,2) NOT NULL,
    CONSTRAINT pk_order_items PRIMARY KEY (order_id, line_no),
    CONSTRAINT ck_order_items_qty CHECK (quantity > 0)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE payments (
    payment_id   BIGINT        NOT NULL AUTO_INCREMENT,
    order_id     BIGINT        NOT NULL,
    customer_id  BIGINT        NOT NULL,
    amount       DECIMAL(14,2) NOT NULL,
    provider_ref DECIMAL(38,0) COMMENT 'The payment provider''s 38-digit reference',
    method       VARCHAR(10)   NOT NULL,
    paid_at      TIMESTAMP(6)  NULL DEFAULT NULL,
    CONSTRAINT pk_payments PRIMARY KEY (payment_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE inventory (
    product_id    BIGINT      NOT NULL,
    warehouse     CHAR(4)     NOT NULL,
    on_hand       BIGINT      DEFAULT 0 NOT NULL,
    restock_every BIGINT      COMMENT 'INTERVAL DAY(3) TO SECOND(0) as microseconds',
    updated_at    DATETIME(3),
    CONSTRAINT pk_inventory PRIMARY KEY (product_id, warehouse)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE shipments (
    shipment_id BIGINT      DEFAULT NEXT VALUE FOR shipments_seq NOT NULL,
    order_id    BIGINT      NOT NULL,
    customer_id BIGINT      NOT NULL,
    carrier     VARCHAR(40) NOT NULL,
    tracking_no VARCHAR(64),
    shipped_at  DATETIME(0),
    warranty    INT         COMMENT 'INTERVAL YEAR(2) TO MONTH as months',
    CONSTRAINT pk_shipments PRIMARY KEY (shipment_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE settings (
    `key`      VARCHAR(64)   NOT NULL,
    `value`    VARCHAR(4000),
    `level`    TINYINT       DEFAULT 1,
    updated_at DATETIME(0)   DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_settings PRIMARY KEY (`key`)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE audit_log (
    audit_id   DECIMAL(38,0) NOT NULL,
    table_name VARCHAR(30),
    action     VARCHAR(10),
    details    LONGTEXT,
    logged_at  DATETIME(6)   DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT pk_audit_log PRIMARY KEY (audit_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_orders_customer ON orders (customer_id, ordered_at);
CREATE UNIQUE INDEX ux_orders_no ON orders (order_no);
CREATE INDEX ix_order_items_product ON order_items (product_id);
CREATE INDEX ix_payments_order ON payments (order_id);
CREATE INDEX ix_shipments_order ON shipments (order_id);

ALTER TABLE customers ADD CONSTRAINT fk_customers_country FOREIGN KEY (country_code) REFERENCES countries (code);
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (customer_id);
ALTER TABLE order_items ADD CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (order_id) ON DELETE CASCADE;
ALTER TABLE order_items ADD CONSTRAINT fk_order_items_product FOREIGN KEY (product_id) REFERENCES products (product_id);
ALTER TABLE payments ADD CONSTRAINT fk_payments_order FOREIGN KEY (order_id) REFERENCES orders (order_id);
ALTER TABLE inventory ADD CONSTRAINT fk_inventory_product FOREIGN KEY (product_id) REFERENCES products (product_id);
ALTER TABLE shipments ADD CONSTRAINT fk_shipments_order FOREIGN KEY (order_id) REFERENCES orders (order_id);
