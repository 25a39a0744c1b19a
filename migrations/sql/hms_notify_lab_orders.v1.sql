-- The lab worklist listens on "lab_orders" (migration 0014): one notification per statement that adds tests
-- or results (PostgreSQL folds identical ones in a transaction). Names the table only: the worklist reloads.
CREATE OR REPLACE FUNCTION hms_notify_lab_orders() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lab_orders', json_build_object('table', TG_TABLE_NAME, 'op', TG_OP)::text);
    RETURN NULL;
END
$$;
