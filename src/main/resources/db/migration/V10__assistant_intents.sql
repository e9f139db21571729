-- A workspace's edits of the built-in assistant's intent examples (Settings → Assistant).
-- One row per edited intent replaces that intent's seeded examples for the workspace; an
-- intent without a row keeps the seeded ones, so a seed improved in a later release reaches
-- every workspace that did not edit it. Deleting the row resets the intent to its seed.

create table assistant_intent_examples (
    workspace_id  uuid          not null references workspaces (id) on delete cascade,
    intent        varchar(50)   not null,
    examples_json varchar(60000) not null,
    updated_by    uuid          references users (id) on delete set null,
    updated_at    timestamp with time zone not null,
    primary key (workspace_id, intent)
);
