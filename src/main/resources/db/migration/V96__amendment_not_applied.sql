-- An accepted amendment the proposal refused to apply (AmendmentNotApplied): the refusal and when
-- the round recorded it. Both null while the amendment is pending, rejected, or applied.
ALTER TABLE round_amendment ADD COLUMN not_applied_reason text;
ALTER TABLE round_amendment ADD COLUMN not_applied_at timestamp with time zone;
