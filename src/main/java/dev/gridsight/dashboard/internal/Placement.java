package dev.gridsight.dashboard.internal;

import java.util.UUID;

import dev.gridsight.chart.TimeWindow;
import dev.gridsight.dashboard.Layout;

/** A chart on a tab: where, in which order, and its own window (null: the tab's). */
record Placement(UUID tabId, UUID chartId, Layout layout, TimeWindow window, int position) {
}
