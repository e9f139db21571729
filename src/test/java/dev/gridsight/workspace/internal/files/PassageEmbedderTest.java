package dev.gridsight.workspace.internal.files;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.TooManyRequests;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PassageEmbedderTest {

	final PassageEmbedder embedder = new PassageEmbedder(null, null, null,
			new FilesSettings(null, 0, 0, 0, 0, null, 1, 1));

	@Test
	void refusesAnUploadPastTheRunningAndWaitingFilesBeforeAnythingIsStored() {
		embedder.reserve();
		embedder.reserve();

		assertThatThrownBy(embedder::reserve).isInstanceOf(TooManyRequests.class)
			.hasMessageContaining("Too many files");
	}

	@Test
	void aCancelledPlaceIsGivenBackOnce() {
		embedder.reserve();
		PassageEmbedder.Slot second = embedder.reserve();

		second.cancel();
		second.cancel();

		assertThatCode(embedder::reserve).doesNotThrowAnyException();
		assertThatThrownBy(embedder::reserve).isInstanceOf(TooManyRequests.class);
	}

}
