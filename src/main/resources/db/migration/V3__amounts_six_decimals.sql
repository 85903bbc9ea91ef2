-- Amounts are kept exactly to 6 decimal places (docs/data-and-api.md); 15 digits before the point as before.
alter table account alter column annual_revenue set data type numeric(21, 6);
alter table campaign alter column budget set data type numeric(21, 6);
alter table opportunity alter column amount set data type numeric(21, 6);
alter table opportunity alter column one_time_fees set data type numeric(21, 6);
alter table cost alter column amount set data type numeric(21, 6);
