package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import dev.gridsight.platform.ContentTooLarge;
import dev.gridsight.platform.GridsightProperties.ImportLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The bombs found by attackers, made here, each refused quickly before DuckDB sees it,
 * and files just under the limits still let through.
 */
class ImportLimitsTest {

	static final ImportLimits DEFAULTS = new ImportLimits(0, 0, null, null);

	static final Duration QUICKLY = Duration.ofSeconds(10);

	@TempDir
	Path dir;

	@Test
	void defaultsAreAThousandColumnsAMillionRowsOneMebibytePerCellAndOneGibibyteInflated() {
		assertThat(DEFAULTS.maxColumns()).isEqualTo(1_000);
		assertThat(DEFAULTS.maxXlsxRows()).isEqualTo(1_000_000);
		assertThat(DEFAULTS.maxCellSize()).isEqualTo(DataSize.ofBytes(1 << 20));
		assertThat(DEFAULTS.maxXlsxUncompressed()).isEqualTo(DataSize.ofBytes(1L << 30));
	}

	@Test
	void refusesACsvWithAHundredThousandColumnsFromItsHeaderAlone() throws IOException {
		Path csv = dir.resolve("wide.csv");
		try (Writer out = Files.newBufferedWriter(csv)) {
			for (int row = 0; row < 2; row++) {
				for (int i = 0; i < 100_000; i++) {
					out.write(i == 0 ? "" : ",");
					out.write(row == 0 ? "c" + i : "1");
				}
				out.write('\n');
			}
		}
		assertTimeoutPreemptively(QUICKLY,
				() -> assertThatThrownBy(() -> TextFileCheck.checkHeader(csv, ',', "'wide.csv'", DEFAULTS))
					.isInstanceOf(ContentTooLarge.class)
					.hasMessageContaining("'wide.csv' has more than 1000 columns in its header")
					.hasMessageContaining("gridsight.import.max-columns")
					.hasMessageContaining("GRIDSIGHT_IMPORT_MAX_COLUMNS"));
		assertThatThrownBy(() -> TextFileCheck.check(csv, ',', "'wide.csv'", DEFAULTS))
			.isInstanceOf(ContentTooLarge.class);
	}

	@Test
	void acceptsAHeaderOfExactlyTheLimit() throws IOException {
		Path csv = dir.resolve("thousand.csv");
		StringBuilder text = new StringBuilder();
		for (int row = 0; row < 3; row++) {
			for (int i = 0; i < 1_000; i++) {
				text.append(i == 0 ? "" : ",").append(row == 0 ? "\"c," + i + "\"" : "1");
			}
			text.append('\n');
		}
		Files.writeString(csv, text);
		TextFileCheck.checkHeader(csv, ',', "'thousand.csv'", DEFAULTS);
		TextFileCheck.check(csv, ',', "'thousand.csv'", DEFAULTS);
	}

	@Test
	void refusesACellOfTwoMebibytesNamingItsLineAndColumn() throws IOException {
		Path csv = dir.resolve("cell.csv");
		try (Writer out = Files.newBufferedWriter(csv)) {
			out.write("id,comment\n1,short\n2,\"");
			out.write("x".repeat(2 << 20));
			out.write("\"\n");
		}
		assertTimeoutPreemptively(QUICKLY,
				() -> assertThatThrownBy(() -> TextFileCheck.check(csv, ',', "'cell.csv'", DEFAULTS))
					.isInstanceOf(ContentTooLarge.class)
					.hasMessageContaining("a cell larger than 1 MiB (line 3, column 2 \"comment\")")
					.hasMessageContaining("gridsight.import.max-cell-size"));
	}

	@Test
	void acceptsACellJustUnderTheLimit() throws IOException {
		Path tsv = dir.resolve("cell.tsv");
		Files.writeString(tsv, "id\tcomment\n1\t" + "é".repeat((1 << 19) - 1) + "\n");
		TextFileCheck.check(tsv, '\t', "'cell.tsv'", DEFAULTS);
	}

	@Test
	void refusesNdjsonWithTooManyFieldsOrTooLargeAText() throws IOException {
		Path wide = dir.resolve("wide.ndjson");
		try (Writer out = Files.newBufferedWriter(wide)) {
			for (int row = 0; row < 3; row++) {
				out.write("{");
				for (int i = 0; i < 400; i++) {
					out.write((i == 0 ? "" : ",") + "\"f" + (row * 400 + i) + "\":" + i);
				}
				out.write("}\n");
			}
		}
		assertThatThrownBy(() -> JsonRecordCheck.check(wide, "'wide.ndjson'", DEFAULTS))
			.isInstanceOf(ContentTooLarge.class)
			.hasMessageContaining("has more than 1000 columns in its records");

		Path big = dir.resolve("big.json");
		Files.writeString(big, "[{\"id\": 1, \"note\": {\"text\": \"" + "y".repeat(2 << 20) + "\"}}]");
		assertThatThrownBy(() -> JsonRecordCheck.check(big, "'big.json'", DEFAULTS)).isInstanceOf(ContentTooLarge.class)
			.hasMessageContaining("(record 1, field \"note\")");

		Path fine = dir.resolve("fine.ndjson");
		Files.writeString(fine, "{\"a\": 1, \"b\": \"" + "z".repeat((1 << 20) - 1) + "\"}\n{\"a\": 2}\n");
		JsonRecordCheck.check(fine, "'fine.ndjson'", DEFAULTS);
	}

	@Test
	void refusesAFlattenedJsonTableWiderThanTheLimit() {
		StringBuilder json = new StringBuilder("[{\"id\": 1, \"meter\": {");
		for (int i = 0; i < 1_000; i++) {
			json.append(i == 0 ? "" : ",").append("\"r").append(i).append("\": ").append(i);
		}
		json.append("}}]");
		var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.toString());
		JsonFlattener.FlatTable main = JsonFlattener.flatten(root).get(0);
		assertThatThrownBy(() -> JsonFlattener.checkLimits(main, "'nested.json'", DEFAULTS))
			.isInstanceOf(ContentTooLarge.class)
			.hasMessageContaining("'nested.json' has more than 1000 columns");
	}

	@Test
	void stopsReadingAWorkbookPastTheRowLimit() throws IOException {
		Path xlsx = dir.resolve("tall.xlsx");
		ImportLimits limits = new ImportLimits(0, 100_000, null, null);
		writeWorkbook(xlsx, 200_000);
		long start = System.nanoTime();
		assertTimeoutPreemptively(QUICKLY,
				() -> assertThatThrownBy(() -> XlsxToCsv.convert(xlsx, "'tall.xlsx'", limits))
					.isInstanceOf(ContentTooLarge.class)
					.hasMessageContaining("'tall.xlsx' has more than 100000 rows in its first sheet")
					.hasMessageContaining("gridsight.import.max-xlsx-rows"));
		System.out.printf("tall workbook refused in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		assertThat(Files.exists(dir.resolve("tall.xlsx.csv"))).isFalse();

		Path fits = dir.resolve("fits.xlsx");
		writeWorkbook(fits, 100_000);
		Path csv = XlsxToCsv.convert(fits, "'fits.xlsx'", limits);
		try (var lines = Files.lines(csv)) {
			assertThat(lines.count()).isEqualTo(100_001);
		}
	}

	@Test
	void refusesAWorkbookWhoseFirstRowIsTooWideOrWhoseCellIsTooLarge() throws IOException {
		Path wide = dir.resolve("wide.xlsx");
		try (OutputStream out = Files.newOutputStream(wide); Workbook workbook = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("data");
			sheet.value(0, 1_000, "far");
			sheet.value(1, 0, 1);
		}
		assertThatThrownBy(() -> XlsxToCsv.convert(wide, "'wide.xlsx'", DEFAULTS)).isInstanceOf(ContentTooLarge.class)
			.hasMessageContaining("has 1001 columns in the first row of its first sheet");

		Path cell = dir.resolve("cell.xlsx");
		try (OutputStream out = Files.newOutputStream(cell); Workbook workbook = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("data");
			sheet.value(0, 0, "id");
			sheet.value(0, 1, "comment");
			sheet.value(1, 0, 1);
			sheet.value(1, 1, "w".repeat((1 << 20) + 1));
		}
		assertThatThrownBy(() -> XlsxToCsv.convert(cell, "'cell.xlsx'", DEFAULTS)).isInstanceOf(ContentTooLarge.class)
			.hasMessageContaining("(row 2, column B)");
	}

	@Test
	void refusesAZipBombBeforeTheReaderInflatesIt() throws IOException {
		// 64 MiB of zeros compress to ~64 KiB; the limit is set at 16 MiB
		Path bomb = dir.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 64; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(Files.size(bomb)).isLessThan(1 << 20);
		ImportLimits limits = new ImportLimits(0, 0, null, DataSize.ofMegabytes(16));
		assertTimeoutPreemptively(QUICKLY,
				() -> assertThatThrownBy(() -> XlsxToCsv.convert(bomb, "'bomb.xlsx'", limits))
					.isInstanceOf(ContentTooLarge.class)
					.hasMessageContaining("'bomb.xlsx' inflates to more than 16 MiB of XML")
					.hasMessageContaining("GRIDSIGHT_IMPORT_MAX_XLSX_UNCOMPRESSED"));
	}

	@Test
	void namesSpreadsheetColumnsAsTheSpreadsheetDoes() {
		assertThat(XlsxToCsv.columnName(0)).isEqualTo("A");
		assertThat(XlsxToCsv.columnName(25)).isEqualTo("Z");
		assertThat(XlsxToCsv.columnName(26)).isEqualTo("AA");
		assertThat(XlsxToCsv.columnName(16_383)).isEqualTo("XFD");
	}

	static void writeWorkbook(Path xlsx, int rows) throws IOException {
		try (OutputStream out = Files.newOutputStream(xlsx); Workbook workbook = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("data");
			sheet.value(0, 0, "n");
			sheet.value(0, 1, "kw");
			for (int r = 1; r <= rows; r++) {
				sheet.value(r, 0, r);
				sheet.value(r, 1, r * 0.5);
				if (r % 10_000 == 0) {
					sheet.flush();
				}
			}
		}
	}

}
