package dev.gridsight.catalog.internal;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.TooManyRequests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class QuerySlotsTest {

	private final QuerySlots slots = new QuerySlots(2);

	private final UUID alice = UUID.randomUUID();

	private final UUID bob = UUID.randomUUID();

	@Test
	void aUserPastTheLimitIsToldToWaitWhileOthersStillRun() {
		QuerySlots.Slot first = slots.take(alice);
		QuerySlots.Slot second = slots.take(alice);
		assertThatThrownBy(() -> slots.take(alice)).isInstanceOf(TooManyRequests.class)
			.hasMessageContaining("2 SQL queries running");
		assertThatNoException().isThrownBy(() -> slots.take(bob).close());
		first.close();
		assertThatNoException().isThrownBy(() -> slots.take(alice).close());
		second.close();
	}

	@Test
	void aFailedQueryGivesItsSlotBack() {
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> {
				try (QuerySlots.Slot slot = slots.take(alice)) {
					throw new IllegalStateException("the query failed");
				}
			}).isInstanceOf(IllegalStateException.class);
		}
		assertThatNoException().isThrownBy(() -> {
			slots.take(alice);
			slots.take(alice);
		});
	}

}
