package dev.gridsight.dashboard;

import java.util.UUID;

/**
 * A note or heading on a tab: markdown exactly as written, which the web app renders
 * sanitized (never as raw HTML).
 */
public record TextCard(UUID id, String markdown, Layout layout) {
}
