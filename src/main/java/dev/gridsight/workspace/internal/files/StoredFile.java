package dev.gridsight.workspace.internal.files;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A workspace file as the database describes it (its bytes are in {@link FileStore}). */
record StoredFile(UUID id, UUID workspaceId, String name, String mediaType, String charset, String kind, long size,
		int chunks, Integer pages, String status, OffsetDateTime createdAt, UUID createdBy, String createdByName) {

	StoredFile withName(String newName) {
		return new StoredFile(id, workspaceId, newName, mediaType, charset, kind, size, chunks, pages, status,
				createdAt, createdBy, createdByName);
	}

	String contentType() {
		return charset == null ? mediaType : mediaType + ";charset=" + charset;
	}

}
