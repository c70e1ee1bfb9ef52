-- V18, not V15: it was written as V15 on a branch while V17 (watch) landed first; a workspace at V17 upgrades to it in order.
-- What happened to an account later (accounts.csv's optional churned_at, arr_change_at, arr_after):
-- the outcomes the account health score is checked against.
ALTER TABLE account ADD COLUMN churned_at DATE;
ALTER TABLE account ADD COLUMN arr_change_at DATE;
ALTER TABLE account ADD COLUMN arr_after DECIMAL(16, 2);
