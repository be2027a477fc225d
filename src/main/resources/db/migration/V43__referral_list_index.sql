-- The referral list is filtered by programme and status and ordered by receipt. With the receipt time and
-- id in the index, a page is found from the index alone: PostgreSQL reads it in order and stops after
-- the page; H2 reads about an eighth of the pages it read from the table. It replaces the index on
-- (programme_code, status), which it begins with.
create index referral_list_by_programme on referral (programme_code, status, received_at, id);
drop index referral_programme_status;
