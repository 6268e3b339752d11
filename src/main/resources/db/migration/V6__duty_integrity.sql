-- One account per officer (an officer signs in to duty as himself only).
create unique index user_account_officer_uq on user_account (officer_id);
