-- Revocation of power: every access token and console session carries the account's security
-- stamp, and a request whose stamp is no longer the account's is refused. A password change, a
-- role change, a device reset by an administrator and disabling the account draw a new stamp.
-- Accounts that exist already share one first value: tokens issued before this version carry no
-- stamp and are refused, and the next revocation of an account draws a random one.

ALTER TABLE account ADD COLUMN security_stamp VARCHAR(32) DEFAULT '00000000000000000000000000000000' NOT NULL;

-- A disabled account cannot log in, and its tokens and sessions stop.
ALTER TABLE account ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
