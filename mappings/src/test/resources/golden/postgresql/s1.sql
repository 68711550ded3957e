CREATE SEQUENCE IF NOT EXISTS orders_seq START WITH 1001 INCREMENT BY 2;

CREATE TABLE IF NOT EXISTS countries (
  code CHAR(2) NOT NULL,
  name VARCHAR(100) NOT NULL,
  CONSTRAINT pk_countries PRIMARY KEY (code)
);

COMMENT ON TABLE countries IS 'ISO 3166 countries';

CREATE TABLE IF NOT EXISTS orders_04 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW',
  total NUMERIC(12,2),
  created TIMESTAMP(0) NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "level" SMALLINT,
  CONSTRAINT pk_orders_4 PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_4 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_4 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_4 CHECK (total >= 0 OR total IS NULL)
);

COMMENT ON TABLE orders_04 IS 'customer orders';

COMMENT ON COLUMN orders_04.status IS 'order state';

CREATE TABLE IF NOT EXISTS orders_05 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW',
  total NUMERIC(12,2),
  created TIMESTAMP(0) NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "level" SMALLINT,
  CONSTRAINT pk_orders_5 PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_5 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_5 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_5 CHECK (total >= 0 OR total IS NULL)
);

COMMENT ON TABLE orders_05 IS 'customer orders';

COMMENT ON COLUMN orders_05.status IS 'order state';

CREATE TABLE IF NOT EXISTS orders_06 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW',
  total NUMERIC(12,2),
  created TIMESTAMP(0) NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "level" SMALLINT,
  CONSTRAINT pk_orders_6 PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_6 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_6 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_6 CHECK (total >= 0 OR total IS NULL)
);

COMMENT ON TABLE orders_06 IS 'customer orders';

COMMENT ON COLUMN orders_06.status IS 'order state';

CREATE TABLE IF NOT EXISTS orders_07 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW',
  total NUMERIC(12,2),
  created TIMESTAMP(0) NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "level" SMALLINT,
  CONSTRAINT pk_orders_7 PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_7 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_7 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_7 CHECK (total >= 0 OR total IS NULL)
);

COMMENT ON TABLE orders_07 IS 'customer orders';

COMMENT ON COLUMN orders_07.status IS 'order state';

CREATE TABLE IF NOT EXISTS order_items_2 (
  item_id BIGINT NOT NULL,
  order_id BIGINT NOT NULL,
  product VARCHAR(200) NOT NULL,
  qty INT NOT NULL,
  price NUMERIC(10,2) NOT NULL,
  discount DOUBLE PRECISION,
  line_total NUMERIC(15,2) GENERATED ALWAYS AS (qty * price) STORED,
  CONSTRAINT pk_order_items_2 PRIMARY KEY (item_id)
);

CREATE TABLE IF NOT EXISTS order_items_3 (
  item_id BIGINT NOT NULL,
  order_id BIGINT NOT NULL,
  product VARCHAR(200) NOT NULL,
  qty INT NOT NULL,
  price NUMERIC(10,2) NOT NULL,
  discount DOUBLE PRECISION,
  line_total NUMERIC(15,2) GENERATED ALWAYS AS (qty * price) STORED,
  CONSTRAINT pk_order_items_3 PRIMARY KEY (item_id)
);

CREATE TABLE IF NOT EXISTS order_payments_04 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount NUMERIC NOT NULL,
  paid_at TIMESTAMPTZ(6) NOT NULL,
  "method" CHAR(4) NOT NULL,
  CONSTRAINT pk_order_payments_4 PRIMARY KEY (order_id, payment_no)
);

CREATE TABLE IF NOT EXISTS order_payments_05 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount NUMERIC NOT NULL,
  paid_at TIMESTAMPTZ(6) NOT NULL,
  "method" CHAR(4) NOT NULL,
  CONSTRAINT pk_order_payments_5 PRIMARY KEY (order_id, payment_no)
);

CREATE TABLE IF NOT EXISTS order_payments_06 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount NUMERIC NOT NULL,
  paid_at TIMESTAMPTZ(6) NOT NULL,
  "method" CHAR(4) NOT NULL,
  CONSTRAINT pk_order_payments_6 PRIMARY KEY (order_id, payment_no)
);

CREATE TABLE IF NOT EXISTS order_payments_07 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount NUMERIC NOT NULL,
  paid_at TIMESTAMPTZ(6) NOT NULL,
  "method" CHAR(4) NOT NULL,
  CONSTRAINT pk_order_payments_7 PRIMARY KEY (order_id, payment_no)
);

CREATE TABLE IF NOT EXISTS settings (
  key VARCHAR(64) NOT NULL,
  "value" VARCHAR(4000),
  "user" VARCHAR(30),
  updated TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  CONSTRAINT pk_settings PRIMARY KEY (key)
);

COMMENT ON TABLE settings IS 'it''s a key/value store';

CREATE TABLE IF NOT EXISTS setting_history (
  id BIGINT NOT NULL GENERATED BY DEFAULT AS IDENTITY,
  key VARCHAR(64) NOT NULL,
  old_value TEXT,
  CONSTRAINT pk_setting_history PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS ix_orders_customer_4 ON orders_04 (customer_id);

CREATE INDEX IF NOT EXISTS ix_orders_no_upper_4 ON orders_04 ((upper(order_no)));

CREATE INDEX IF NOT EXISTS ix_orders_customer_5 ON orders_05 (customer_id);

CREATE INDEX IF NOT EXISTS ix_orders_no_upper_5 ON orders_05 ((upper(order_no)));

CREATE INDEX IF NOT EXISTS ix_orders_customer_6 ON orders_06 (customer_id);

CREATE INDEX IF NOT EXISTS ix_orders_no_upper_6 ON orders_06 ((upper(order_no)));

CREATE INDEX IF NOT EXISTS ix_orders_customer_7 ON orders_07 (customer_id);

CREATE INDEX IF NOT EXISTS ix_orders_no_upper_7 ON orders_07 ((upper(order_no)));

CREATE UNIQUE INDEX IF NOT EXISTS ux_items_order_product_2 ON order_items_2 (order_id, product);

CREATE UNIQUE INDEX IF NOT EXISTS ux_items_order_product_3 ON order_items_3 (order_id, product);

ALTER TABLE orders_04 ADD CONSTRAINT fk_orders_country_4 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_05 ADD CONSTRAINT fk_orders_country_5 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_06 ADD CONSTRAINT fk_orders_country_6 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_07 ADD CONSTRAINT fk_orders_country_7 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE order_payments_04 ADD CONSTRAINT fk_payments_order_4 FOREIGN KEY (order_id) REFERENCES orders_04 (order_id);

ALTER TABLE order_payments_05 ADD CONSTRAINT fk_payments_order_5 FOREIGN KEY (order_id) REFERENCES orders_05 (order_id);

ALTER TABLE order_payments_06 ADD CONSTRAINT fk_payments_order_6 FOREIGN KEY (order_id) REFERENCES orders_06 (order_id);

ALTER TABLE order_payments_07 ADD CONSTRAINT fk_payments_order_7 FOREIGN KEY (order_id) REFERENCES orders_07 (order_id);

ALTER TABLE setting_history ADD CONSTRAINT fk_history_setting FOREIGN KEY (key) REFERENCES settings (key);

