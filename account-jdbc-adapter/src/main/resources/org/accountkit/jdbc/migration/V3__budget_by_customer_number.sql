-- Changing a customer number's approval rules renews the versions of its budget rows (see JdbcBudgets).
CREATE INDEX ak_budget_customer ON ak_budget (customer_number);
