package dev.gridsight.chat;

import java.util.UUID;

/**
 * A turn event as the socket carries it on {@code /topic/chat.sessions.{id}}: {@code seq}
 * counts up across the whole session, so a client that reconnects asks for what came
 * after the last number it saw ({@code GET /api/chat/sessions/{id}/events?after=N}) and
 * drops any number it already has.
 */
public record SequencedEvent(UUID sessionId, UUID turnId, long seq, TurnEvent event) {
}
