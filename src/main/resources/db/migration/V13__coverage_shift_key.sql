-- The running shifts of a post are remembered as one key ("<shift id>@<day>;" each, about 16
-- characters): 200 characters held about a dozen shifts at once, fewer than a post with many
-- overlapping shifts can have. 2000 holds over a hundred.
alter table coverage_state alter column shift_key set data type varchar(2000);
