/** The charts feature's face to other features: the dashboard adds charts to a tab with it. */
export { AddChartDialog } from './components/add-chart-dialog';
