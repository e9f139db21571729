import { NotBuiltYet } from '@/components/layout';

export default function ChatPage() {
  return (
    <NotBuiltYet
      title="Chat"
      message="Chat is not built yet."
      plan="You will ask questions about your data in plain language and get tables and charts back."
    />
  );
}
