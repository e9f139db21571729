package dev.gridsight.dashboard;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayoutTest {

	@Test
	void acceptsPlacesInsideTheTwelveColumnGrid() {
		assertThat(new Layout(0, 0, 12, 1).bottom()).isEqualTo(1);
		assertThat(new Layout(11, 10_000, 1, 100).bottom()).isEqualTo(10_100);
	}

	@Test
	void refusesNegativeOrAbsurdPlacesNamingTheField() {
		assertThatThrownBy(() -> new Layout(-1, 0, 6, 4)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("layout.x");
		assertThatThrownBy(() -> new Layout(0, -1, 6, 4)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("layout.y");
		assertThatThrownBy(() -> new Layout(0, 0, 0, 4)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("layout.w");
		assertThatThrownBy(() -> new Layout(7, 0, 6, 4)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("layout.w");
		assertThatThrownBy(() -> new Layout(0, 0, 6, 0)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("layout.h");
		assertThatThrownBy(() -> new Layout(0, 0, 6, 101)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("layout.h");
		assertThatThrownBy(() -> new Layout(1, 0, Integer.MAX_VALUE, 4)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("layout.w");
		assertThatThrownBy(() -> new Layout(0, Integer.MAX_VALUE, 6, 4)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("layout.y");
	}

}
