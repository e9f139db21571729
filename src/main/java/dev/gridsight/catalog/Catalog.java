package dev.gridsight.catalog;

import java.util.UUID;

/**
 * What other modules may ask of the catalog; every call checks the user may read the
 * dataset.
 */
public interface Catalog {

	/** The dataset's schema, if the user may read it; not found otherwise. */
	DatasetSchema readable(UUID datasetId, UUID userId);

}
