import { NotBuiltYet } from '@/components/layout';

export default function EnergyPage() {
  return (
    <NotBuiltYet
      title="Energy"
      message="Energy is not built yet."
      plan="You will plan when flexible loads run against your tariff and see what each plan saves."
    />
  );
}
