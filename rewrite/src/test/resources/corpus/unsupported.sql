-- constructs without a translation (yet): reported with line:col, never passed through
BEGIN
  UPDATE emp SET salary = 0;
  COMMIT;
END;
/
DECLARE x NUMBER; BEGIN SELECT 1 INTO x FROM dual; END;
/
INSERT ALL INTO a VALUES (1) INTO b VALUES (2) SELECT * FROM dual;
SELECT MAX(salary) KEEP (DENSE_RANK FIRST ORDER BY hire_date) FROM emp;
UPDATE emp SET (name, salary) = (SELECT name, salary FROM emp_new WHERE emp_new.emp_id = emp.emp_id);
SELECT SOUNDEX(name) FROM emp;
SELECT my_package.my_function(emp_id) FROM emp;
SELECT * FROM sales MODEL DIMENSION BY (y) MEASURES (amt) RULES (amt[2024] = amt[2023] * 2);
SELECT * FROM emp WHERE ROWNUM <= 10 OR status = 'A';
