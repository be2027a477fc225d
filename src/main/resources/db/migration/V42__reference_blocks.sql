-- Referral references are handed out in blocks of 20 per sequence call (ReferenceNumbers.BLOCK).
alter sequence referral_reference_seq increment by 20;
