-- A workspace's saved prompts with {{variables}}, inserted from the chat's "/" menu.
create table prompt_templates (
    id           uuid           primary key,
    workspace_id uuid           not null references workspaces (id) on delete cascade,
    name         varchar(100)   not null,
    description  varchar(500)   not null,
    body         varchar(20000) not null,
    created_by   uuid           references users (id) on delete set null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint prompt_templates_name unique (workspace_id, name)
);
