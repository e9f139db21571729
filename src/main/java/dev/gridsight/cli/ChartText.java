package dev.gridsight.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A chart's data ({@code {columns:[{name, type}], rows:[[…]]}}) as a terminal table or as
 * CSV.
 */
final class ChartText {

	/** Rows a table shows before "… N more rows". */
	static final int TABLE_ROWS = 20;

	private static final int MAX_CELL = 40;

	private ChartText() {
	}

	/**
	 * The chart's title, then its data as aligned columns (numbers to the right), at most
	 * {@code maxRows} rows.
	 */
	static String table(JsonNode chart, int maxRows) {
		StringBuilder out = new StringBuilder();
		String title = ServerConnection.text(chart, "title");
		out.append("▌ ").append(title.isBlank() ? "Chart" : ServerConnection.oneLine(title)).append('\n');
		JsonNode data = chart.path("data");
		List<String> header = columnNames(data);
		JsonNode rows = data.path("rows");
		if (header.isEmpty()) {
			return out.append("(no data)\n").toString();
		}
		int shown = Math.min(rows.size(), Math.max(0, maxRows));
		List<List<String>> cells = new ArrayList<>();
		boolean[] numeric = new boolean[header.size()];
		java.util.Arrays.fill(numeric, true);
		boolean[] seen = new boolean[header.size()];
		for (int r = 0; r < shown; r++) {
			JsonNode row = rows.get(r);
			List<String> line = new ArrayList<>();
			for (int c = 0; c < header.size(); c++) {
				JsonNode value = row.get(c);
				if (value != null && !value.isNull()) {
					seen[c] = true;
					numeric[c] &= value.isNumber();
				}
				line.add(cell(value));
			}
			cells.add(line);
		}
		int[] widths = new int[header.size()];
		for (int c = 0; c < header.size(); c++) {
			widths[c] = header.get(c).length();
			for (List<String> line : cells) {
				widths[c] = Math.max(widths[c], line.get(c).length());
			}
		}
		appendLine(out, header, widths, new boolean[header.size()]);
		List<String> rules = new ArrayList<>();
		for (int width : widths) {
			rules.add("-".repeat(width));
		}
		appendLine(out, rules, widths, new boolean[header.size()]);
		boolean[] right = new boolean[header.size()];
		for (int c = 0; c < header.size(); c++) {
			right[c] = numeric[c] && seen[c];
		}
		for (List<String> line : cells) {
			appendLine(out, line, widths, right);
		}
		if (rows.size() == 0) {
			out.append("(no rows)\n");
		}
		else if (rows.size() > shown) {
			int more = rows.size() - shown;
			out.append("… ").append(more).append(more == 1 ? " more row" : " more rows").append('\n');
		}
		if (data.path("downsampled").asBoolean(false)) {
			out.append("(downsampled by the server)\n");
		}
		return out.toString();
	}

	private static void appendLine(StringBuilder out, List<String> values, int[] widths, boolean[] right) {
		StringBuilder line = new StringBuilder();
		for (int c = 0; c < values.size(); c++) {
			if (c > 0) {
				line.append("  ");
			}
			String value = values.get(c);
			String pad = " ".repeat(widths[c] - value.length());
			line.append(right[c] ? pad + value : value + pad);
		}
		out.append(line.toString().stripTrailing()).append('\n');
	}

	private static List<String> columnNames(JsonNode data) {
		List<String> names = new ArrayList<>();
		for (JsonNode column : data.path("columns")) {
			names.add(column.isString() ? column.asString() : ServerConnection.text(column, "name"));
		}
		return names;
	}

	/** A value for the table: numbers rounded to 4 decimals, long text cut. */
	static String cell(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "";
		}
		if (value.isNumber()) {
			if (value.isIntegralNumber()) {
				return value.bigIntegerValue().toString();
			}
			BigDecimal number = value.decimalValue().setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
			return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
		}
		String text = value.isString() ? value.asString() : value.isBoolean() ? Boolean.toString(value.asBoolean())
				: ServerConnection.JSON.writeValueAsString(value);
		text = text.replaceAll("[\\r\\n\\t]+", " ");
		return text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text;
	}

	/**
	 * The chart's data as RFC 4180 CSV, as the server's {@code GET
	 * /api/charts/{id}/data.csv} writes it: a header of column names, CRLF line ends,
	 * fields quoted when they hold a comma, quote or line break, numbers as they are,
	 * text a spreadsheet would run as a formula behind an apostrophe.
	 */
	static String csv(JsonNode chart) {
		JsonNode data = chart.path("data");
		StringBuilder out = new StringBuilder();
		List<String> header = columnNames(data);
		for (int c = 0; c < header.size(); c++) {
			out.append(c > 0 ? "," : "").append(field(header.get(c)));
		}
		out.append("\r\n");
		for (JsonNode row : data.path("rows")) {
			for (int c = 0; c < header.size(); c++) {
				if (c > 0) {
					out.append(',');
				}
				JsonNode value = row.get(c);
				if (value == null || value.isNull()) {
					continue;
				}
				if (value.isNumber()) {
					out.append(value.isIntegralNumber() ? value.bigIntegerValue().toString()
							: value.decimalValue().stripTrailingZeros().toPlainString());
				}
				else if (value.isBoolean()) {
					out.append(value.asBoolean());
				}
				else {
					out.append(field(
							value.isString() ? value.asString() : ServerConnection.JSON.writeValueAsString(value)));
				}
			}
			out.append("\r\n");
		}
		return out.toString();
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

}
