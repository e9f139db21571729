-- Files uploaded to a workspace as chat context. The bytes live under the data directory
-- (workspace-files/<id>); the database keeps what they are and their text, cut into chunks,
-- each with its MiniLM embedding (384 float32, big-endian, as bytes: bytea on both H2 and
-- PostgreSQL).
create table workspace_files (
    id           uuid primary key,
    workspace_id uuid not null references workspaces (id) on delete cascade,
    name         varchar(200) not null,
    media_type   varchar(100) not null,
    charset      varchar(20),
    kind         varchar(10)  not null,
    size_bytes   bigint       not null,
    chunk_count  integer      not null,
    page_count   integer,
    status       varchar(200) not null,
    created_at   timestamp with time zone not null,
    created_by   uuid references users (id) on delete set null,
    constraint workspace_files_kind_check check (kind in ('text', 'pdf', 'image'))
);
create index workspace_files_workspace on workspace_files (workspace_id, created_at);

create table workspace_file_chunks (
    file_id    uuid    not null references workspace_files (id) on delete cascade,
    chunk_no   integer not null,
    page       integer,
    text       varchar(4000) not null,
    embedding  bytea   not null,
    primary key (file_id, chunk_no)
);
