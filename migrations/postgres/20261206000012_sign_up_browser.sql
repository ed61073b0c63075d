-- A verification link made at sign-up remembers the SHA-256 of a random
-- value the signing-up browser holds in its `offerline_sign_up` cookie:
-- the link signs in only that browser; anywhere else it only confirms the
-- address. Kept with the token, which goes with the account.
ALTER TABLE auth_tokens ADD COLUMN browser_hash TEXT;
