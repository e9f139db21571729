-- A session may answer with another model than its agent's (switched mid-conversation; null:
-- the agent's), and names the workspace files that are its context (a JSON array of ids).
alter table chat_sessions add column model varchar(200);
alter table chat_sessions add column context_files varchar(4000);
