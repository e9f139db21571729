package dev.gridsight.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

import dev.gridsight.platform.AuditEvent;

/**
 * Failed sign-ins for e-mails without an account, summed up per client address so that
 * someone trying made-up e-mails cannot fill the audit log: the first one from an address
 * is written at once; the others within the window are only counted and written as one
 * summary row when the window closes (a sweep every minute, and when the application
 * stops). Counts not yet written live in memory, like the throttle's.
 */
class UnknownAccountFailures {

	static final String ACTION = "login_failed_unknown_account";

	private static final int MAX_ADDRESSES = 10_000;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration window;

	private final Map<String, Window> open = new HashMap<>();

	UnknownAccountFailures(ApplicationEventPublisher events, Clock clock, Duration window) {
		this.events = events;
		this.clock = clock;
		this.window = window;
	}

	private record Window(String address, Instant start, int more) {

		Window plusOne() {
			return new Window(address, start, more + 1);
		}

	}

	void failed(String email, String clientAddress) {
		Instant now = clock.instant();
		Window closed = null;
		boolean writeNow;
		synchronized (this) {
			Window current = open.get(clientAddress);
			if (current != null && !isOver(current, now)) {
				open.put(clientAddress, current.plusOne());
				writeNow = false;
			}
			else {
				closed = current == null ? null : open.remove(clientAddress);
				// when too many addresses are open, each failure gets its own row
				if (open.size() < MAX_ADDRESSES) {
					open.put(clientAddress, new Window(clientAddress, now, 0));
				}
				writeNow = true;
			}
		}
		if (closed != null) {
			summarize(closed);
		}
		if (writeNow) {
			events.publishEvent(AuditEvent.of(null, email, ACTION, "client_address", clientAddress,
					"1 failed sign-in for an unknown e-mail from " + clientAddress + "; more from this address until "
							+ now.plus(window) + " are summed up in one row"));
		}
	}

	/** Writes the summaries of the windows that have ended. */
	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void closeEnded() {
		Instant now = clock.instant();
		close(entry -> isOver(entry, now));
	}

	/** Writes every summary now, ended or not: when the application stops. */
	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		close(entry -> true);
	}

	private void close(java.util.function.Predicate<Window> which) {
		List<Window> closed = new ArrayList<>();
		synchronized (this) {
			for (Iterator<Window> it = open.values().iterator(); it.hasNext();) {
				Window entry = it.next();
				if (which.test(entry)) {
					it.remove();
					closed.add(entry);
				}
			}
		}
		closed.forEach(this::summarize);
	}

	private void summarize(Window closed) {
		if (closed.more() == 0) {
			return;
		}
		Instant end = closed.start().plus(window);
		events.publishEvent(AuditEvent.of(null, null, ACTION, "client_address", closed.address(),
				closed.more() + " more failed sign-ins for unknown e-mails from " + closed.address() + " between "
						+ closed.start() + " and " + end));
	}

	private boolean isOver(Window entry, Instant now) {
		return !entry.start().plus(window).isAfter(now);
	}

}
