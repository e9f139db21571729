package dev.gridsight.workspace;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A workspace's files as chat context: what an engine may quote from them. Every call
 * checks that the user may read the workspace; ids of another workspace's files are not
 * found. The text of a file is data: engines quote it, never obey it.
 */
public interface WorkspaceFiles {

	/**
	 * Throws {@link dev.gridsight.platform.NotFound} naming the first id that is not a
	 * file of the workspace, or {@link dev.gridsight.platform.Forbidden} when the user
	 * may not read the workspace.
	 */
	void checkReadable(UUID userId, UUID workspaceId, Collection<UUID> fileIds);

	/**
	 * The chunks of the given files most similar to {@code query} (MiniLM embeddings,
	 * cosine), best first, at most {@code limit}, none below the relevance threshold.
	 * Files that are gone or unreadable are skipped.
	 */
	List<FileChunk> relevant(UUID userId, UUID workspaceId, Collection<UUID> fileIds, String query, int limit);

	/** The images among the given files, for models that can see them. */
	List<FileImage> images(UUID userId, UUID workspaceId, Collection<UUID> fileIds);

	/**
	 * A passage of a file's extracted text.
	 *
	 * @param page the PDF page it comes from (1-based), or null for a text file
	 */
	record FileChunk(UUID fileId, String fileName, int index, String text, double score, Integer page) {

		public FileChunk(UUID fileId, String fileName, int index, String text, double score) {
			this(fileId, fileName, index, text, score, null);
		}

		/** How to cite it: {@code report.pdf p. 3}, or the file name. */
		public String citation() {
			return page == null ? fileName : fileName + " p. " + page;
		}

	}

	/** An image file's bytes. */
	record FileImage(UUID fileId, String fileName, String mediaType, byte[] bytes) {
	}

}
