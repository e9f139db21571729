package dev.gridsight.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings read from {@code gridsight.*} (environment: {@code GRIDSIGHT_*}).
 *
 * @param dataDir where the embedded databases and uploads live
 * @param sampleData whether first start seeds sample data
 * @param maxJsonBody the largest JSON request body accepted
 * @param publicUrl the URL printed at start and used in links
 * @param maxAppendBody the largest body of a dataset append
 * ({@code /api/datasets/{id}/rows})
 */
@ConfigurationProperties("gridsight")
public record GridsightProperties(Path dataDir, boolean sampleData, DataSize maxJsonBody, String publicUrl,
		DataSize maxAppendBody) {

	public GridsightProperties {
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
		if (maxJsonBody == null) {
			maxJsonBody = DataSize.ofMegabytes(1);
		}
		if (maxAppendBody == null) {
			maxAppendBody = DataSize.ofMegabytes(64);
		}
	}

}
