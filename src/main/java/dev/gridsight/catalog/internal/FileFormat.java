package dev.gridsight.catalog.internal;

import java.util.Locale;

import dev.gridsight.platform.InvalidInput;

/** The upload formats, recognised by file name. */
enum FileFormat {

	CSV, TSV, JSON, NDJSON, PARQUET, XLSX;

	static FileFormat of(String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return CSV;
		}
		if (name.endsWith(".tsv") || name.endsWith(".tab")) {
			return TSV;
		}
		if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
			return NDJSON;
		}
		if (name.endsWith(".json")) {
			return JSON;
		}
		if (name.endsWith(".parquet")) {
			return PARQUET;
		}
		if (name.endsWith(".xlsx")) {
			return XLSX;
		}
		throw new InvalidInput("Cannot import '" + fileName
				+ "': the file must end in .csv, .tsv, .json, .ndjson, .jsonl, .parquet or .xlsx.");
	}

	boolean isText() {
		return this != PARQUET && this != XLSX;
	}

}
