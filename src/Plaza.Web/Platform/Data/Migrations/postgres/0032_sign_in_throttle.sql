-- Failed sign-ins are throttled per login (and client network) whether or not an account has the login, so a lockout no longer
-- tells which accounts exist (issue 10, ADR 0021): the counts leave accounts for a table of their own, keyed by a hash.
CREATE TABLE sign_in_failures (
    key character varying(64) NOT NULL,
    failures integer NOT NULL,
    resets_at_utc timestamp with time zone NOT NULL,
    CONSTRAINT pk_sign_in_failures PRIMARY KEY (key)
);

ALTER TABLE accounts DROP COLUMN failed_sign_ins;
ALTER TABLE accounts DROP COLUMN locked_until_utc;
