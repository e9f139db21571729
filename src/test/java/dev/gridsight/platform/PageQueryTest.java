package dev.gridsight.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageQueryTest {

	@Test
	void defaultsToTheFirstPageOfFifty() {
		PageQuery query = PageQuery.of(null, null);
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(50);
		assertThat(PageQuery.of(3, 20).offset()).isEqualTo(60);
	}

	@Test
	void rejectsANegativePageAndAnOversizedPage() {
		assertThatThrownBy(() -> PageQuery.of(-1, 10)).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> PageQuery.of(0, 201)).isInstanceOf(InvalidInput.class).hasMessageContaining("200");
	}

}
