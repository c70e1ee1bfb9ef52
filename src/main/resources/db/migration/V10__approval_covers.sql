-- What an approval covers (DESIGN §6): the recipient address it was given for and a fingerprint of
-- the channel, subject, body, recipient and address. Export and send compare them with what the
-- workspace holds now; a difference voids the approval and sends the message back to review.
-- Approved messages from before this version have no fingerprint and go back to review when read.
ALTER TABLE message ADD COLUMN approved_email VARCHAR(320);
ALTER TABLE message ADD COLUMN approved_hash VARCHAR(64);
