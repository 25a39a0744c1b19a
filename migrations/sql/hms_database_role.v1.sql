-- The role that holds CONNECT on this database and that every staff login of this database is given
-- (migration 0009, issue 7). Roles belong to the whole cluster, so a login made here would otherwise reach
-- every database on the server that grants CONNECT to the staff groups. The name is derived from this
-- database's oid, not stored: a database created as a copy of another (CREATE DATABASE ... TEMPLATE, a
-- restored dump) has a new oid and so its own role, which hms_claim_database creates.
CREATE OR REPLACE FUNCTION hms_database_role() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT 'hms_db_' || d.oid::text FROM pg_database d WHERE d.datname = current_database()
$$;
