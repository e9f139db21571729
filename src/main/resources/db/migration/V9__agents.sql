-- Agents of a workspace and their versions: every save of an agent adds a version, the agent
-- row only points at the current one. name_key (the current name, lower case) is cleared when
-- an agent is deleted, so names are unique among a workspace's living agents; seed names the
-- seeded agent a row is, so each workspace is seeded once even under concurrent first reads.

create table agents (
    id              uuid primary key,
    workspace_id    uuid         not null references workspaces (id) on delete cascade,
    name_key        varchar(100),
    seed            varchar(50),
    current_version int          not null,
    deleted_at      timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint agents_name_unique unique (workspace_id, name_key),
    constraint agents_seed_unique unique (workspace_id, seed)
);

-- allowed_commands and allowed_datasets are JSON arrays of names; empty: every one
create table agent_versions (
    agent_id         uuid          not null references agents (id) on delete cascade,
    version          int           not null,
    name             varchar(100)  not null,
    instructions     varchar(20000) not null,
    model            varchar(200)  not null,
    allowed_commands varchar(2000) not null,
    allowed_datasets varchar(20000) not null,
    tool_rounds      int           not null,
    confirmation     varchar(10)   not null,
    saved_by         uuid references users (id) on delete set null,
    saved_at         timestamp with time zone not null,
    note             varchar(200),
    primary key (agent_id, version),
    constraint agent_versions_confirmation_check check (confirmation in ('NEVER', 'CHANGES', 'ALWAYS')),
    constraint agent_versions_tool_rounds_check check (tool_rounds between 1 and 20)
);
