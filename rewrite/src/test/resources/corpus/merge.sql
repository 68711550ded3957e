-- MERGE: PostgreSQL 15+ runs it; MySQL-family targets get INSERT ... SELECT ... ON DUPLICATE KEY UPDATE on the primary key
MERGE INTO emp t USING new_emp s ON (t.emp_id = s.emp_id) WHEN MATCHED THEN UPDATE SET t.name = s.name WHEN NOT MATCHED THEN INSERT (emp_id, name) VALUES (s.emp_id, s.name);
MERGE INTO emp t USING (SELECT emp_id, name, salary FROM new_emp WHERE salary > 0) s ON (s.emp_id = t.emp_id) WHEN MATCHED THEN UPDATE SET t.salary = t.salary + s.salary, t.name = NVL(s.name, t.name) WHEN NOT MATCHED THEN INSERT (emp_id, name, salary) VALUES (s.emp_id, s.name, s.salary);
MERGE INTO emp USING new_emp s ON (emp.emp_id = s.emp_id) WHEN NOT MATCHED THEN INSERT (emp_id, name) VALUES (s.emp_id, UPPER(s.name));
MERGE INTO emp t USING new_emp s ON (t.emp_id = s.emp_id) WHEN MATCHED THEN UPDATE SET t.name = UPPER(s.name) WHEN NOT MATCHED THEN INSERT (emp_id, name) VALUES (s.emp_id, UPPER(s.name));
MERGE INTO emp t USING new_emp s ON (t.emp_id = s.emp_id) WHEN MATCHED THEN UPDATE SET t.status = s.status WHEN NOT MATCHED THEN INSERT (emp_id, name) VALUES (s.emp_id, s.name);
MERGE INTO emp t USING new_emp s ON (t.name = s.name) WHEN MATCHED THEN UPDATE SET t.salary = s.salary WHEN NOT MATCHED THEN INSERT (emp_id, name, salary) VALUES (s.emp_id, s.name, s.salary);
MERGE INTO emp t USING new_emp s ON (t.emp_id = s.emp_id) WHEN MATCHED THEN UPDATE SET t.name = s.name;
MERGE INTO emp t USING new_emp s ON (t.emp_id = s.emp_id) WHEN MATCHED THEN UPDATE SET t.name = s.name WHERE s.name IS NOT NULL WHEN NOT MATCHED THEN INSERT (emp_id, name) VALUES (s.emp_id, s.name);
MERGE INTO emp t USING new_emp s ON (t.emp_id = s.emp_id) WHEN MATCHED THEN UPDATE SET t.name = s.name DELETE WHERE t.status = 'X' WHEN NOT MATCHED THEN INSERT (emp_id, name) VALUES (s.emp_id, s.name);
MERGE INTO emp t USING new_emp s ON (t.emp_id = s.emp_id) WHEN MATCHED THEN UPDATE SET t.salary = t.bonus, t.bonus = t.salary WHEN NOT MATCHED THEN INSERT (emp_id) VALUES (s.emp_id);
MERGE INTO orders o USING new_orders s ON (o.order_id = s.order_id) WHEN MATCHED THEN UPDATE SET o.total = s.total WHEN NOT MATCHED THEN INSERT (order_id, total) VALUES (s.order_id, s.total);
