-- The interface language a user chose (en, ru, ro); null: follow the browser.
alter table app_user add column language varchar(5);
