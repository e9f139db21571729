package dev.gridsight.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownAccountFailuresTest {

	final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();

	final List<AuditEvent> written = new ArrayList<>();

	final UnknownAccountFailures failures = new UnknownAccountFailures(event -> written.add((AuditEvent) event), clock,
			Duration.ofMinutes(15));

	@Test
	void writesTheFirstFailureOfAnAddressAtOnceAndSumsUpTheRestWhenTheWindowEnds() {
		for (int i = 0; i < 50; i++) {
			failures.failed("nobody-" + UUID.randomUUID() + "@x", "1.2.3.4");
		}
		assertThat(written).hasSize(1);

		clock.now = clock.now.plus(Duration.ofMinutes(14));
		failures.closeEnded();
		assertThat(written).hasSize(1);

		clock.now = clock.now.plus(Duration.ofMinutes(1));
		failures.closeEnded();
		assertThat(written).hasSize(2)
			.allSatisfy(event -> assertThat(event.action()).isEqualTo("login_failed_unknown_account"))
			.allSatisfy(event -> assertThat(event.targetId()).isEqualTo("1.2.3.4"));
		assertThat(written.stream().mapToInt(UnknownAccountFailuresTest::reported).sum()).isEqualTo(50);
	}

	@Test
	void keepsOneWindowPerAddress() {
		failures.failed("a@x", "1.2.3.4");
		failures.failed("b@x", "5.6.7.8");
		failures.failed("c@x", "5.6.7.8");
		failures.closeAll();

		assertThat(written).extracting(AuditEvent::targetId).containsExactly("1.2.3.4", "5.6.7.8", "5.6.7.8");
		assertThat(written).extracting(UnknownAccountFailuresTest::reported).containsExactly(1, 1, 1);
	}

	@Test
	void aFailureAfterTheWindowSumsUpTheOldWindowAndOpensANewOne() {
		for (int i = 0; i < 3; i++) {
			failures.failed("x" + i + "@x", "1.2.3.4");
		}
		clock.now = clock.now.plus(Duration.ofMinutes(20));
		failures.failed("late@x", "1.2.3.4");

		assertThat(written).extracting(UnknownAccountFailuresTest::reported).containsExactly(1, 2, 1);
		assertThat(written.get(0).actorEmail()).isEqualTo("x0@x");
	}

	@Test
	void writesNoSummaryWhenTheFirstFailureWasTheOnlyOne() {
		failures.failed("a@x", "1.2.3.4");
		clock.now = clock.now.plus(Duration.ofMinutes(15));
		failures.closeEnded();

		assertThat(written).hasSize(1);
	}

	static int reported(AuditEvent event) {
		return Integer.parseInt(event.detail().substring(0, event.detail().indexOf(' ')));
	}

}
