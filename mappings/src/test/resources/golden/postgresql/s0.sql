CREATE SEQUENCE IF NOT EXISTS orders_seq START WITH 1000 INCREMENT BY 2;

CREATE TABLE IF NOT EXISTS countries (
  code CHAR(2) NOT NULL,
  name VARCHAR(100) NOT NULL,
  CONSTRAINT pk_countries PRIMARY KEY (code)
);

COMMENT ON TABLE countries IS 'ISO 3166 countries';

CREATE TABLE IF NOT EXISTS orders_00 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW',
  total NUMERIC(12,2),
  created TIMESTAMP(0) NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "level" SMALLINT,
  CONSTRAINT pk_orders_0 PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_0 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_0 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_0 CHECK (total >= 0 OR total IS NULL)
);

COMMENT ON TABLE orders_00 IS 'customer orders';

COMMENT ON COLUMN orders_00.status IS 'order state';

CREATE TABLE IF NOT EXISTS orders_01 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW',
  total NUMERIC(12,2),
  created TIMESTAMP(0) NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "level" SMALLINT,
  CONSTRAINT pk_orders_1 PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_1 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_1 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_1 CHECK (total >= 0 OR total IS NULL)
);

COMMENT ON TABLE orders_01 IS 'customer orders';

COMMENT ON COLUMN orders_01.status IS 'order state';

CREATE TABLE IF NOT EXISTS orders_02 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW',
  total NUMERIC(12,2),
  created TIMESTAMP(0) NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "level" SMALLINT,
  CONSTRAINT pk_orders_2 PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_2 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_2 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_2 CHECK (total >= 0 OR total IS NULL)
);

COMMENT ON TABLE orders_02 IS 'customer orders';

COMMENT ON COLUMN orders_02.status IS 'order state';

CREATE TABLE IF NOT EXISTS orders_03 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW',
  total NUMERIC(12,2),
  created TIMESTAMP(0) NOT NULL DEFAULT LOCALTIMESTAMP(0),
  "level" SMALLINT,
  CONSTRAINT pk_orders_3 PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_3 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_3 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_3 CHECK (total >= 0 OR total IS NULL)
);

COMMENT ON TABLE orders_03 IS 'customer orders';

COMMENT ON COLUMN orders_03.status IS 'order state';

CREATE TABLE IF NOT EXISTS order_items_0 (
  item_id BIGINT NOT NULL,
  order_id BIGINT NOT NULL,
  product VARCHAR(200) NOT NULL,
  qty INT NOT NULL,
  price NUMERIC(10,2) NOT NULL,
  discount DOUBLE PRECISION,
  line_total NUMERIC(15,2) GENERATED ALWAYS AS (qty * price) STORED,
  CONSTRAINT pk_order_items_0 PRIMARY KEY (item_id)
);

CREATE TABLE IF NOT EXISTS order_items_1 (
  item_id BIGINT NOT NULL,
  order_id BIGINT NOT NULL,
  product VARCHAR(200) NOT NULL,
  qty INT NOT NULL,
  price NUMERIC(10,2) NOT NULL,
  discount DOUBLE PRECISION,
  line_total NUMERIC(15,2) GENERATED ALWAYS AS (qty * price) STORED,
  CONSTRAINT pk_order_items_1 PRIMARY KEY (item_id)
);

CREATE TABLE IF NOT EXISTS order_payments_00 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount NUMERIC NOT NULL,
  paid_at TIMESTAMPTZ(6) NOT NULL,
  "method" CHAR(4) NOT NULL,
  CONSTRAINT pk_order_payments_0 PRIMARY KEY (order_id, payment_no)
);

CREATE TABLE IF NOT EXISTS order_payments_01 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount NUMERIC NOT NULL,
  paid_at TIMESTAMPTZ(6) NOT NULL,
  "method" CHAR(4) NOT NULL,
  CONSTRAINT pk_order_payments_1 PRIMARY KEY (order_id, payment_no)
);

CREATE TABLE IF NOT EXISTS order_payments_02 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount NUMERIC NOT NULL,
  paid_at TIMESTAMPTZ(6) NOT NULL,
  "method" CHAR(4) NOT NULL,
  CONSTRAINT pk_order_payments_2 PRIMARY KEY (order_id, payment_no)
);

CREATE TABLE IF NOT EXISTS order_payments_03 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount NUMERIC NOT NULL,
  paid_at TIMESTAMPTZ(6) NOT NULL,
  "method" CHAR(4) NOT NULL,
  CONSTRAINT pk_order_payments_3 PRIMARY KEY (order_id, payment_no)
);

CREATE TABLE IF NOT EXISTS type_samples (
  id NUMERIC(38,0) NOT NULL,
  n_star NUMERIC(38,0),
  n_small_scale NUMERIC(5,5),
  n_neg_scale INT,
  n_wide NUMERIC(38,0),
  f_default DOUBLE PRECISION,
  bf REAL,
  bd DOUBLE PRECISION,
  nv VARCHAR(50),
  nc CHAR(3),
  big_char CHAR(500),
  ts3 TIMESTAMP(3),
  ts9 TIMESTAMP(6),
  long_text TEXT,
  doc TEXT,
  pic BYTEA,
  hash BYTEA,
  ym INTERVAL YEAR TO MONTH,
  ds INTERVAL DAY TO SECOND(6),
  rid VARCHAR(18),
  urid VARCHAR(4000),
  xml XML,
  shape TEXT,
  "Mixed Case" VARCHAR(10),
  customer_preferred_delivery_window_start_time_in_local_5ffac1e8 TIMESTAMP(0),
  country_code CHAR(2),
  note_1 VARCHAR(4000),
  note_2 VARCHAR(4000),
  note_3 VARCHAR(4000),
  note_4 VARCHAR(4000),
  "comment" VARCHAR(100) DEFAULT 'it''s \ fine',
  PRIMARY KEY (id)
);

COMMENT ON COLUMN type_samples."comment" IS 'quote '' and backslash \';

CREATE INDEX IF NOT EXISTS ix_orders_customer_0 ON orders_00 (customer_id);

CREATE INDEX IF NOT EXISTS ix_orders_no_upper_0 ON orders_00 ((upper(order_no)));

CREATE INDEX IF NOT EXISTS ix_orders_customer_1 ON orders_01 (customer_id);

CREATE INDEX IF NOT EXISTS ix_orders_no_upper_1 ON orders_01 ((upper(order_no)));

CREATE INDEX IF NOT EXISTS ix_orders_customer_2 ON orders_02 (customer_id);

CREATE INDEX IF NOT EXISTS ix_orders_no_upper_2 ON orders_02 ((upper(order_no)));

CREATE INDEX IF NOT EXISTS ix_orders_customer_3 ON orders_03 (customer_id);

CREATE INDEX IF NOT EXISTS ix_orders_no_upper_3 ON orders_03 ((upper(order_no)));

CREATE UNIQUE INDEX IF NOT EXISTS ux_items_order_product_0 ON order_items_0 (order_id, product);

CREATE UNIQUE INDEX IF NOT EXISTS ux_items_order_product_1 ON order_items_1 (order_id, product);

CREATE INDEX IF NOT EXISTS ix_customer_preferred_delivery_window_start_time_in_lo_47527c2d ON type_samples (customer_preferred_delivery_window_start_time_in_local_5ffac1e8);

ALTER TABLE orders_00 ADD CONSTRAINT fk_orders_country_0 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_01 ADD CONSTRAINT fk_orders_country_1 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_02 ADD CONSTRAINT fk_orders_country_2 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_03 ADD CONSTRAINT fk_orders_country_3 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE order_payments_00 ADD CONSTRAINT fk_payments_order_0 FOREIGN KEY (order_id) REFERENCES orders_00 (order_id);

ALTER TABLE order_payments_01 ADD CONSTRAINT fk_payments_order_1 FOREIGN KEY (order_id) REFERENCES orders_01 (order_id);

ALTER TABLE order_payments_02 ADD CONSTRAINT fk_payments_order_2 FOREIGN KEY (order_id) REFERENCES orders_02 (order_id);

ALTER TABLE order_payments_03 ADD CONSTRAINT fk_payments_order_3 FOREIGN KEY (order_id) REFERENCES orders_03 (order_id);

ALTER TABLE type_samples ADD CONSTRAINT fk_samples_country FOREIGN KEY (country_code) REFERENCES countries (code);

