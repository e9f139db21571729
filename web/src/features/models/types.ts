/** Shapes of `/api/models` (docs/models-and-templates.md). Keys are never sent back: only whether one is set. */
export type Model = {
  id: string;
  workspaceId: string;
  name: string;
  baseUrl: string;
  model: string;
  contextTokens: number;
  vision: boolean;
  hasWorkspaceKey: boolean;
  hasUserKey: boolean;
};

export type ModelInput = {
  workspaceId?: string;
  name: string;
  baseUrl: string;
  model: string;
  contextTokens: number;
  vision: boolean;
  /** On update: absent keeps the stored key, "" removes it, text replaces it. */
  workspaceKey?: string;
};

export type ConnectionTest = { ok: boolean; models: string[]; detail: string };

export type ConnectionTestInput = { workspaceId?: string; baseUrl?: string; apiKey?: string; modelId?: string };

/** The built-in engine's name, as agents and sessions write it. */
export const BUILTIN_MODEL = 'builtin';

export type Preset = { label: string; baseUrl: string; note: string; needsKey: boolean };

/** Base URLs of the usual OpenAI-compatible endpoints, to fill the form. */
export const PRESETS: readonly Preset[] = [
  { label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', note: 'Needs an API key.', needsKey: true },
  { label: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1', note: 'Needs an OpenRouter key.', needsKey: true },
  {
    label: 'Azure OpenAI',
    baseUrl: 'https://YOUR-RESOURCE.openai.azure.com/openai/v1',
    note: 'Replace YOUR-RESOURCE; the model is your deployment name; the key is the resource key.',
    needsKey: true,
  },
  { label: 'Ollama', baseUrl: 'http://localhost:11434/v1', note: 'Local; no key.', needsKey: false },
  { label: 'vLLM', baseUrl: 'http://localhost:8000/v1', note: 'Local; a key only if started with --api-key.', needsKey: false },
  { label: 'llama.cpp server', baseUrl: 'http://localhost:8080/v1', note: 'Local; no key unless --api-key.', needsKey: false },
  { label: 'LM Studio', baseUrl: 'http://localhost:1234/v1', note: 'Local; no key.', needsKey: false },
  {
    label: 'OPEA ChatQnA / TGI',
    baseUrl: 'http://localhost:8080/v1',
    note: "TGI's OpenAI-compatible route; use your service's host and port.",
    needsKey: false,
  },
];
