CREATE TABLE IF NOT EXISTS countries (
  code CHAR(2) NOT NULL,
  name VARCHAR(100) NOT NULL,
  PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='ISO 3166 countries';

CREATE TABLE IF NOT EXISTS orders_00 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW' COMMENT 'order state',
  total DECIMAL(12,2),
  created DATETIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `level` TINYINT,
  PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_0 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_0 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_0 CHECK (total >= 0 OR total IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='customer orders';

CREATE TABLE IF NOT EXISTS orders_01 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW' COMMENT 'order state',
  total DECIMAL(12,2),
  created DATETIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `level` TINYINT,
  PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_1 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_1 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_1 CHECK (total >= 0 OR total IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='customer orders';

CREATE TABLE IF NOT EXISTS orders_02 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW' COMMENT 'order state',
  total DECIMAL(12,2),
  created DATETIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `level` TINYINT,
  PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_2 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_2 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_2 CHECK (total >= 0 OR total IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='customer orders';

CREATE TABLE IF NOT EXISTS orders_03 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW' COMMENT 'order state',
  total DECIMAL(12,2),
  created DATETIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `level` TINYINT,
  PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_3 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_3 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_3 CHECK (total >= 0 OR total IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='customer orders';

CREATE TABLE IF NOT EXISTS order_items_0 (
  item_id BIGINT NOT NULL,
  order_id BIGINT NOT NULL,
  product VARCHAR(200) NOT NULL,
  qty INT NOT NULL,
  price DECIMAL(10,2) NOT NULL,
  discount DOUBLE,
  line_total DECIMAL(15,2) GENERATED ALWAYS AS (qty * price) VIRTUAL,
  PRIMARY KEY (item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_items_1 (
  item_id BIGINT NOT NULL,
  order_id BIGINT NOT NULL,
  product VARCHAR(200) NOT NULL,
  qty INT NOT NULL,
  price DECIMAL(10,2) NOT NULL,
  discount DOUBLE,
  line_total DECIMAL(15,2) GENERATED ALWAYS AS (qty * price) VIRTUAL,
  PRIMARY KEY (item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_payments_00 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount DECIMAL(65,30) NOT NULL,
  paid_at DATETIME(6) NOT NULL,
  `method` CHAR(4) NOT NULL,
  PRIMARY KEY (order_id, payment_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_payments_01 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount DECIMAL(65,30) NOT NULL,
  paid_at DATETIME(6) NOT NULL,
  `method` CHAR(4) NOT NULL,
  PRIMARY KEY (order_id, payment_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_payments_02 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount DECIMAL(65,30) NOT NULL,
  paid_at DATETIME(6) NOT NULL,
  `method` CHAR(4) NOT NULL,
  PRIMARY KEY (order_id, payment_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_payments_03 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount DECIMAL(65,30) NOT NULL,
  paid_at DATETIME(6) NOT NULL,
  `method` CHAR(4) NOT NULL,
  PRIMARY KEY (order_id, payment_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS type_samples (
  id DECIMAL(38,0) NOT NULL,
  n_star DECIMAL(38,0),
  n_small_scale DECIMAL(5,5),
  n_neg_scale INT,
  n_wide DECIMAL(38,0),
  f_default DOUBLE,
  bf FLOAT,
  bd DOUBLE,
  nv VARCHAR(50),
  nc CHAR(3),
  big_char VARCHAR(500),
  ts3 DATETIME(3),
  ts9 DATETIME(6),
  long_text LONGTEXT,
  doc LONGTEXT,
  pic LONGBLOB,
  hash VARBINARY(16),
  ym INT,
  ds BIGINT,
  rid VARCHAR(18),
  urid VARCHAR(4000),
  xml LONGTEXT,
  shape LONGTEXT,
  `Mixed Case` VARCHAR(10),
  customer_preferred_delivery_window_start_time_in_local__5ffac1e8 DATETIME(0),
  country_code CHAR(2),
  note_1 VARCHAR(4000),
  note_2 VARCHAR(4000),
  note_3 TEXT,
  note_4 TEXT,
  `comment` VARCHAR(100) DEFAULT 'it''s \\ fine' COMMENT 'quote '' and backslash \\',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_orders_customer_0 ON orders_00 (customer_id);

CREATE INDEX ix_orders_no_upper_0 ON orders_00 ((upper(order_no)));

CREATE INDEX ix_orders_customer_1 ON orders_01 (customer_id);

CREATE INDEX ix_orders_no_upper_1 ON orders_01 ((upper(order_no)));

CREATE INDEX ix_orders_customer_2 ON orders_02 (customer_id);

CREATE INDEX ix_orders_no_upper_2 ON orders_02 ((upper(order_no)));

CREATE INDEX ix_orders_customer_3 ON orders_03 (customer_id);

CREATE INDEX ix_orders_no_upper_3 ON orders_03 ((upper(order_no)));

CREATE UNIQUE INDEX ux_items_order_product_0 ON order_items_0 (order_id, product);

CREATE UNIQUE INDEX ux_items_order_product_1 ON order_items_1 (order_id, product);

CREATE INDEX ix_customer_preferred_delivery_window_start_time_in_loc_47527c2d ON type_samples (customer_preferred_delivery_window_start_time_in_local__5ffac1e8);

ALTER TABLE orders_00 ADD CONSTRAINT fk_orders_country_0 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_01 ADD CONSTRAINT fk_orders_country_1 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_02 ADD CONSTRAINT fk_orders_country_2 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_03 ADD CONSTRAINT fk_orders_country_3 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE order_payments_00 ADD CONSTRAINT fk_payments_order_0 FOREIGN KEY (order_id) REFERENCES orders_00 (order_id);

ALTER TABLE order_payments_01 ADD CONSTRAINT fk_payments_order_1 FOREIGN KEY (order_id) REFERENCES orders_01 (order_id);

ALTER TABLE order_payments_02 ADD CONSTRAINT fk_payments_order_2 FOREIGN KEY (order_id) REFERENCES orders_02 (order_id);

ALTER TABLE order_payments_03 ADD CONSTRAINT fk_payments_order_3 FOREIGN KEY (order_id) REFERENCES orders_03 (order_id);

ALTER TABLE type_samples ADD CONSTRAINT fk_samples_country FOREIGN KEY (country_code) REFERENCES countries (code);

