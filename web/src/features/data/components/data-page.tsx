import { NotBuiltYet } from '@/components/layout';

export default function DataPage() {
  return (
    <NotBuiltYet
      title="Data"
      message="Data is not built yet."
      plan="You will upload datasets to the workspace and browse their tables and columns here."
    />
  );
}
