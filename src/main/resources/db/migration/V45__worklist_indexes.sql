-- The coordinator's worklist and the referral list filtered by status alone. New referrals are listed by
-- first-contact due date: with the status and the due date in an index, each status's first page is read in
-- order and the reading stops after it, with or without a programme, instead of sorting every open referral.
-- A list by status without a programme (the waiting list across programmes, say) is read in receipt order
-- from its own index, and counted from it.
create index referral_due_by_status on referral (status, first_contact_due_at, id);
create index referral_due_by_programme on referral (programme_code, status, first_contact_due_at, id);
create index referral_list_by_status on referral (status, received_at, id);
