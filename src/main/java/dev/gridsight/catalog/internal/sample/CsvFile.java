package dev.gridsight.catalog.internal.sample;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A CSV file written field by field, the same bytes on every machine: UTF-8, {@code \n}
 * line ends, numbers with a fixed number of decimals and a dot, timestamps as
 * {@code yyyy-MM-dd HH:mm:ss}.
 */
final class CsvFile implements Closeable {

	private static final long[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000 };

	private final Writer out;

	private final StringBuilder row = new StringBuilder(256);

	private boolean rowStarted;

	CsvFile(Path file, List<String> header) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
				1 << 16);
		header.forEach(this::text);
		writeRow();
	}

	CsvFile text(String value) {
		separate();
		if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
			this.row.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		else {
			this.row.append(value);
		}
		return this;
	}

	CsvFile integer(long value) {
		separate();
		this.row.append(value);
		return this;
	}

	/** Rounded half away from zero, never written as a negative zero. */
	CsvFile decimal(double value, int decimals) {
		separate();
		long scaled = Math.round(Math.abs(value) * POWERS_OF_TEN[decimals]);
		if (value < 0 && scaled != 0) {
			this.row.append('-');
		}
		this.row.append(scaled / POWERS_OF_TEN[decimals]);
		if (decimals > 0) {
			String fraction = Long.toString(scaled % POWERS_OF_TEN[decimals]);
			this.row.append('.');
			for (int pad = fraction.length(); pad < decimals; pad++) {
				this.row.append('0');
			}
			this.row.append(fraction);
		}
		return this;
	}

	/** An amount held in hundredths (cents), written with two decimals. */
	CsvFile cents(long value) {
		separate();
		if (value < 0) {
			this.row.append('-');
		}
		long magnitude = Math.abs(value);
		this.row.append(magnitude / 100).append('.');
		long fraction = magnitude % 100;
		if (fraction < 10) {
			this.row.append('0');
		}
		this.row.append(fraction);
		return this;
	}

	CsvFile timestamp(LocalDateTime value) {
		separate();
		appendDate(value.toLocalDate());
		this.row.append(' ');
		twoDigits(value.getHour()).append(':');
		twoDigits(value.getMinute()).append(':');
		twoDigits(value.getSecond());
		return this;
	}

	CsvFile date(LocalDate value) {
		separate();
		appendDate(value);
		return this;
	}

	void endRow() throws IOException {
		writeRow();
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

	private void separate() {
		if (this.rowStarted) {
			this.row.append(',');
		}
		this.rowStarted = true;
	}

	private void writeRow() throws IOException {
		this.out.write(this.row.append('\n').toString());
		this.row.setLength(0);
		this.rowStarted = false;
	}

	private void appendDate(LocalDate value) {
		this.row.append(value.getYear()).append('-');
		twoDigits(value.getMonthValue()).append('-');
		twoDigits(value.getDayOfMonth());
	}

	private StringBuilder twoDigits(int value) {
		if (value < 10) {
			this.row.append('0');
		}
		return this.row.append(value);
	}

}
