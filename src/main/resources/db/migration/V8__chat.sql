-- Chat sessions, their messages, the events their turns streamed (kept so a client that
-- reconnects can ask for what it missed), one row per turn for the assistant's analytics,
-- and the workspace chat policy. agent_id has no foreign key: agents come in V9.

create table chat_sessions (
    id               uuid primary key,
    workspace_id     uuid         not null references workspaces (id) on delete cascade,
    user_id          uuid         not null references users (id) on delete cascade,
    title            varchar(200) not null,
    agent_id         uuid,
    tab_id           uuid,
    allowed_commands varchar(2000),
    confirm_changes  boolean,
    engine_state     varchar(100000),
    last_seq         bigint       not null default 0,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index chat_sessions_user on chat_sessions (user_id, updated_at);

create table chat_messages (
    id         uuid primary key,
    session_id uuid         not null references chat_sessions (id) on delete cascade,
    turn_id    uuid         not null,
    position   int          not null,
    role       varchar(10)  not null,
    content    varchar(200000) not null,
    charts_json varchar(1000000),
    cards_json varchar(200000),
    intent     varchar(100),
    created_at timestamp with time zone not null,
    constraint chat_messages_role_check check (role in ('user', 'assistant')),
    constraint chat_messages_position_unique unique (session_id, position)
);

create table chat_events (
    session_id uuid          not null references chat_sessions (id) on delete cascade,
    seq        bigint        not null,
    turn_id    uuid          not null,
    event_json varchar(1000000) not null,
    created_at timestamp with time zone not null,
    primary key (session_id, seq)
);

create table chat_turns (
    id             uuid primary key,
    session_id     uuid         not null references chat_sessions (id) on delete cascade,
    workspace_id   uuid         not null references workspaces (id) on delete cascade,
    user_id        uuid         not null references users (id) on delete cascade,
    engine         varchar(50)  not null,
    content        varchar(2000) not null,
    intent         varchar(100),
    intent_score   double precision,
    outcome        varchar(20)  not null,
    command_errors int          not null default 0,
    latency_ms     double precision not null,
    command_ms     double precision not null,
    created_at     timestamp with time zone not null
);
create index chat_turns_workspace on chat_turns (workspace_id, created_at);

create table chat_policies (
    workspace_id              uuid primary key references workspaces (id) on delete cascade,
    allowed_agents            varchar(4000),
    allowed_commands          varchar(2000),
    may_change_dashboards     boolean not null,
    may_change_shares         boolean not null,
    changes_need_confirmation boolean not null,
    updated_at                timestamp with time zone not null
);

-- A chart the assistant made for an answer stays out of the chart library until someone
-- keeps it (pins it, or saves it in the builder).
alter table charts add column draft boolean not null default false;

-- A command the assistant asked to run that waits for the user's confirmation.
create table chat_pending_calls (
    id             varchar(40)  primary key,
    session_id     uuid         not null references chat_sessions (id) on delete cascade,
    turn_id        uuid         not null,
    command        varchar(50)  not null,
    arguments_json varchar(100000) not null,
    created_at     timestamp with time zone not null
);
