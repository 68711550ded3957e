-- Hierarchical queries (START WITH / CONNECT BY) as recursive CTEs
SELECT LEVEL, name FROM emp START WITH manager_id IS NULL CONNECT BY PRIOR emp_id = manager_id;
SELECT LEVEL FROM dual CONNECT BY LEVEL <= 10;
SELECT e.emp_id, SYS_CONNECT_BY_PATH(e.name, '/') path FROM emp e START WITH e.emp_id = 1 CONNECT BY PRIOR e.emp_id = e.manager_id ORDER BY e.emp_id;
SELECT emp_id, LEVEL FROM emp START WITH emp_id = 1 CONNECT BY NOCYCLE PRIOR emp_id = manager_id;
SELECT emp_id, LEVEL FROM emp WHERE status = 'A' START WITH manager_id IS NULL CONNECT BY PRIOR emp_id = manager_id ORDER BY emp_id;
SELECT emp_id, CONNECT_BY_ROOT name AS top FROM emp CONNECT BY PRIOR emp_id = manager_id AND LEVEL <= 2 ORDER BY 1, 2;
SELECT LPAD(' ', 2 * (LEVEL - 1)) || name FROM emp START WITH manager_id IS NULL CONNECT BY PRIOR emp_id = manager_id ORDER SIBLINGS BY name DESC;
SELECT name FROM emp CONNECT BY PRIOR name = status START WITH name = :root;
SELECT emp_id FROM emp START WITH emp_id = :id CONNECT BY PRIOR emp_id = manager_id AND dept_id = :dept;
SELECT * FROM emp START WITH manager_id IS NULL CONNECT BY PRIOR emp_id = manager_id;
SELECT e.name, d.name FROM emp e, dept d WHERE e.dept_id = d.dept_id CONNECT BY PRIOR e.emp_id = e.manager_id;
SELECT emp_id, CONNECT_BY_ISLEAF FROM emp CONNECT BY PRIOR emp_id = manager_id;
