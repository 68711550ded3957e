CREATE TABLE IF NOT EXISTS countries (
  code CHAR(2) NOT NULL,
  name VARCHAR(100) NOT NULL,
  PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='ISO 3166 countries';

CREATE TABLE IF NOT EXISTS orders_04 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW' COMMENT 'order state',
  total DECIMAL(12,2),
  created DATETIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `level` TINYINT,
  PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_4 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_4 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_4 CHECK (total >= 0 OR total IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='customer orders';

CREATE TABLE IF NOT EXISTS orders_05 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW' COMMENT 'order state',
  total DECIMAL(12,2),
  created DATETIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `level` TINYINT,
  PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_5 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_5 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_5 CHECK (total >= 0 OR total IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='customer orders';

CREATE TABLE IF NOT EXISTS orders_06 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW' COMMENT 'order state',
  total DECIMAL(12,2),
  created DATETIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `level` TINYINT,
  PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_6 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_6 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_6 CHECK (total >= 0 OR total IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='customer orders';

CREATE TABLE IF NOT EXISTS orders_07 (
  order_id BIGINT NOT NULL,
  order_no VARCHAR(20) NOT NULL,
  customer_id BIGINT NOT NULL,
  country_code CHAR(2) NOT NULL,
  status VARCHAR(10) NOT NULL DEFAULT 'NEW' COMMENT 'order state',
  total DECIMAL(12,2),
  created DATETIME(0) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `level` TINYINT,
  PRIMARY KEY (order_id),
  CONSTRAINT uk_orders_no_7 UNIQUE (order_no),
  CONSTRAINT ck_orders_status_7 CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  CONSTRAINT ck_orders_total_7 CHECK (total >= 0 OR total IS NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='customer orders';

CREATE TABLE IF NOT EXISTS order_items_2 (
  item_id BIGINT NOT NULL,
  order_id BIGINT NOT NULL,
  product VARCHAR(200) NOT NULL,
  qty INT NOT NULL,
  price DECIMAL(10,2) NOT NULL,
  discount DOUBLE,
  line_total DECIMAL(15,2) GENERATED ALWAYS AS (qty * price) VIRTUAL,
  PRIMARY KEY (item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_items_3 (
  item_id BIGINT NOT NULL,
  order_id BIGINT NOT NULL,
  product VARCHAR(200) NOT NULL,
  qty INT NOT NULL,
  price DECIMAL(10,2) NOT NULL,
  discount DOUBLE,
  line_total DECIMAL(15,2) GENERATED ALWAYS AS (qty * price) VIRTUAL,
  PRIMARY KEY (item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_payments_04 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount DECIMAL(65,30) NOT NULL,
  paid_at DATETIME(6) NOT NULL,
  `method` CHAR(4) NOT NULL,
  PRIMARY KEY (order_id, payment_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_payments_05 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount DECIMAL(65,30) NOT NULL,
  paid_at DATETIME(6) NOT NULL,
  `method` CHAR(4) NOT NULL,
  PRIMARY KEY (order_id, payment_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_payments_06 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount DECIMAL(65,30) NOT NULL,
  paid_at DATETIME(6) NOT NULL,
  `method` CHAR(4) NOT NULL,
  PRIMARY KEY (order_id, payment_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS order_payments_07 (
  order_id BIGINT NOT NULL,
  payment_no SMALLINT NOT NULL,
  amount DECIMAL(65,30) NOT NULL,
  paid_at DATETIME(6) NOT NULL,
  `method` CHAR(4) NOT NULL,
  PRIMARY KEY (order_id, payment_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS settings (
  `key` VARCHAR(64) NOT NULL,
  `value` VARCHAR(4000),
  `user` VARCHAR(30),
  updated DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='it''s a key/value store';

CREATE TABLE IF NOT EXISTS setting_history (
  id BIGINT NOT NULL AUTO_INCREMENT,
  `key` VARCHAR(64) NOT NULL,
  old_value LONGTEXT,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_orders_customer_4 ON orders_04 (customer_id);

CREATE INDEX ix_orders_no_upper_4 ON orders_04 ((upper(order_no)));

CREATE INDEX ix_orders_customer_5 ON orders_05 (customer_id);

CREATE INDEX ix_orders_no_upper_5 ON orders_05 ((upper(order_no)));

CREATE INDEX ix_orders_customer_6 ON orders_06 (customer_id);

CREATE INDEX ix_orders_no_upper_6 ON orders_06 ((upper(order_no)));

CREATE INDEX ix_orders_customer_7 ON orders_07 (customer_id);

CREATE INDEX ix_orders_no_upper_7 ON orders_07 ((upper(order_no)));

CREATE UNIQUE INDEX ux_items_order_product_2 ON order_items_2 (order_id, product);

CREATE UNIQUE INDEX ux_items_order_product_3 ON order_items_3 (order_id, product);

ALTER TABLE orders_04 ADD CONSTRAINT fk_orders_country_4 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_05 ADD CONSTRAINT fk_orders_country_5 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_06 ADD CONSTRAINT fk_orders_country_6 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE orders_07 ADD CONSTRAINT fk_orders_country_7 FOREIGN KEY (country_code) REFERENCES countries (code);

ALTER TABLE order_payments_04 ADD CONSTRAINT fk_payments_order_4 FOREIGN KEY (order_id) REFERENCES orders_04 (order_id);

ALTER TABLE order_payments_05 ADD CONSTRAINT fk_payments_order_5 FOREIGN KEY (order_id) REFERENCES orders_05 (order_id);

ALTER TABLE order_payments_06 ADD CONSTRAINT fk_payments_order_6 FOREIGN KEY (order_id) REFERENCES orders_06 (order_id);

ALTER TABLE order_payments_07 ADD CONSTRAINT fk_payments_order_7 FOREIGN KEY (order_id) REFERENCES orders_07 (order_id);

ALTER TABLE setting_history ADD CONSTRAINT fk_history_setting FOREIGN KEY (`key`) REFERENCES settings (`key`);

