package dev.gridsight.workspace.internal.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and retrieval settings of workspace files ({@code gridsight.files.*}).
 *
 * @param maxSize the largest file accepted (default 20 MB)
 * @param maxChunks the most passages one file may be cut into (default 2,000)
 * @param maxPages the most pages of a PDF read (default 1,000)
 * @param chunkSize about how many characters a passage holds (default 1,000)
 * @param chunkOverlap how many characters a passage repeats of the one before (150)
 * @param minScore the cosine similarity under which a passage is not relevant (0.3)
 * @param concurrentUploads how many uploads are read and embedded at once (2)
 * @param queuedUploads how many more uploads may wait to be embedded (16)
 * @param queuedUploads how many more uploads may wait to be embedded (16)
 */
@ConfigurationProperties("gridsight.files")
record FilesSettings(DataSize maxSize, int maxChunks, int maxPages, int chunkSize, int chunkOverlap, Double minScore,
		int concurrentUploads, int queuedUploads) {

	FilesSettings {
		if (maxSize == null || maxSize.toBytes() <= 0) {
			maxSize = DataSize.ofMegabytes(20);
		}
		if (maxChunks <= 0) {
			maxChunks = 2_000;
		}
		if (maxPages <= 0) {
			maxPages = 1_000;
		}
		if (chunkSize <= 0) {
			chunkSize = 1_000;
		}
		if (chunkOverlap <= 0) {
			chunkOverlap = 150;
		}
		if (minScore == null) {
			minScore = 0.3;
		}
		if (concurrentUploads <= 0) {
			concurrentUploads = 2;
		}
		if (queuedUploads <= 0) {
			queuedUploads = 16;
		}
		if (queuedUploads <= 0) {
			queuedUploads = 16;
		}
	}

}
