-- Withdrawals are settled by hand by an administrator: paid (with the bank transfer's reference) or turned
-- down (with a reason; the amount goes back to the wallet as a new entry).
ALTER TABLE "referral_wallet_entries" ADD COLUMN "payout_reference" TEXT NULL;
ALTER TABLE "referral_wallet_entries" ADD COLUMN "settlement_note" TEXT NULL;
ALTER TABLE "referral_wallet_entries" ADD COLUMN "settled_at_utc" TEXT NULL;
ALTER TABLE "referral_wallet_entries" ADD COLUMN "settled_by" TEXT NULL;

CREATE INDEX "ix_referral_wallet_entries_kind_state_at_utc" ON "referral_wallet_entries" ("kind", "state", "at_utc");
