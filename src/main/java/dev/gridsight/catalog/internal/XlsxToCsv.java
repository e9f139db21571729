package dev.gridsight.catalog.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import dev.gridsight.platform.InvalidInput;

/**
 * The first sheet of a workbook as a UTF-8 CSV (decision 010), so it goes through the
 * same import as any CSV: dates become ISO-8601 text, numbers stay as written, formulas
 * give their cached value.
 */
final class XlsxToCsv {

	private XlsxToCsv() {
	}

	static Path convert(Path xlsx, String displayName) {
		Path csv = xlsx.resolveSibling(xlsx.getFileName() + ".csv");
		try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false));
				Stream<Row> rows = workbook.getFirstSheet().openStream();
				BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			Iterator<Row> iterator = rows.iterator();
			if (!iterator.hasNext()) {
				throw new InvalidInput(displayName + ": the first sheet is empty.");
			}
			Row header = iterator.next();
			int width = header.getCellCount();
			writeRow(out, header, width);
			while (iterator.hasNext()) {
				Row row = iterator.next();
				if (row.getCellCount() > width && hasValueBeyond(row, width)) {
					throw new InvalidInput(displayName + ": row " + row.getRowNum() + " has values beyond the header's "
							+ width + " columns.");
				}
				writeRow(out, row, width);
			}
			return csv;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw new InvalidInput(displayName + " is not a readable XLSX workbook: " + ex.getMessage());
		}
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

	private static void writeRow(BufferedWriter out, Row row, int width) throws IOException {
		for (int i = 0; i < width; i++) {
			if (i > 0) {
				out.write(',');
			}
			Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
			out.write(quote(text(cell)));
		}
		out.write('\n');
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
