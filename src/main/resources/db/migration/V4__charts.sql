-- A chart stores its query (or one read-only SELECT) and its visual spec, never its data.

create table charts (
    id           uuid primary key,
    workspace_id uuid          not null references workspaces (id) on delete cascade,
    title        varchar(200)  not null,
    query_json   varchar(20000),
    sql_text     varchar(20000),
    visual_json  varchar(4000) not null,
    created_by   uuid,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint charts_one_source check ((query_json is null) <> (sql_text is null))
);
create index charts_workspace on charts (workspace_id);
