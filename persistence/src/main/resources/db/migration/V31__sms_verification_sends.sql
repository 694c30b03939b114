-- Every SMS sent to verify a phone number (User Profile, Test of the Twilio settings), by account:
-- the per-account bound on them counts the rows within its window. No number, no passcode.
CREATE SEQUENCE sms_verification_sent_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sms_verification_sent (
    id         BIGINT                   NOT NULL,
    account_id BIGINT                   NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sms_verification_sent PRIMARY KEY (id),
    CONSTRAINT fk_sms_verification_sent_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

CREATE INDEX ix_sms_verification_sent_account ON sms_verification_sent (account_id, sent_at);
