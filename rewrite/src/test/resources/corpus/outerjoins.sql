-- Oracle (+) outer joins
SELECT e.name, d.name FROM emp e, dept d WHERE e.dept_id = d.dept_id(+);
SELECT e.name, d.name FROM emp e, dept d WHERE d.dept_id(+) = e.dept_id AND e.status = 'A';
SELECT e.name, d.name FROM dept d, emp e WHERE e.dept_id = d.dept_id(+) ORDER BY e.name;
SELECT * FROM dept d, emp e WHERE e.dept_id = d.dept_id(+);
SELECT e.name, b.amount FROM emp e, bonus b WHERE b.emp_id(+) = e.emp_id AND b.year(+) = 2024 AND b.status(+) = 'X';
SELECT e.name, d.name, l.city FROM emp e, dept d, loc l WHERE e.dept_id = d.dept_id(+) AND d.loc_id = l.loc_id(+);
SELECT e.name FROM emp e, dept d WHERE e.dept_id = d.dept_id(+) AND d.dept_id IS NULL;
SELECT e.name, m.name FROM emp e, emp m WHERE e.manager_id = m.emp_id(+) AND e.emp_id > 2;
SELECT e.name FROM emp e, dept d WHERE e.dept_id = d.dept_id(+) OR e.status = 'A';
SELECT e.name FROM emp e, dept d WHERE dept_id(+) = e.dept_id;
