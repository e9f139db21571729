package dev.gridsight.workspace.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.gridsight.platform.GridsightProperties;
import dev.gridsight.workspace.internal.WorkspaceDeleted;

/**
 * The bytes of workspace files, one file per id under
 * {@code <data dir>/workspace-files/<workspace id>/}: the database keeps their
 * description and text, not megabytes of PDF (H2 caps a binary column at 1 MB). A deleted
 * workspace's directory goes once the deletion is committed.
 */
@Component
class FileStore {

	private static final Logger log = LoggerFactory.getLogger(FileStore.class);

	private final Path root;

	FileStore(GridsightProperties properties) {
		this.root = properties.dataDir().toAbsolutePath().normalize().resolve("workspace-files");
	}

	void write(UUID workspaceId, UUID id, byte[] bytes) {
		try {
			Path directory = directory(workspaceId);
			Files.createDirectories(directory);
			Path partial = directory.resolve(id + ".part");
			Files.write(partial, bytes);
			Files.move(partial, path(workspaceId, id), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store workspace file " + id, ex);
		}
	}

	/** The bytes, or empty when the file is gone from the disk. */
	Optional<byte[]> read(UUID workspaceId, UUID id) {
		try {
			return Optional.of(Files.readAllBytes(path(workspaceId, id)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read workspace file " + id, ex);
		}
	}

	void delete(UUID workspaceId, UUID id) {
		try {
			Files.deleteIfExists(path(workspaceId, id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not delete workspace file " + id, ex);
		}
	}

	/** Every file of a deleted workspace, after the deletion committed. */
	@TransactionalEventListener
	void on(WorkspaceDeleted deleted) {
		Path directory = directory(deleted.workspaceId());
		if (!Files.isDirectory(directory)) {
			return;
		}
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(directory);
		}
		catch (IOException ex) {
			log.warn("Could not delete the files of deleted workspace {} under {}", deleted.workspaceId(), directory,
					ex);
		}
	}

	boolean exists(UUID workspaceId) {
		return Files.isDirectory(directory(workspaceId));
	}

	private Path directory(UUID workspaceId) {
		return root.resolve(workspaceId.toString());
	}

	private Path path(UUID workspaceId, UUID id) {
		return directory(workspaceId).resolve(id.toString());
	}

}
