package dev.gridsight.workspace.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.platform.GridsightProperties;

/**
 * The bytes of workspace files, one file per id under
 * {@code <data dir>/workspace-files/}: the database keeps their description and text, not
 * megabytes of PDF (H2 caps a binary column at 1 MB).
 */
@Component
class FileStore {

	private final Path root;

	FileStore(GridsightProperties properties) {
		this.root = properties.dataDir().toAbsolutePath().normalize().resolve("workspace-files");
	}

	void write(UUID id, byte[] bytes) {
		try {
			Files.createDirectories(root);
			Path partial = root.resolve(id + ".part");
			Files.write(partial, bytes);
			Files.move(partial, path(id), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not store workspace file " + id, ex);
		}
	}

	/** The bytes, or empty when the file is gone from the disk. */
	Optional<byte[]> read(UUID id) {
		try {
			return Optional.of(Files.readAllBytes(path(id)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read workspace file " + id, ex);
		}
	}

	void delete(UUID id) {
		try {
			Files.deleteIfExists(path(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not delete workspace file " + id, ex);
		}
	}

	private Path path(UUID id) {
		return root.resolve(id.toString());
	}

}
