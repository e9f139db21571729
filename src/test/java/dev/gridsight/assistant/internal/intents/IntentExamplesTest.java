package dev.gridsight.assistant.internal.intents;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntentExamplesTest {

	@Test
	void seedsEveryIntentWithTwelveToTwentyFiveExamples() {
		IntentExamples seeded = IntentExamples.seeded();

		assertThat(seeded.intents()).containsExactlyInAnyOrder(Intent.values());
		for (Intent intent : Intent.values()) {
			assertThat(seeded.examplesOf(intent)).as(intent.id()).hasSizeBetween(12, 25);
			assertThat(seeded.descriptionOf(intent)).as(intent.id()).isNotBlank();
		}
	}

	@Test
	void rejectsUnknownIntentNamingTheKnownOnes() {
		assertThatThrownBy(() -> IntentExamples.of(Map.of("weather", List.of("is it raining"))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("unknown intent 'weather'")
			.hasMessageContaining("chart, kpi");
	}

	@Test
	void rejectsIntentWithoutExamplesAndBlankExamples() {
		Map<String, List<String>> edited = new LinkedHashMap<>();
		edited.put("pin", List.of());
		edited.put("tab", List.of("open the sales tab", "  "));

		assertThatThrownBy(() -> IntentExamples.of(edited)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("intent 'pin' has no examples")
			.hasMessageContaining("intent 'tab' has an empty example");
	}

	@Test
	void rejectsDuplicatesWithinAndAcrossIntentsIgnoringCaseAndEndPunctuation() {
		Map<String, List<String>> edited = new LinkedHashMap<>();
		edited.put("pin", List.of("pin this chart", "Pin this  chart!"));
		edited.put("chart", List.of("show revenue"));
		edited.put("kpi", List.of("show revenue?"));

		assertThatThrownBy(() -> IntentExamples.of(edited)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("'Pin this  chart!' appears twice under 'pin'")
			.hasMessageContaining("'show revenue?' is an example of both 'chart' and 'kpi'");
	}

	@Test
	void rejectsOverlongExample() {
		assertThatThrownBy(() -> IntentExamples.of(Map.of("chart", List.of("x".repeat(201)))))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("longer than 200 characters");
	}

	@Test
	void rejectsMalformedJsonAndIntentListedTwice() {
		assertThatThrownBy(() -> IntentExamples.fromJson(json("{\"intents\": ["))).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("not valid JSON");
		assertThatThrownBy(() -> IntentExamples.fromJson(json(
				"{\"intents\":[{\"name\":\"pin\",\"examples\":[\"pin it\"]},{\"name\":\"pin\",\"examples\":[\"pin that\"]}]}")))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("intent 'pin' is listed twice");
	}

	@Test
	void roundTripsThroughTheEditableMap() {
		IntentExamples seeded = IntentExamples.seeded();

		IntentExamples copy = IntentExamples.of(seeded.asMap());

		assertThat(copy.all()).isEqualTo(seeded.all());
	}

	private static ByteArrayInputStream json(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
