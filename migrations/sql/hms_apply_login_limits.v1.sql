-- Session limits for one staff login, in this database only (ALTER ROLE ... IN DATABASE): a login that opens
-- a transaction and walks away, or waits on a lock, or runs away with a statement, is stopped by the server,
-- whatever client it uses. Role settings are not inherited from group roles, hence per login.
CREATE OR REPLACE FUNCTION hms_apply_login_limits(p_username text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET idle_in_transaction_session_timeout = %L',
                   p_username, current_database(), '2min');
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET lock_timeout = %L', p_username, current_database(), '15s');
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET statement_timeout = %L', p_username, current_database(),
                   '2min');
END
$$;
