-- Administrators post insurers' remittances (issue 9, item 6: the acceptance test posts one as admin), which
-- records the insurer's payment; they take no other money. The INSERT grant on payment (migration 0021) names
-- columns, not methods, so this BEFORE INSERT trigger on payment says the rest: a login that is an
-- administrator and not a billing clerk records only method 'insurance' (HM039). Billing and the table owner
-- are not limited here (hms_payment_guard checks everyone's payments).
CREATE OR REPLACE FUNCTION hms_insurance_payment_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.method <> 'insurance' AND pg_has_role(session_user, 'hms_admin', 'MEMBER')
       AND NOT pg_has_role(session_user, 'hms_billing', 'MEMBER')
       AND NOT pg_has_role(session_user, 'hms_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'Administrators record only insurers'' payments; a billing clerk takes the others.'
            USING ERRCODE = 'HM039';
    END IF;
    RETURN NEW;
END
$$;
