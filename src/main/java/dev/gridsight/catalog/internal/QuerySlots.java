package dev.gridsight.catalog.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

import dev.gridsight.platform.TooManyRequests;

/**
 * How many user SQL queries each user may run at once: one user's bombs cannot take every
 * core from the others. Past the limit the answer is 429, at once, never a wait.
 */
final class QuerySlots {

	private final int perUser;

	private final ConcurrentMap<UUID, Semaphore> running = new ConcurrentHashMap<>();

	QuerySlots(int perUser) {
		if (perUser < 1) {
			throw new IllegalArgumentException("At least one query per user.");
		}
		this.perUser = perUser;
	}

	/** A slot for this user, to close when the query ends; 429 when none is free. */
	Slot take(UUID userId) {
		Semaphore slots = this.running.computeIfAbsent(userId, key -> new Semaphore(this.perUser));
		if (!slots.tryAcquire()) {
			throw new TooManyRequests(
					"You already have " + this.perUser + " SQL queries running; wait for one to finish.",
					Duration.ofSeconds(1));
		}
		return slots::release;
	}

	/** A taken slot; closing it frees it. */
	@FunctionalInterface
	interface Slot extends AutoCloseable {

		@Override
		void close();

	}

}
