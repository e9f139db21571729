import { useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button } from '@/components/button';
import { TemplateFillForm } from '@/features/templates/components/template-fill-form';
import { matchSlashItems, slashItemKey } from '@/features/templates/slash-menu';
import type { SlashItem } from '@/features/templates/slash-menu';
import { fillTemplate } from '@/features/templates/template-fill';
import type { PromptTemplate } from '@/features/templates/types';
import { DictationButton, DictationStatus } from '@/features/voice/components/dictation-button';
import { useDictation } from '@/features/voice/use-dictation';
import { chosenCommand, pickCommand } from '../slash-commands';
import type { CommandSpec } from '../types';

/**
 * The message box: Enter sends, Shift+Enter starts a new line, ↑ in an empty box puts the last
 * message back to edit; a leading "/" opens the command menu (↑/↓ to move, Enter or Tab to
 * pick, Esc to close), and a chosen command shows its usage as a hint. The workspace's prompt
 * templates follow the commands in the menu: picking one asks for its variables and puts the
 * filled text in the box. The microphone dictates into the box; nothing is sent by itself.
 */
export function ChatInput({
  commands,
  templates = [],
  lastMessage,
  running,
  onSend,
  onStop,
  stopping = false,
}: {
  commands: readonly CommandSpec[];
  /** The workspace's prompt templates, offered after the commands in the "/" menu. */
  templates?: readonly PromptTemplate[];
  lastMessage: string | null;
  running: boolean;
  onSend: (content: string) => void;
  onStop: () => void;
  stopping?: boolean;
}) {
  const [value, setValue] = useState('');
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [filling, setFilling] = useState<PromptTemplate | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const menuId = `${id}-commands`;
  const hintId = `${id}-hint`;

  const matches = useMemo(() => matchSlashItems(commands, templates, value), [commands, templates, value]);
  const menuOpen = !!matches && matches.length > 0 && dismissed !== value;
  const activeIndex = menuOpen ? Math.min(active, matches.length - 1) : -1;
  const chosen = useMemo(() => chosenCommand(commands, value), [commands, value]);

  const change = (next: string) => {
    setValue(next);
    setActive(0);
  };
  const dictation = useDictation(change);

  const send = () => {
    const content = value.trim();
    // while a template's form is open, Enter belongs to it
    if (!content || running || filling) return;
    dictation.stop();
    onSend(content);
    change('');
  };

  const pick = (item: SlashItem) => {
    if (item.kind === 'command') {
      change(pickCommand(item.command));
      box.current?.focus();
    } else if (item.template.variables.length === 0) {
      change(fillTemplate(item.template.body, {}));
      box.current?.focus();
    } else {
      setDismissed(value);
      setFilling(item.template);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (menuOpen) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        setActive((activeIndex + 1) % matches.length);
        return;
      }
      if (e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((activeIndex - 1 + matches.length) % matches.length);
        return;
      }
      if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Tab') {
        e.preventDefault();
        pick(matches[activeIndex]!);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setDismissed(value);
        return;
      }
    }
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      send();
      return;
    }
    if (e.key === 'ArrowUp' && value === '' && lastMessage) {
      e.preventDefault();
      change(lastMessage);
    }
  };

  return (
    <div className="relative border-t border-slate-200 p-2 dark:border-slate-700">
      {menuOpen && (
        <ul
          id={menuId}
          role="listbox"
          aria-label="Commands"
          className="absolute right-2 bottom-full left-2 z-20 mb-1 max-h-64 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {matches.map((item, i) => (
            <li
              key={slashItemKey(item)}
              id={`${menuId}-${slashItemKey(item)}`}
              role="option"
              aria-selected={i === activeIndex}
              // mousedown, not click: the box keeps its focus
              onMouseDown={(e) => {
                e.preventDefault();
                pick(item);
              }}
              className={`cursor-pointer px-3 py-1.5 ${
                i === activeIndex ? 'bg-teal-50 text-teal-900 dark:bg-teal-900/40 dark:text-teal-100' : 'text-slate-800 dark:text-slate-100'
              }`}
            >
              {item.kind === 'command' ? (
                <>
                  <span className="font-mono font-medium">/{item.command.name}</span>
                  <span className="ml-2 text-slate-500 dark:text-slate-400">{item.command.description}</span>
                </>
              ) : (
                <>
                  <span className="font-mono font-medium">/{item.template.name}</span>
                  <span className="ml-2 rounded bg-slate-100 px-1 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                    template
                  </span>
                  <span className="ml-2 text-slate-500 dark:text-slate-400">{item.template.description}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {filling && (
        <TemplateFillForm
          key={filling.id}
          template={filling}
          onInsert={(text) => {
            setFilling(null);
            change(text);
            box.current?.focus();
          }}
          onCancel={() => {
            setFilling(null);
            box.current?.focus();
          }}
        />
      )}
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <label htmlFor={`${id}-box`} className="sr-only">
          Message
        </label>
        <textarea
          ref={box}
          id={`${id}-box`}
          // a textarea keeps its textbox role (ARIA in HTML); these tie it to the menu
          aria-controls={menuOpen ? menuId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={menuOpen ? `${menuId}-${slashItemKey(matches[activeIndex]!)}` : undefined}
          aria-describedby={chosen ? hintId : undefined}
          rows={2}
          value={value}
          placeholder="Ask about your data, or type / for commands"
          onChange={(e) => {
            // typing takes over from dictation, which would overwrite the edit
            if (dictation.listening) dictation.stop();
            change(e.target.value);
          }}
          onKeyDown={onKeyDown}
          className="min-h-10 flex-1 resize-y rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-400 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        />
        <DictationButton dictation={dictation} text={value} />
        {running ? (
          <Button variant="secondary" onClick={onStop} pending={stopping}>
            Stop
          </Button>
        ) : (
          <Button type="submit" disabled={!value.trim()}>
            Send
          </Button>
        )}
      </form>
      <DictationStatus dictation={dictation} />
      {chosen && (
        <p id={hintId} className="mt-1 font-mono text-xs text-slate-600 dark:text-slate-300" data-testid="command-hint">
          {chosen.usage}
          <span className="ml-2 font-sans text-slate-500 dark:text-slate-400">{chosen.description}</span>
        </p>
      )}
    </div>
  );
}
