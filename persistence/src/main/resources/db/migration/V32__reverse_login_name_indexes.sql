-- The Backup User list's previous and last pages read the list backwards (login names before a
-- cursor, in descending order, with a limit). H2 reads an index in its own order only, so without
-- these it would sort every matching row for such a page; PostgreSQL could walk the ascending
-- indexes backwards, and keeps these two small ones alongside.
CREATE INDEX ix_account_two_factor_login_name_desc
    ON account (two_factor_enabled DESC, login_name DESC);
CREATE INDEX ix_account_login_name_desc ON account (login_name DESC);
