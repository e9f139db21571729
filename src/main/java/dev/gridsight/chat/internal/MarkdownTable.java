package dev.gridsight.chat.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A small Markdown table of rows, for answers that show data as text. */
final class MarkdownTable {

	private MarkdownTable() {
	}

	static String of(List<String> header, List<List<Object>> rows, int maxRows) {
		StringBuilder table = new StringBuilder();
		table.append(row(header.stream().map(Object.class::cast).toList())).append('\n');
		table.append(header.stream().map(name -> "---").collect(Collectors.joining(" | ", "| ", " |"))).append('\n');
		rows.stream().limit(maxRows).forEach(row -> table.append(row(row)).append('\n'));
		if (rows.size() > maxRows) {
			table.append("\n… ").append(rows.size() - maxRows).append(" more rows.\n");
		}
		return table.toString();
	}

	private static String row(List<Object> cells) {
		return cells.stream()
			.map(cell -> cell == null ? "" : ChartCommand.escape(cell.toString()).replace("\n", " "))
			.collect(Collectors.joining(" | ", "| ", " |"));
	}

}
