-- Datasets in the warehouse and what the catalog knows about their columns.

create table datasets (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    parent_id    uuid references datasets (id) on delete cascade,
    name         varchar(200) not null,
    table_name   varchar(100) not null,
    source       varchar(20)  not null,
    live         boolean      not null,
    time_zone    varchar(64)  not null,
    row_count    bigint       not null,
    data_version bigint       not null,
    created_by   uuid,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint datasets_name_unique unique (workspace_id, name)
);

create table dataset_columns (
    dataset_id  uuid         not null references datasets (id) on delete cascade,
    position    int          not null,
    name        varchar(200) not null,
    type        varchar(20)  not null,
    role        varchar(20)  not null,
    unit        varchar(40),
    description varchar(1000),
    synonyms    varchar(2000),
    primary key (dataset_id, name)
);

create table dataset_appends (
    dataset_id      uuid         not null references datasets (id) on delete cascade,
    idempotency_key varchar(200) not null,
    row_count       bigint       not null,
    data_version    bigint       not null,
    created_at      timestamp with time zone not null,
    primary key (dataset_id, idempotency_key)
);
