-- Issue 4 follow-ups: "Remind me" on an upcoming flash sale (one row per sale and shopper, sent once when the
-- sale starts), and the bargain cut limit counted per account per UTC day (bumped by one conditional upsert).

CREATE TABLE flash_sale_reminders (
    flash_sale_id uuid NOT NULL,
    customer_id uuid NOT NULL,
    created_at_utc timestamp with time zone NOT NULL,
    sent_at_utc timestamp with time zone,
    CONSTRAINT pk_flash_sale_reminders PRIMARY KEY (flash_sale_id, customer_id),
    CONSTRAINT fk_flash_sale_reminders_flash_sales_flash_sale_id FOREIGN KEY (flash_sale_id) REFERENCES flash_sales (id) ON DELETE CASCADE
);

CREATE INDEX ix_flash_sale_reminders_customer_id ON flash_sale_reminders (customer_id);

CREATE INDEX ix_flash_sale_reminders_sent_at_utc_flash_sale_id ON flash_sale_reminders (sent_at_utc, flash_sale_id);

CREATE TABLE bargain_cut_days (
    account_id uuid NOT NULL,
    day date NOT NULL,
    cuts integer NOT NULL,
    CONSTRAINT pk_bargain_cut_days PRIMARY KEY (account_id, day)
);
