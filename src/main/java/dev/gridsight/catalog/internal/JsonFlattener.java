package dev.gridsight.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.gridsight.platform.GridsightProperties.ImportLimits;

import tools.jackson.databind.JsonNode;

/**
 * Turns a nested JSON document into flat tables: the main record array becomes the main
 * table (nested objects become {@code parent_child} columns), every array of objects
 * inside a record becomes a child table that keeps its parent's key (Toast orders →
 * checks → selections, Square orders → line items). Arrays of plain values are kept as
 * JSON text.
 */
final class JsonFlattener {

	private static final String ROW_KEY = "_row";

	private JsonFlattener() {
	}

	/**
	 * One flat table: its path from the main table ("" for the main one) and its rows.
	 */
	record FlatTable(String path, List<Map<String, Object>> rows) {
	}

	static List<FlatTable> flatten(JsonNode root) {
		Map<String, FlatTable> tables = new LinkedHashMap<>();
		tables.put("", new FlatTable("", new ArrayList<>()));
		JsonNode records = mainRecords(root);
		String mainName = mainName(root, records);
		int index = 0;
		for (JsonNode record : records) {
			addRecord(record, "", mainName, null, null, index++, tables);
		}
		return List.copyOf(tables.values());
	}

	/**
	 * Refuses a flat table wider than the column limit (nested objects become columns
	 * here, so this count can exceed the file's top-level keys) or with a text value
	 * larger than the cell limit.
	 */
	static void checkLimits(FlatTable table, String displayName, ImportLimits limits) {
		String where = table.path().isEmpty() ? "" : " in its table " + table.path();
		Set<String> columns = new HashSet<>();
		long maxBytes = limits.maxCellSize().toBytes();
		int rowNumber = 0;
		for (Map<String, Object> row : table.rows()) {
			rowNumber++;
			for (Map.Entry<String, Object> cell : row.entrySet()) {
				if (columns.add(cell.getKey()) && columns.size() > limits.maxColumns()) {
					throw ImportLimit.columns(displayName, where, -1, limits.maxColumns());
				}
				if (cell.getValue() instanceof String text && text.length() * 3L > maxBytes
						&& JsonRecordCheck.utf8Length(text) > maxBytes) {
					throw ImportLimit.cell(displayName,
							"record " + rowNumber + where + ", field \"" + cell.getKey() + "\"", maxBytes);
				}
			}
		}
	}

	/** The root array, or the largest array of objects directly under the root object. */
	private static JsonNode mainRecords(JsonNode root) {
		if (root.isArray()) {
			return root;
		}
		JsonNode best = null;
		for (Map.Entry<String, JsonNode> field : root.properties()) {
			JsonNode value = field.getValue();
			if (isArrayOfObjects(value) && (best == null || value.size() > best.size())) {
				best = value;
			}
		}
		if (best != null) {
			return best;
		}
		return root.isObject() ? tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(root) : root;
	}

	private static String mainName(JsonNode root, JsonNode records) {
		if (root.isObject()) {
			for (Map.Entry<String, JsonNode> field : root.properties()) {
				if (field.getValue() == records) {
					return field.getKey();
				}
			}
		}
		return "record";
	}

	private static void addRecord(JsonNode record, String path, String mainName, String parentKeyColumn,
			Object parentKey, int index, Map<String, FlatTable> tables) {
		Map<String, Object> row = new LinkedHashMap<>();
		if (parentKeyColumn != null) {
			row.put(parentKeyColumn, parentKey);
		}
		if (!record.isObject()) {
			row.put("value", scalar(record));
			tables.get(path).rows().add(row);
			return;
		}
		String keyName = keyOf(record);
		Object key = keyName == null ? Integer.valueOf(index) : scalar(record.get(keyName));
		if (keyName == null) {
			row.put(ROW_KEY, index);
		}
		List<Map.Entry<String, JsonNode>> children = new ArrayList<>();
		flattenInto(record, "", row, children);
		tables.get(path).rows().add(row);
		String segment = path.isEmpty() ? mainName : path.substring(path.lastIndexOf('.') + 1);
		String childKeyColumn = segment + "_" + (keyName == null ? "row" : keyName);
		for (Map.Entry<String, JsonNode> child : children) {
			String childPath = path.isEmpty() ? child.getKey() : path + "." + child.getKey();
			tables.computeIfAbsent(childPath, p -> new FlatTable(p, new ArrayList<>()));
			int childIndex = 0;
			for (JsonNode item : child.getValue()) {
				addRecord(item, childPath, mainName, childKeyColumn, key, childIndex++, tables);
			}
		}
	}

	private static void flattenInto(JsonNode object, String prefix, Map<String, Object> row,
			List<Map.Entry<String, JsonNode>> children) {
		for (Map.Entry<String, JsonNode> field : object.properties()) {
			String name = prefix + field.getKey();
			JsonNode value = field.getValue();
			if (value.isObject()) {
				flattenInto(value, name + "_", row, children);
			}
			else if (isArrayOfObjects(value)) {
				children.add(Map.entry(name, value));
			}
			else if (value.isArray()) {
				row.put(name, value.toString());
			}
			else {
				row.put(name, scalar(value));
			}
		}
	}

	/**
	 * The field that identifies a record: id, guid, uuid, or a single *_id / *Id / *Guid.
	 */
	private static String keyOf(JsonNode record) {
		for (String candidate : List.of("id", "guid", "uuid", "uid", "ID", "Id", "GUID")) {
			JsonNode value = record.get(candidate);
			if (value != null && value.isValueNode() && !value.isNull()) {
				return candidate;
			}
		}
		for (Map.Entry<String, JsonNode> field : record.properties()) {
			String name = field.getKey();
			if ((name.endsWith("_id") || name.endsWith("Id") || name.endsWith("Guid")) && field.getValue().isValueNode()
					&& !field.getValue().isNull() && !name.contains("location") && !name.contains("store")
					&& !name.contains("restaurant")) {
				return name;
			}
		}
		return null;
	}

	private static boolean isArrayOfObjects(JsonNode value) {
		if (!value.isArray() || value.isEmpty()) {
			return false;
		}
		for (JsonNode item : value) {
			if (!item.isObject()) {
				return false;
			}
		}
		return true;
	}

	private static Object scalar(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isNumber()) {
			return value.numberValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		return value.asString();
	}

}
