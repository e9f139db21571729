/** Shapes of `/api/prompt-templates` (docs/models-and-templates.md). */
export type TemplateVariable = { name: string; defaultValue: string | null };

export type PromptTemplate = {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  body: string;
  variables: TemplateVariable[];
  updatedAt: string;
};

export type PromptTemplateInput = { name: string; description: string; body: string };
