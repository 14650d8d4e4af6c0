-- Payments know bills, not orders (ADR 0013): a payment is found by kind + payable_id, a refund by its payment, so
-- payments.order_id (with its foreign key to orders and its index) and payment_refunds.order_id go; kind loses its
-- 'order' default. A refund is now recorded first and sent to the provider after the commit (ADR 0016):
-- submit_after_utc is set while it still has to be sent, submit_attempts counts the claims, last_error keeps the
-- provider's last failure. Refunds made before this were sent at once (attempts 1, nothing left to send).

ALTER TABLE payments DROP COLUMN order_id;
ALTER TABLE payments ALTER COLUMN kind DROP DEFAULT;

ALTER TABLE payment_refunds DROP COLUMN order_id;
ALTER TABLE payment_refunds ADD COLUMN submit_after_utc timestamp with time zone;
ALTER TABLE payment_refunds ADD COLUMN submit_attempts integer NOT NULL DEFAULT 1;
ALTER TABLE payment_refunds ALTER COLUMN submit_attempts DROP DEFAULT;
ALTER TABLE payment_refunds ADD COLUMN last_error character varying(500);

CREATE INDEX ix_payment_refunds_submit_after_utc ON payment_refunds (submit_after_utc);
