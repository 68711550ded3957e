-- Cutover sample: SQL of the SHOP application as it runs on Oracle, for `cutover rewrite` and the demo.
-- Each statement has a `-- name:` line; binds are Oracle style (:name). The queries that `cutover verify
-- queries` reads twice have a `-- binds:` line with values for them (ids of the sample data: customers from
-- 1000, orders from 1; customer 1003 has orders 8..10). The constructs are those the
-- rewrite module translates: ROWNUM paging, NVL/NVL2/DECODE, (+) outer joins, SYSDATE arithmetic,
-- sequences, MERGE, LISTAGG, TO_CHAR/TO_DATE, TRUNC on dates, CONNECT BY.
-- SHOP has no parent/child table (no category tree), so CONNECT BY appears only as Oracle's row
-- generator (CONNECT BY LEVEL <= n from DUAL).

-- name: customer_by_id
-- binds: customer_id=1003
SELECT CUSTOMER_ID, EMAIL, FULL_NAME, NVL(CREDIT_LIMIT, 0) AS CREDIT_LIMIT, STATUS
  FROM CUSTOMERS
 WHERE CUSTOMER_ID = :customer_id;

-- name: customer_by_email
-- binds: email='user1003@mail.example.net'
SELECT CUSTOMER_ID, FULL_NAME FROM CUSTOMERS WHERE UPPER(EMAIL) = UPPER(:email);

-- name: recent_orders_page
-- binds: customer_id=1003
SELECT * FROM (
  SELECT ORDER_ID, ORDER_NO, STATUS, TOTAL, ORDERED_AT
    FROM ORDERS
   WHERE CUSTOMER_ID = :customer_id
   ORDER BY ORDERED_AT DESC
) WHERE ROWNUM <= 10;

-- name: orders_page_two
-- binds: customer_id=1007
SELECT ORDER_ID, ORDER_NO, TOTAL FROM (
  SELECT A.*, ROWNUM RN FROM (
    SELECT ORDER_ID, ORDER_NO, TOTAL FROM ORDERS WHERE CUSTOMER_ID = :customer_id ORDER BY ORDER_ID
  ) A WHERE ROWNUM <= 40
) WHERE RN > 20;

-- name: order_lines
-- binds: order_id=8, customer_id=1003
SELECT I.LINE_NO, P.SKU, P.NAME, I.QUANTITY, I.UNIT_PRICE, I.QUANTITY * I.UNIT_PRICE AS LINE_TOTAL
  FROM ORDER_ITEMS I, PRODUCTS P
 WHERE I.PRODUCT_ID = P.PRODUCT_ID
   AND I.ORDER_ID = :order_id
   AND I.CUSTOMER_ID = :customer_id
 ORDER BY I.LINE_NO;

-- name: order_status_label
-- binds: order_id=8
SELECT ORDER_NO,
       DECODE(STATUS, 'NEW', 'Received', 'PAID', 'Paid', 'SHIPPED', 'On its way', 'Cancelled') AS LABEL
  FROM ORDERS
 WHERE ORDER_ID = :order_id;

-- name: orders_with_payments
-- binds: customer_id=1003
SELECT O.ORDER_ID, O.TOTAL, P.AMOUNT, NVL(P.METHOD, 'UNPAID') AS METHOD
  FROM ORDERS O, PAYMENTS P
 WHERE O.ORDER_ID = P.ORDER_ID(+)
   AND O.CUSTOMER_ID = :customer_id;

-- name: orders_with_shipments
-- binds: customer_id=1003
SELECT O.ORDER_NO, S.CARRIER, S.TRACKING_NO
  FROM ORDERS O, SHIPMENTS S
 WHERE O.ORDER_ID = S.ORDER_ID(+)
   AND O.CUSTOMER_ID = :customer_id
   AND O.STATUS <> 'CANCELLED';

-- name: open_balance
-- binds: customer_id=1003
SELECT NVL(SUM(O.TOTAL), 0) - NVL(SUM(P.AMOUNT), 0) AS BALANCE
  FROM ORDERS O, PAYMENTS P
 WHERE O.ORDER_ID = P.ORDER_ID(+) AND O.CUSTOMER_ID = :customer_id;

-- name: overdue_orders
SELECT ORDER_ID, ORDER_NO, SHIP_BY
  FROM ORDERS
 WHERE STATUS = 'PAID'
   AND SHIP_BY < SYSDATE - 2;

-- name: orders_last_week
SELECT COUNT(*) FROM ORDERS WHERE ORDERED_AT >= SYSDATE - 7 AND CUSTOMER_ID = :customer_id;

-- name: ship_by_default
UPDATE ORDERS SET SHIP_BY = TRUNC(SYSDATE) + 5 WHERE ORDER_ID = :order_id AND SHIP_BY IS NULL;

-- name: daily_revenue
SELECT TO_CHAR(ORDERED_AT, 'YYYY-MM-DD') AS DAY, SUM(TOTAL) AS REVENUE, COUNT(*) AS ORDERS
  FROM ORDERS
 WHERE ORDERED_AT >= TO_DATE('2025-01-01', 'YYYY-MM-DD')
 GROUP BY TO_CHAR(ORDERED_AT, 'YYYY-MM-DD')
 ORDER BY 1;

-- name: monthly_revenue
SELECT TRUNC(ORDERED_AT, 'MM') AS MONTH, SUM(TOTAL) AS REVENUE
  FROM ORDERS
 WHERE STATUS IN ('PAID', 'SHIPPED')
 GROUP BY TRUNC(ORDERED_AT, 'MM')
 ORDER BY 1;

-- name: months_of_year
SELECT LEVEL AS MONTH_NO FROM DUAL CONNECT BY LEVEL <= 12;

-- name: order_skus
-- binds: customer_id=1003
SELECT I.ORDER_ID, LISTAGG(P.SKU, ',') WITHIN GROUP (ORDER BY I.LINE_NO) AS SKUS
  FROM ORDER_ITEMS I JOIN PRODUCTS P ON P.PRODUCT_ID = I.PRODUCT_ID
 WHERE I.CUSTOMER_ID = :customer_id
 GROUP BY I.ORDER_ID;

-- name: top_products
SELECT * FROM (
  SELECT PRODUCT_ID, SUM(QUANTITY) AS SOLD FROM ORDER_ITEMS GROUP BY PRODUCT_ID ORDER BY SOLD DESC
) WHERE ROWNUM <= 5;

-- name: customer_greeting
-- binds: customer_id=1003
SELECT FULL_NAME || ' <' || EMAIL || '>' AS CONTACT,
       NVL2(NOTES, 'has notes', 'no notes') AS NOTE_STATE
  FROM CUSTOMERS
 WHERE CUSTOMER_ID = :customer_id;

-- name: customers_by_country
SELECT C.NAME, COUNT(U.CUSTOMER_ID) AS CUSTOMERS
  FROM COUNTRIES C, CUSTOMERS U
 WHERE C.CODE = U.COUNTRY_CODE(+)
 GROUP BY C.NAME
 ORDER BY 2 DESC;

-- name: new_customer
INSERT INTO CUSTOMERS (CUSTOMER_ID, EMAIL, FULL_NAME, COUNTRY_CODE, CREATED_AT, STATUS)
VALUES (CUSTOMERS_SEQ.NEXTVAL, :email, :full_name, :country_code, SYSDATE, 'ACTIVE');

-- name: new_order
INSERT INTO ORDERS (ORDER_ID, CUSTOMER_ID, ORDER_NO, STATUS, ORDERED_AT, TOTAL)
VALUES (ORDERS_SEQ.NEXTVAL, :customer_id, :order_no, 'NEW', SYSTIMESTAMP, :total);

-- name: new_order_line
INSERT INTO ORDER_ITEMS (ORDER_ID, LINE_NO, CUSTOMER_ID, PRODUCT_ID, QUANTITY, UNIT_PRICE)
VALUES (:order_id, :line_no, :customer_id, :product_id, :quantity, :unit_price);

-- name: next_order_id
SELECT ORDERS_SEQ.NEXTVAL FROM DUAL;

-- name: mark_paid
UPDATE ORDERS SET STATUS = 'PAID' WHERE ORDER_ID = :order_id AND CUSTOMER_ID = :customer_id AND STATUS = 'NEW';

-- name: cancel_line
DELETE FROM ORDER_ITEMS WHERE ORDER_ID = :order_id AND LINE_NO = :line_no AND CUSTOMER_ID = :customer_id;

-- name: restock
MERGE INTO INVENTORY T
USING (SELECT :product_id AS PRODUCT_ID, :warehouse AS WAREHOUSE, :quantity AS QUANTITY FROM DUAL) S
   ON (T.PRODUCT_ID = S.PRODUCT_ID AND T.WAREHOUSE = S.WAREHOUSE)
 WHEN MATCHED THEN UPDATE SET T.ON_HAND = T.ON_HAND + S.QUANTITY, T.UPDATED_AT = SYSTIMESTAMP
 WHEN NOT MATCHED THEN INSERT (PRODUCT_ID, WAREHOUSE, ON_HAND, UPDATED_AT)
      VALUES (S.PRODUCT_ID, S.WAREHOUSE, S.QUANTITY, SYSTIMESTAMP);

-- name: save_setting
MERGE INTO SETTINGS T
USING (SELECT :key AS K, :value AS V FROM DUAL) S
   ON (T.KEY = S.K)
 WHEN MATCHED THEN UPDATE SET T.VALUE = S.V, T.UPDATED_AT = SYSDATE
 WHEN NOT MATCHED THEN INSERT (KEY, VALUE, "LEVEL", UPDATED_AT) VALUES (S.K, S.V, 1, SYSDATE);

-- name: setting_value
-- binds: key='ui.greeting'
SELECT NVL(VALUE, 'unset') FROM SETTINGS WHERE KEY = :key;

-- name: stock_report
SELECT P.SKU, NVL(SUM(I.ON_HAND), 0) AS ON_HAND, DECODE(SUM(I.ON_HAND), NULL, 'not stocked', 0, 'sold out', 'in stock') AS STATE
  FROM PRODUCTS P, INVENTORY I
 WHERE P.PRODUCT_ID = I.PRODUCT_ID(+)
 GROUP BY P.SKU
 ORDER BY P.SKU;

-- name: shipments_this_month
SELECT CARRIER, COUNT(*) AS SHIPMENTS
  FROM SHIPMENTS
 WHERE SHIPPED_AT >= TRUNC(SYSDATE, 'MM')
   AND CUSTOMER_ID = :customer_id
 GROUP BY CARRIER;

-- name: payments_by_day
-- binds: customer_id=1003
SELECT TO_CHAR(PAID_AT, 'YYYY-MM-DD HH24') AS HOUR, METHOD, SUM(AMOUNT) AS AMOUNT
  FROM PAYMENTS
 WHERE PAID_AT IS NOT NULL AND CUSTOMER_ID = :customer_id
 GROUP BY TO_CHAR(PAID_AT, 'YYYY-MM-DD HH24'), METHOD;

-- name: lock_order
-- binds: order_id=8
SELECT ORDER_ID, STATUS FROM ORDERS WHERE ORDER_ID = :order_id FOR UPDATE;
