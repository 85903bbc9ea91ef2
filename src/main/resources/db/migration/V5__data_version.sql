-- One row that every instance on this database watches: a data change (import, demo load) moves
-- data_version on, a saved settings version moves settings_version on. PostgreSQL also sends
-- NOTIFY accountable_data, so other instances hear of it at once; the row is the fallback.
create table data_version (
    id                integer primary key,
    data_version      bigint not null,
    settings_version  bigint not null,
    changed_at        timestamp with time zone
);
insert into data_version (id, data_version, settings_version) values (1, 0, 0);
