package dev.gridsight.assistant.internal.builtin;

import org.junit.jupiter.api.Test;

import dev.gridsight.assistant.internal.intents.Intent;

import static org.assertj.core.api.Assertions.assertThat;

class LeadingVerbTest {

	@Test
	void aMessageOpeningWithACommandsOwnVerbMeansThatCommand() {
		assertThat(LeadingVerb.of("pin it to the tab")).contains(Intent.PIN);
		assertThat(LeadingVerb.of("Please, pin this")).contains(Intent.PIN);
		assertThat(LeadingVerb.of("can you share the tab publicly")).contains(Intent.SHARE);
		assertThat(LeadingVerb.of("describe restaurant_orders")).contains(Intent.DESCRIBE);
	}

	@Test
	void theVerbElsewhereOrInsideAWordDecidesNothing() {
		assertThat(LeadingVerb.of("what share of sales is delivery")).isEmpty();
		assertThat(LeadingVerb.of("pinball sales by day")).isEmpty();
		assertThat(LeadingVerb.of("sharepoint exports per week")).isEmpty();
		assertThat(LeadingVerb.of("")).isEmpty();
		assertThat(LeadingVerb.of(null)).isEmpty();
	}

}
