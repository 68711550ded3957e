CREATE TABLE t_accounts (id NUMBER(10) PRIMARY KEY, parent_id NUMBER(10), balance NUMBER(12,2));

CREATE OR REPLACE PROCEDURE move_money(p_from IN NUMBER, p_to IN NUMBER, p_amount IN NUMBER) IS
  PRAGMA AUTONOMOUS_TRANSACTION;
  CURSOR c_kids IS SELECT id FROM t_accounts START WITH id = p_from CONNECT BY PRIOR id = parent_id;
  TYPE t_ids IS TABLE OF NUMBER;
  v_ids t_ids;
BEGIN
  -- EXECUTE IMMEDIATE in a comment does not count, nor ROWNUM here
  OPEN c_kids;
  FETCH c_kids BULK COLLECT INTO v_ids;
  CLOSE c_kids;
  IF p_amount < 0 AND p_from <> p_to THEN
    RAISE_APPLICATION_ERROR(-20001, 'amount < 0 & accounts differ; EXECUTE IMMEDIATE in a string does not count');
  END IF;
  FORALL i IN 1 .. v_ids.COUNT
    UPDATE t_accounts SET balance = balance - p_amount WHERE id = v_ids(i);
  EXECUTE IMMEDIATE 'CREATE USER audit_reader IDENTIFIED BY hunter2';
  EXECUTE IMMEDIATE 'UPDATE t_accounts SET balance = balance + :a WHERE id = :b' USING p_amount, p_to;
  MERGE INTO t_accounts@ledger_link d USING (SELECT /*+ INDEX(a) */ a.id FROM t_accounts a, t_accounts b
    WHERE a.parent_id = b.id(+) AND ROWNUM < 10) s ON (d.id = s.id)
    WHEN MATCHED THEN UPDATE SET d.balance = 0;
  DBMS_OUTPUT.PUT_LINE(q'[moved <all> & done]');
  COMMIT;
END move_money;
/

CREATE DATABASE LINK ledger_link CONNECT TO ledger IDENTIFIED BY "s3cret" USING 'LEDGER';

CREATE OR REPLACE VIEW v_top_accounts AS
  SELECT a.id, b.balance FROM t_accounts a, t_accounts b WHERE a.parent_id = b.id(+) AND ROWNUM <= 10;
