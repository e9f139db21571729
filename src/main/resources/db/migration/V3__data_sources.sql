-- External PostgreSQL sources whose tables are queried in place, read-only.

create table data_sources (
    id                 uuid primary key,
    workspace_id       uuid         not null references workspaces (id) on delete cascade,
    name               varchar(200) not null,
    host               varchar(253) not null,
    port               int          not null,
    database_name      varchar(63)  not null,
    username           varchar(63)  not null,
    password_encrypted varchar(1000) not null,
    ssl_mode           varchar(20)  not null,
    created_by         uuid,
    created_at         timestamp with time zone not null,
    constraint data_sources_name_unique unique (workspace_id, name)
);

alter table datasets add column source_id uuid references data_sources (id) on delete cascade;
alter table datasets add constraint datasets_table_unique unique (source_id, table_name);
