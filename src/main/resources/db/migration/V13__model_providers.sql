-- A workspace's OpenAI-compatible models (Settings → Models). Keys are stored encrypted
-- (AES-256-GCM, base64 of nonce and ciphertext, bound to their row), never in clear.
create table model_providers (
    id             uuid          primary key,
    workspace_id   uuid          not null references workspaces (id) on delete cascade,
    name           varchar(100)  not null,
    base_url       varchar(500)  not null,
    model          varchar(200)  not null,
    context_tokens integer       not null,
    vision         boolean       not null,
    workspace_key  varchar(2000),
    created_by     uuid          references users (id) on delete set null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint model_providers_name unique (workspace_id, name)
);

-- Each member's own key for a model; it beats the workspace's fallback key.
create table model_user_keys (
    model_id   uuid          not null references model_providers (id) on delete cascade,
    user_id    uuid          not null references users (id) on delete cascade,
    api_key    varchar(2000) not null,
    updated_at timestamp with time zone not null,
    primary key (model_id, user_id)
);
