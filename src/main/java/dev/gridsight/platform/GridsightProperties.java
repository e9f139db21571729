package dev.gridsight.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
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
 * @param importLimits what an uploaded file may become ({@code gridsight.import.*})
 * @param sources external data sources ({@code gridsight.sources.*})
 */
@ConfigurationProperties("gridsight")
public record GridsightProperties(Path dataDir, boolean sampleData, DataSize maxJsonBody, String publicUrl,
		DataSize maxAppendBody, @Name("import") ImportLimits importLimits, Sources sources) {

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
		if (importLimits == null) {
			importLimits = new ImportLimits(0, 0, null, null);
		}
		if (sources == null) {
			sources = new Sources(false);
		}
	}

	/**
	 * Limits on what one import may become, so that a small file cannot turn into a
	 * resource bomb (0 or absent: the default).
	 *
	 * @param maxColumns columns per dataset (or per table of a nested JSON file)
	 * @param maxXlsxRows data rows read from a workbook's sheet
	 * @param maxCellSize bytes in one text cell (CSV, TSV, JSON, NDJSON, XLSX)
	 * @param maxXlsxUncompressed bytes a workbook may inflate to (all its parts)
	 */
	public record ImportLimits(int maxColumns, long maxXlsxRows, DataSize maxCellSize, DataSize maxXlsxUncompressed) {

		public ImportLimits {
			if (maxColumns <= 0) {
				maxColumns = 1_000;
			}
			if (maxXlsxRows <= 0) {
				maxXlsxRows = 1_000_000;
			}
			if (maxCellSize == null || maxCellSize.toBytes() <= 0) {
				maxCellSize = DataSize.ofMegabytes(1);
			}
			if (maxXlsxUncompressed == null || maxXlsxUncompressed.toBytes() <= 0) {
				maxXlsxUncompressed = DataSize.ofGigabytes(1);
			}
		}

	}

	/**
	 * @param allowPrivate whether a source may live on a loopback, private, link-local or
	 * unique-local address (off: such a host is refused, against SSRF)
	 */
	public record Sources(boolean allowPrivate) {
	}

}
