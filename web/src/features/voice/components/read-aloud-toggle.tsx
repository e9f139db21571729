/** "Read answers aloud", in the chat header; absent where the browser cannot speak. */
export function ReadAloudToggle({
  supported,
  enabled,
  toggle,
}: {
  supported: boolean;
  enabled: boolean;
  toggle: () => void;
}) {
  if (!supported) return null;
  return (
    <label className="flex items-center gap-1 text-xs whitespace-nowrap text-slate-700 dark:text-slate-300">
      <input type="checkbox" checked={enabled} onChange={toggle} />
      Read answers aloud
    </label>
  );
}
