-- NVL, NVL2, DECODE, GREATEST/LEAST, COALESCE
SELECT NVL(commission, 0) FROM emp;
SELECT NVL(name, 'unknown') AS n FROM emp;
SELECT NVL(NVL(commission, bonus), 0) FROM emp;
SELECT NVL2(commission, 'yes', 'no') FROM emp;
SELECT NVL2(manager_id, manager_id + 1, 0) FROM emp;
SELECT DECODE(status, 'A', 'Active', 'I', 'Inactive', 'Unknown') FROM emp;
SELECT DECODE(status, 'A', 'Active', 'I', 'Inactive') FROM emp;
SELECT DECODE(commission, NULL, 'none', 'some') FROM emp;
SELECT DECODE(dept_id, manager_id, 'same', 'different') FROM emp;
SELECT DECODE(dept_id, 10, 'ten', 20, 'twenty', 30, 'thirty', NULL, 'none', 'other') FROM emp;
SELECT SUM(DECODE(status, 'A', 1, 0)) FROM emp;
SELECT GREATEST(salary, 1000) FROM emp;
SELECT LEAST(salary, commission, 5000) FROM emp;
SELECT GREATEST(hire_date, DATE '2020-01-01') FROM emp;
SELECT COALESCE(commission, bonus, 0) FROM emp;
SELECT NULLIF(status, 'X') FROM emp;
SELECT * FROM emp WHERE NVL(commission, 0) > 100;
SELECT name FROM emp WHERE DECODE(status, 'A', 1, 0) = 1;
