-- The waiting list's whole order (priority, waitlisted_at, id; places/WaitlistOrder) in its index, so that a
-- programme's list is read in order from the index alone, without a sort and without the rows.
drop index referral_waitlist;
create index referral_waitlist on referral (programme_code, status, priority, waitlisted_at, id);
