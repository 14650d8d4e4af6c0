-- Withdrawals are settled by hand by an administrator: paid (with the bank transfer's reference) or turned
-- down (with a reason; the amount goes back to the wallet as a new entry).
ALTER TABLE referral_wallet_entries ADD COLUMN payout_reference character varying(100);
ALTER TABLE referral_wallet_entries ADD COLUMN settlement_note character varying(300);
ALTER TABLE referral_wallet_entries ADD COLUMN settled_at_utc timestamp with time zone;
ALTER TABLE referral_wallet_entries ADD COLUMN settled_by uuid;

CREATE INDEX ix_referral_wallet_entries_kind_state_at_utc ON referral_wallet_entries (kind, state, at_utc);
