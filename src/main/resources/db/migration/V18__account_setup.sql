-- Setup console, accounts: a mobile number and an e-mail address to reach the person by, and
-- whether the password is a one-time one (new account, reset by an ADMIN) that the person must
-- replace at the next sign-in. Existing accounts keep their passwords.
alter table user_account add column phone varchar(20);
alter table user_account add column email varchar(254);
alter table user_account add column must_change_password boolean default false not null;
