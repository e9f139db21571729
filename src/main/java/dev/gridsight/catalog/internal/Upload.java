package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An uploaded file's content, saved where the importer wants it (a move when the server
 * allows).
 */
@FunctionalInterface
interface Upload {

	void saveTo(Path target) throws IOException;

}
