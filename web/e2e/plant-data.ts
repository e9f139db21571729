/**
 * A few weeks of the sample plant (docs/sample-data.md, `plant_hourly.csv`) for a server started
 * without sample data: the same columns and units, balances that hold on every row, and each
 * GTA's power = a·admission + b·extraction + c of `PlantHourly.TURBINES` plus a little noise.
 * Deterministic: a fixed seed.
 */

const TURBINES = [
  { id: 'gta1', a: 0.172, b: -0.048, c: -1.6, max: 180, share: 0.36 },
  { id: 'gta2', a: 0.165, b: -0.055, c: -1.4, max: 180, share: 0.34 },
  { id: 'gta3', a: 0.18, b: -0.045, c: -2.0, max: 160, share: 0.3 },
] as const;

/** Units of the measure columns, as the sample catalog sets them. */
export const PLANT_UNITS: Record<string, string> = {
  electricity_demand_mw: 'MW',
  steam_demand_tph: 't/h',
  ...Object.fromEntries(
    TURBINES.flatMap((t) => [
      [`${t.id}_admission_tph`, 't/h'],
      [`${t.id}_extraction_tph`, 't/h'],
      [`${t.id}_power_mw`, 'MW'],
    ]),
  ),
  boiler_steam_tph: 't/h',
  heat_recovery_steam_tph: 't/h',
  grid_import_mw: 'MW',
  price_eur_per_mwh: 'EUR/MWh',
};

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:00:00`;

/** `days` of hourly rows from `start` (UTC midnight), as CSV text. */
export function plantCsv(start = '2025-03-01T00:00:00Z', days = 21): string {
  const rand = random(20250301);
  const header = [
    'ts',
    'electricity_demand_mw',
    'steam_demand_tph',
    ...TURBINES.flatMap((t) => [`${t.id}_admission_tph`, `${t.id}_extraction_tph`, `${t.id}_power_mw`, `${t.id}_status`]),
    'boiler_steam_tph',
    'heat_recovery_steam_tph',
    'grid_import_mw',
    'tariff_period',
    'price_eur_per_mwh',
  ];
  const lines = [header.join(',')];
  const t0 = Date.parse(start);
  for (let h = 0; h < days * 24; h++) {
    const at = new Date(t0 + h * 3_600_000);
    const hour = at.getUTCHours();
    const weekday = at.getUTCDay() % 6 !== 0;
    const period = weekday && hour >= 17 && hour < 21 ? 'peak' : hour >= 6 && hour < 21 ? 'standard' : 'off_peak';
    const price = (period === 'peak' ? 142 : period === 'standard' ? 91 : 56) + (rand() - 0.5) * 4;
    const daily = Math.sin(((hour - 6) / 24) * 2 * Math.PI);
    const steam = 330 + 55 * daily + (rand() - 0.5) * 20;
    const target = 58 + 14 * daily + (weekday ? 4 : -6) + (rand() - 0.5) * 4;
    const recovery = Math.min(55, Math.max(15, 20 + 0.4 * (target - 40)));
    let boiler = 12;
    const machines = TURBINES.map((t) => {
      let extraction = (steam - recovery - boiler) * t.share;
      const admissionFree = 12 + rand() * 10;
      if (extraction + admissionFree > t.max) extraction = t.max - admissionFree;
      const admission = extraction + admissionFree;
      const noise = (rand() - 0.5) * 0.6;
      return { extraction, admission, power: t.a * admission + t.b * extraction + t.c + noise };
    });
    boiler = steam - recovery - machines.reduce((s, m) => s + m.extraction, 0);
    const made = machines.reduce((s, m) => s + m.power, 0);
    const electricity = Math.max(target, made + 2);
    const fmt = (v: number) => v.toFixed(3);
    lines.push(
      [
        stamp(at),
        fmt(electricity),
        fmt(steam),
        ...machines.flatMap((m) => [fmt(m.admission), fmt(m.extraction), fmt(m.power), 'on']),
        fmt(boiler),
        fmt(recovery),
        fmt(electricity - made),
        period,
        fmt(price),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
