package dev.gridsight.catalog.internal.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A generated sample file read back: its header and rows of text fields. */
record CsvTable(List<String> header, List<String[]> rows) {

	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static CsvTable read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> header = List.of(lines.get(0).split(",", -1));
		List<String[]> rows = new ArrayList<>(lines.size() - 1);
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			if (fields.length != header.size() || line.indexOf('"') >= 0) {
				throw new IllegalStateException("not a plain row of " + header.size() + " fields: " + line);
			}
			rows.add(fields);
		}
		return new CsvTable(header, rows);
	}

	int column(String name) {
		int index = this.header.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("no column " + name + " in " + this.header);
		}
		return index;
	}

	String text(String[] row, String column) {
		return row[column(column)];
	}

	double number(String[] row, String column) {
		return Double.parseDouble(row[column(column)]);
	}

	LocalDateTime timestamp(String[] row, String column) {
		return LocalDateTime.parse(row[column(column)], TIMESTAMP);
	}

}
