-- The duplicate guard matches a subject on CPR when both referrals carry one, and on name with the
-- identifying date otherwise, both ways round. Two keys, each with its own unique constraint, so that
-- the database keeps the guard under any concurrency, as the single key did:
--   open_subject_key  the name+date key, now stored for every open referral, with or without CPR;
--   open_cpr_key      the CPR key, stored when a CPR is given.
-- Both are keyed HMACs (never a name or CPR in clear) and are cleared when the referral closes.
alter table referral add column open_cpr_key varchar(64);

-- Open referrals keyed by CPR until now: that key is a CPR key. Their name+date key cannot be computed
-- in SQL (it needs the application's key), so it stays empty until they close.
update referral set open_cpr_key = open_subject_key, open_subject_key = null
 where open_subject_key is not null and subject_cpr_encrypted is not null;

alter table referral add constraint referral_one_open_per_cpr unique (programme_code, open_cpr_key);
