import { NotBuiltYet } from '@/components/layout';

export default function DashboardPage() {
  return (
    <NotBuiltYet
      title="Dashboard"
      message="Dashboards are not built yet."
      plan="Charts you pin from Chat and Data will be arranged here and kept up to date."
    />
  );
}
