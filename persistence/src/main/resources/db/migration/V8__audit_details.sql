-- The audit trail keeps every detail whole (a bulk change lists every login name) and counts
-- refused logins whose login name is not a valid login name instead of storing what was sent:
-- one line per source address and minute, its count raised by each further attempt.

ALTER TABLE audit_event ALTER COLUMN detail SET DATA TYPE VARCHAR;

ALTER TABLE audit_event ADD COLUMN occurrences INTEGER DEFAULT 1 NOT NULL;

ALTER TABLE audit_event ADD COLUMN tally_key VARCHAR(128);

ALTER TABLE audit_event ADD CONSTRAINT uq_audit_event_tally_key UNIQUE (tally_key);

ALTER TABLE audit_event ADD CONSTRAINT ck_audit_event_occurrences CHECK (occurrences >= 1);
