package dev.gridsight.catalog.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import dev.gridsight.platform.GridsightProperties.ImportLimits;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.ProblemException;

/**
 * The first sheet of a workbook as a UTF-8 CSV (decision 010), so it goes through the
 * same import as any CSV: dates become ISO-8601 text, numbers stay as written, formulas
 * give their cached value. A workbook is a zip of XML, so a few megabytes can stand for
 * gigabytes: what it inflates to, the header's width, the rows and each cell are held to
 * the import limits while streaming, before anything reaches DuckDB.
 */
final class XlsxToCsv {

	private XlsxToCsv() {
	}

	static Path convert(Path xlsx, String displayName, ImportLimits limits) {
		checkInflatedSize(xlsx, displayName, limits.maxXlsxUncompressed().toBytes());
		Path csv = xlsx.resolveSibling(xlsx.getFileName() + ".csv");
		boolean written = false;
		try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false));
				Stream<Row> rows = workbook.getFirstSheet().openStream();
				BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			Iterator<Row> iterator = rows.iterator();
			if (!iterator.hasNext()) {
				throw new InvalidInput(displayName + ": the first sheet is empty.");
			}
			Row header = iterator.next();
			int width = header.getCellCount();
			if (width > limits.maxColumns()) {
				throw ImportLimit.columns(displayName, " in the first row of its first sheet", width,
						limits.maxColumns());
			}
			long maxCellBytes = limits.maxCellSize().toBytes();
			writeRow(out, header, width, maxCellBytes, displayName);
			long dataRows = 0;
			while (iterator.hasNext()) {
				Row row = iterator.next();
				if (++dataRows > limits.maxXlsxRows()) {
					throw ImportLimit.exceeded(displayName,
							"has more than " + limits.maxXlsxRows() + " rows in its first sheet",
							limits.maxXlsxRows() + " rows per sheet", "max-xlsx-rows");
				}
				if (row.getCellCount() > width && hasValueBeyond(row, width)) {
					throw new InvalidInput(displayName + ": row " + row.getRowNum() + " has values beyond the header's "
							+ width + " columns.");
				}
				writeRow(out, row, width, maxCellBytes, displayName);
			}
			written = true;
			return csv;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ProblemException problem) {
				throw problem;
			}
			throw new InvalidInput(displayName + " is not a readable XLSX workbook: " + ex.getMessage());
		}
		finally {
			if (!written) {
				csv.toFile().delete();
			}
		}
	}

	/**
	 * Inflates every part once, counting the bytes that really come out (the sizes a zip
	 * declares can lie), and refuses the workbook once they pass the limit: a zip bomb
	 * stops here, before the reader holds any of it in memory. The same zip reader as
	 * fastexcel's, so both see the same parts.
	 */
	static void checkInflatedSize(Path xlsx, String displayName, long limit) {
		long total = 0;
		byte[] buffer = new byte[1 << 16];
		try (ZipFile zip = ZipFile.builder().setPath(xlsx).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (entry.getSize() > limit - total) {
					throw inflatedTooLarge(displayName, limit);
				}
				try (InputStream in = zip.getInputStream(entry)) {
					int read;
					while ((read = in.read(buffer)) > 0) {
						total += read;
						if (total > limit) {
							throw inflatedTooLarge(displayName, limit);
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ProblemException problem) {
				throw problem;
			}
			throw new InvalidInput(displayName + " is not a readable XLSX workbook: " + ex.getMessage());
		}
	}

	private static ProblemException inflatedTooLarge(String displayName, long limit) {
		return ImportLimit.exceeded(displayName, "inflates to more than " + ImportLimit.bytes(limit) + " of XML",
				ImportLimit.bytes(limit) + " uncompressed", "max-xlsx-uncompressed");
	}

	private static boolean hasValueBeyond(Row row, int width) {
		for (int i = width; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell != null && cell.getType() != CellType.EMPTY && !cell.getText().isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static void writeRow(BufferedWriter out, Row row, int width, long maxCellBytes, String displayName)
			throws IOException {
		for (int i = 0; i < width; i++) {
			if (i > 0) {
				out.write(',');
			}
			Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
			String text = text(cell);
			if (text.length() * 3L > maxCellBytes && JsonRecordCheck.utf8Length(text) > maxCellBytes) {
				throw ImportLimit.cell(displayName, "row " + row.getRowNum() + ", column " + columnName(i),
						maxCellBytes);
			}
			out.write(quote(text));
		}
		out.write('\n');
	}

	/** A, B, …, Z, AA, … as the spreadsheet shows it. */
	static String columnName(int index) {
		StringBuilder name = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			name.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return name.toString();
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
			return cell.asDate().toString().replace('T', ' ');
		}
		if (cell.getType() == CellType.NUMBER) {
			return cell.getRawValue();
		}
		return cell.getText();
	}

	private static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		String plain = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
		return plain.contains("y") || plain.contains("d") || plain.contains("h:mm") || plain.contains("mmm");
	}

	private static String quote(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
