package dev.gridsight.chart.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.gridsight.catalog.TabularData;
import dev.gridsight.chart.ChartData;

/**
 * Chart data as RFC 4180 CSV: a header of column names, one line per row, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break. Text that a spreadsheet
 * would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage
 * return at its start) gets a leading apostrophe (OWASP "CSV injection"); numbers are
 * written as they are.
 */
final class CsvWriter {

	private CsvWriter() {
	}

	static void write(ChartData data, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		List<TabularData.Column> columns = data.columns();
		for (int i = 0; i < columns.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(field(columns.get(i).name()));
		}
		writer.write("\r\n");
		for (List<Object> row : data.rows()) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					writer.write(',');
				}
				Object value = row.get(i);
				if (value != null) {
					writer.write(value instanceof Number || value instanceof Boolean ? value.toString()
							: field(value.toString()));
				}
			}
			writer.write("\r\n");
		}
		writer.flush();
	}

	static String field(String text) {
		String value = text;
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			value = "'" + value;
		}
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	/** A file name for the download: the title without path or control characters. */
	static String fileName(String title) {
		String name = title.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
		if (name.isEmpty()) {
			name = "chart";
		}
		return (name.length() > 100 ? name.substring(0, 100) : name) + ".csv";
	}

}
