-- Every user has a language for mail (DUTCH or ENGLISH). Existing users get their customer number's default:
-- Dutch in the Netherlands and Belgium, English in Germany.

ALTER TABLE ak_account_user ADD COLUMN mail_language VARCHAR(10) DEFAULT 'DUTCH' NOT NULL;
UPDATE ak_account_user SET mail_language = 'ENGLISH'
    WHERE customer_number IN (SELECT customer_number FROM ak_customer_account WHERE invoice_country = 'DE');
