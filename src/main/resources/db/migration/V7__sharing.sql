-- Shares of a chart or a tab: to one user (view or edit) or as a public read-only link.
-- A public link's token is never stored: only its SHA-256 (hex). target_id has no foreign key
-- because it names a chart or a tab; a share whose target is gone answers like a revoked one.

create table shares (
    id                       uuid primary key,
    workspace_id             uuid        not null references workspaces (id) on delete cascade,
    target_type              varchar(10) not null,
    target_id                uuid        not null,
    created_by               uuid        not null references users (id) on delete cascade,
    kind                     varchar(10) not null,
    grantee_user_id          uuid references users (id) on delete cascade,
    permission               varchar(10) not null,
    token_hash               varchar(64),
    password_hash            varchar(200),
    expires_at               timestamp with time zone,
    viewer_may_change_window boolean     not null default false,
    access_count             bigint      not null default 0,
    last_access_at           timestamp with time zone,
    revoked_at               timestamp with time zone,
    created_at               timestamp with time zone not null,
    constraint shares_token_hash_unique unique (token_hash),
    constraint shares_target_type_check check (target_type in ('chart', 'tab')),
    constraint shares_kind_check check (kind in ('user', 'public')),
    constraint shares_permission_check check (permission in ('view', 'edit')),
    constraint shares_kind_shape check (
        (kind = 'user' and grantee_user_id is not null and token_hash is null and password_hash is null)
        or (kind = 'public' and grantee_user_id is null and token_hash is not null and permission = 'view'))
);
create index shares_target on shares (target_type, target_id);
create index shares_workspace on shares (workspace_id);
create index shares_grantee on shares (grantee_user_id);
