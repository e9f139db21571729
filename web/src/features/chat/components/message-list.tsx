import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Chart } from '@/components/chart';
import { Button } from '@/components/button';
import { renderInlineMarkdown, renderMarkdown } from '@/features/dashboard/markdown';
import type { Card, ViewMessage } from '../chat-state';
import type { ChatChart } from '../types';

export type MessageActions = {
  /** Sends a message: a question's choice, an alternative (with the model that answers it, if any). */
  onSend: (content: string, model?: string) => void;
  onConfirm: (callId: string, approve: boolean) => void;
  onPin: (chart: ChatChart) => void;
  /** The chart being pinned now, and the charts pinned from here. */
  pinning?: string | null;
  pinned?: ReadonlySet<string>;
  running: boolean;
};

/** The conversation, newest at the bottom; it follows new content while the reader is at the end. */
export function MessageList({ messages, ...actions }: { messages: ViewMessage[] } & MessageActions) {
  const end = useRef<HTMLDivElement>(null);
  const last = messages[messages.length - 1];
  const tail = `${messages.length}:${last?.content.length ?? 0}:${last?.cards.length ?? 0}:${last?.charts.length ?? 0}`;
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [tail]);
  return (
    <div role="log" aria-label="Conversation" aria-live="polite" className="flex-1 space-y-3 overflow-y-auto p-3">
      {messages.length === 0 && (
        <p className="text-sm text-slate-500 dark:text-slate-400">
          Ask for a chart in plain words (“load by day last week”), or type <kbd className="font-mono">/</kbd> for commands.
        </p>
      )}
      {messages.map((message) => (
        <MessageView key={message.key} message={message} {...actions} />
      ))}
      <div ref={end} />
    </div>
  );
}

export function MessageView({ message, ...actions }: { message: ViewMessage } & MessageActions) {
  if (message.role === 'user') {
    return (
      <div className="flex justify-end">
        <p
          aria-label="You said"
          className={`max-w-[85%] rounded-lg bg-teal-700 px-3 py-2 text-sm whitespace-pre-wrap text-white dark:bg-teal-800 ${
            message.status === 'sending' ? 'opacity-70' : ''
          }`}
        >
          {message.content}
        </p>
      </div>
    );
  }
  const empty = !message.content && message.charts.length === 0 && message.cards.length === 0;
  if (empty && message.status === 'done') {
    return message.outcome === 'stopped' ? <p className="text-xs text-slate-500 dark:text-slate-400">Stopped.</p> : null;
  }
  return (
    <article aria-label="Assistant" className="space-y-2 text-sm text-slate-800 dark:text-slate-100">
      {message.content && <Markdown text={message.content} />}
      {visibleCards(message.cards).map((card, i) => (
        <CardView key={`${card.type}-${i}`} card={card} {...actions} />
      ))}
      {message.charts.map((chart) => (
        <ChartCard key={chart.id} chart={chart} {...actions} />
      ))}
      {message.status === 'streaming' && (
        <p className="text-xs text-slate-500 dark:text-slate-400" aria-live="off">
          {empty ? 'Thinking…' : '…'}
        </p>
      )}
      {message.status === 'done' && message.outcome === 'stopped' && (
        <p className="text-xs text-slate-500 dark:text-slate-400">Stopped.</p>
      )}
    </article>
  );
}

/** The cards to show: a pending command's card says no more than its confirmation card, so it is left out. */
function visibleCards(cards: Card[]): Card[] {
  const asked = new Set(cards.flatMap((c) => (c.type === 'confirmation' ? [c.callId] : [])));
  return cards.filter((c) => !(c.type === 'tool_call' && c.status === 'pending' && asked.has(c.callId)));
}

/** Markdown as sanitized HTML (DOMPurify): no script, handler or javascript: link survives. */
export function Markdown({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return (
    <div
      className="chat-markdown space-y-2 break-words [&_a]:text-teal-700 [&_a]:underline dark:[&_a]:text-teal-400 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800 [&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-x-auto [&_table]:text-xs [&_td]:border [&_td]:px-1 [&_th]:border [&_th]:px-1 [&_ul]:list-disc [&_ul]:pl-5"
      // sanitized by renderMarkdown (DOMPurify)
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

const statusTone: Record<string, string> = {
  ok: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-200',
  pending: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200',
  refused: 'bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200',
  failed: 'bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-200',
};

function CardView({ card, onSend, onConfirm, running }: { card: Card } & MessageActions) {
  switch (card.type) {
    case 'tool_call':
      return (
        <details
          className="rounded-md border border-slate-200 bg-slate-50 px-2 py-1 text-xs dark:border-slate-700 dark:bg-slate-800/60"
          aria-label={`Command ${card.command}`}
        >
          <summary className="cursor-pointer list-none">
            <span className="font-mono font-medium">/{card.command}</span>{' '}
            <span className={`rounded px-1.5 py-0.5 ${statusTone[card.status] ?? ''}`}>{card.status}</span>{' '}
            {card.summary && (
              <span
                className="text-slate-600 dark:text-slate-300"
                // sanitized by renderInlineMarkdown (DOMPurify)
                dangerouslySetInnerHTML={{ __html: renderInlineMarkdown(card.summary) }}
              />
            )}
          </summary>
          <pre className="mt-1 overflow-x-auto text-[11px] text-slate-700 dark:text-slate-300">
            {JSON.stringify(card.arguments ?? {}, null, 2)}
          </pre>
        </details>
      );
    case 'question':
      return (
        <div className="space-y-1">
          <p className="font-medium">{card.text}</p>
          {!!card.choices?.length && (
            <div className="flex flex-wrap gap-1" role="group" aria-label="Choices">
              {card.choices.map((choice) => (
                <Button key={choice} size="sm" variant="secondary" disabled={running} onClick={() => onSend(choice)}>
                  {choice}
                </Button>
              ))}
            </div>
          )}
        </div>
      );
    case 'confirmation':
      return <ConfirmationCard card={card} onConfirm={onConfirm} />;
    case 'alternatives':
      return (
        <div className="flex flex-wrap items-center gap-1" role="group" aria-label="Other readings">
          <span className="text-xs text-slate-500 dark:text-slate-400">Or:</span>
          {card.options.map((option) => (
            <Button key={option.label} size="sm" variant="ghost" className="border border-slate-200 dark:border-slate-700" disabled={running} onClick={() => (option.model ? onSend(option.message, option.model) : onSend(option.message))}>
              {option.label}
            </Button>
          ))}
        </div>
      );
    case 'summary':
      return (
        <details
          aria-label="Summary of earlier messages"
          className="rounded-md border border-slate-200 bg-slate-50 px-2 py-1 text-xs dark:border-slate-700 dark:bg-slate-800/60"
        >
          <summary className="cursor-pointer text-slate-600 dark:text-slate-300">
            Earlier messages were summarised — show summary
          </summary>
          <p className="mt-1 text-slate-500 dark:text-slate-400">
            The model now reads this summary instead of the {card.messages} earliest messages.
          </p>
          <Markdown text={card.text} />
        </details>
      );
    case 'error':
      return (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-2 py-1 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
          {card.message}
        </p>
      );
  }
}

function ConfirmationCard({
  card,
  onConfirm,
}: {
  card: Extract<Card, { type: 'confirmation' }>;
  onConfirm: MessageActions['onConfirm'];
}) {
  const [answered, setAnswered] = useState<boolean | null>(null);
  const resolved = card.resolved;
  return (
    <section
      aria-label="Confirmation"
      className="rounded-md border border-amber-300 bg-amber-50 p-2 dark:border-amber-700 dark:bg-amber-950/40"
    >
      <p className="font-medium">{card.prompt}</p>
      <p className="mt-0.5 font-mono text-xs text-slate-600 dark:text-slate-300">/{card.command}</p>
      {resolved ? (
        <p className="mt-1 text-xs">{resolved === 'approved' ? 'Confirmed.' : 'Cancelled.'}</p>
      ) : (
        <div className="mt-2 flex gap-2">
          <Button
            size="sm"
            pending={answered === true}
            disabled={answered !== null}
            onClick={() => {
              setAnswered(true);
              onConfirm(card.callId, true);
            }}
          >
            Confirm
          </Button>
          <Button
            size="sm"
            variant="secondary"
            pending={answered === false}
            disabled={answered !== null}
            onClick={() => {
              setAnswered(false);
              onConfirm(card.callId, false);
            }}
          >
            Cancel
          </Button>
        </div>
      )}
    </section>
  );
}

function ChartCard({ chart, onPin, pinning, pinned }: { chart: ChatChart } & MessageActions) {
  const title = chart.title || chart.visual.title || 'Chart';
  const isPinned = pinned?.has(chart.id) ?? false;
  return (
    <section
      aria-label={`Chart ${title}`}
      className="rounded-md border border-slate-200 bg-white p-2 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="h-64">
        <Chart data={chart.data} visual={chart.visual} title={title} showDownload={false} />
      </div>
      {chart.explanation && <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{chart.explanation}</p>}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" pending={pinning === chart.id} disabled={isPinned} onClick={() => onPin(chart)}>
          {isPinned ? 'Pinned' : 'Pin to tab'}
        </Button>
        <Link
          to={`/charts/${encodeURIComponent(chart.id)}`}
          className="inline-flex items-center rounded-md px-2.5 py-1 text-sm font-medium text-teal-700 hover:bg-slate-100 dark:text-teal-400 dark:hover:bg-slate-800"
        >
          Open in builder
        </Link>
      </div>
    </section>
  );
}
