package dev.gridsight.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DatasetImportIT {

	static final Path EVAL = Path.of("..", "shared", "eval", "data");

	@LocalServerPort
	int port;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(port);
	}

	static byte[] eval(String file) throws IOException {
		return Files.readAllBytes(EVAL.resolve(file));
	}

	private static String upload(ApiClient client, String fileName, byte[] content) {
		ApiClient.Response response = client.upload("/api/datasets", fileName, content, Map.of());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	@Test
	void importsACsvWithTypesRolesAndRowCount() throws IOException {
		ApiClient client = accounts.member().client();
		ApiClient.Response response = client.upload("/api/datasets", "home_energy.csv", eval("home_energy.csv"),
				Map.of());

		assertThat(response.status()).isEqualTo(201);
		var dataset = response.json();
		assertThat(dataset.path("name").asString()).isEqualTo("home_energy");
		assertThat(dataset.path("rowCount").asLong()).isEqualTo(148_920);
		var columns = dataset.path("columns");
		assertThat(columns.get(0).path("name").asString()).isEqualTo("ts");
		assertThat(columns.get(0).path("type").asString()).isEqualTo("timestamp");
		assertThat(columns.get(0).path("role").asString()).isEqualTo("time");
		assertThat(columns.get(1).path("role").asString()).isEqualTo("dimension");
		assertThat(columns.get(2).path("name").asString()).isEqualTo("load_kwh");
		assertThat(columns.get(2).path("role").asString()).isEqualTo("measure");

		ApiClient.Response list = client.get("/api/datasets");
		assertThat(list.json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void importsTsvJsonNdjsonAndNormalisesNamesAndThousands() {
		ApiClient client = accounts.member().client();
		String tsv = "Order ID\tRevenue\tCity\n1\t1,234.50\tParis\n2\t12,000\tLyon\n";
		String id = upload(client, "sales.tsv", tsv.getBytes(StandardCharsets.UTF_8));
		var columns = client.get("/api/datasets/" + id).json().path("columns");
		assertThat(columns.get(0).path("name").asString()).isEqualTo("order_id");
		assertThat(columns.get(0).path("role").asString()).isEqualTo("id");
		assertThat(columns.get(1).path("type").asString()).isEqualTo("double");

		String json = "[{\"a\": 1, \"b\": \"x\", \"nested\": {\"k\": 2}}, {\"a\": 2, \"b\": \"y\", \"nested\": {\"k\": 3}}]";
		String jsonId = upload(client, "things.json", json.getBytes(StandardCharsets.UTF_8));
		assertThat(client.get("/api/datasets/" + jsonId).json().path("rowCount").asLong()).isEqualTo(2);

		String ndjson = "{\"t\": \"2025-01-01 00:00:00\", \"v\": 1.5}\n{\"t\": \"2025-01-01 01:00:00\", \"v\": 2.5}\n";
		String ndId = upload(client, "meter.ndjson", ndjson.getBytes(StandardCharsets.UTF_8));
		var nd = client.get("/api/datasets/" + ndId).json();
		assertThat(nd.path("rowCount").asLong()).isEqualTo(2);
		assertThat(nd.path("columns").get(0).path("role").asString()).isEqualTo("time");
	}

	@Test
	void flattensTheRawPointOfSaleExportsIntoTablesThatKeepTheirParentsKey() throws IOException {
		ApiClient client = accounts.member().client();
		String toast = upload(client, "toast.json", eval("clave-raw/toast_pos_export.json"));
		String square = upload(client, "square_orders.json", eval("clave-raw/square/orders.json"));

		var datasets = client.get("/api/datasets?size=200").json().path("items");
		Map<String, tools.jackson.databind.JsonNode> byName = new java.util.HashMap<>();
		datasets.forEach(dataset -> byName.put(dataset.path("name").asString(), dataset));

		assertThat(byName.get("toast").path("rowCount").asLong()).isEqualTo(20);
		assertThat(byName.get("toast.checks").path("rowCount").asLong()).isEqualTo(20);
		assertThat(byName.get("toast.checks").path("parentId").asString()).isEqualTo(toast);
		assertThat(byName.get("toast.checks.selections").path("rowCount").asLong()).isEqualTo(55);
		assertThat(columnNames(byName.get("toast.checks"))).contains("orders_guid", "total_amount");
		assertThat(columnNames(byName.get("toast.checks.selections"))).contains("checks_guid", "display_name", "price");
		assertThat(columnNames(byName.get("toast"))).contains("guid", "revenue_center_name", "business_date");

		assertThat(byName.get("square_orders").path("rowCount").asLong()).isEqualTo(20);
		assertThat(byName.get("square_orders.line_items").path("rowCount").asLong()).isEqualTo(48);
		assertThat(byName.get("square_orders.line_items").path("parentId").asString()).isEqualTo(square);
		assertThat(columnNames(byName.get("square_orders.line_items"))).contains("orders_id", "quantity",
				"total_money_amount");
		assertThat(columnNames(byName.get("square_orders"))).contains("total_money_amount", "location_id");

		assertThat(client.delete("/api/datasets/" + toast).status()).isEqualTo(204);
		assertThat(client.get("/api/datasets?size=200").body()).doesNotContain("toast");
	}

	private static java.util.List<String> columnNames(tools.jackson.databind.JsonNode dataset) {
		java.util.List<String> names = new java.util.ArrayList<>();
		dataset.path("columns").forEach(column -> names.add(column.path("name").asString()));
		return names;
	}

	@Test
	void aRaggedCsvIsRefusedWithItsLineAndNothingIsKept() {
		ApiClient client = accounts.member().client();
		String ragged = "a,b\n1,2\n3,4,5\n6,7\n";
		ApiClient.Response response = client.upload("/api/datasets", "ragged.csv",
				ragged.getBytes(StandardCharsets.UTF_8), Map.of());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.detail()).contains("ragged.csv").containsIgnoringCase("line");
		assertThat(response.body()).doesNotContain("/upload-");
		assertThat(client.get("/api/datasets").json().path("total").asLong()).isZero();
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedNamingTheLine() {
		ApiClient client = accounts.member().client();
		byte[] latin1 = "city,n\nParis,1\nM\u00fcnchen,2\n".getBytes(StandardCharsets.ISO_8859_1);
		ApiClient.Response response = client.upload("/api/datasets", "cities.csv", latin1, Map.of());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.detail()).contains("not valid UTF-8").contains("line 3");
		assertThat(client.get("/api/datasets").json().path("total").asLong()).isZero();
	}

	@Test
	void anUnknownFormatIsRefused() {
		ApiClient.Response response = accounts.member()
			.client()
			.upload("/api/datasets", "notes.docx", new byte[] { 1, 2, 3 }, Map.of());
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.detail()).contains(".csv");
	}

	@Test
	void appendsJsonRowsAllOrNothingWithIdempotency() {
		ApiClient client = accounts.member().client();
		String id = upload(client, "meter.csv", "ts,meter,kw\n2025-01-01 00:00:00,m1,1.5\n2025-01-01 01:00:00,m1,2.5\n"
			.getBytes(StandardCharsets.UTF_8));
		String rows = "[{\"ts\": \"2025-01-01T02:00:00Z\", \"meter\": \"m1\", \"kw\": 3.5}, {\"ts\": \"2025-01-01 03:00:00\", \"meter\": \"m1\", \"kw\": \"4.5\"}]";

		ApiClient.Response first = client.send("POST", "/api/datasets/" + id + "/rows", rows, "application/json",
				Map.of("Idempotency-Key", "batch-1"));
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().path("rowsAppended").asLong()).isEqualTo(2);
		ApiClient.Response retry = client.send("POST", "/api/datasets/" + id + "/rows", rows, "application/json",
				Map.of("Idempotency-Key", "batch-1"));
		assertThat(retry.json().path("replayed").asBoolean()).isTrue();
		var dataset = client.get("/api/datasets/" + id).json();
		assertThat(dataset.path("rowCount").asLong()).isEqualTo(4);
		assertThat(dataset.path("dataVersion").asLong()).isEqualTo(2);

		ApiClient.Response unknown = client.postRaw("/api/datasets/" + id + "/rows",
				"[{\"ts\": \"2025-01-01 04:00:00\", \"kw\": 1}, {\"watts\": 5}]", "application/json");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.detail()).contains("Row 2").contains("'watts'");
		ApiClient.Response badType = client.postRaw("/api/datasets/" + id + "/rows",
				"[{\"ts\": \"2025-01-01 04:00:00\", \"kw\": 1}, {\"ts\": \"yesterday\", \"kw\": 2}]",
				"application/json");
		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.detail()).contains("Row 2").contains("'ts'");
		assertThat(client.get("/api/datasets/" + id).json().path("rowCount").asLong()).isEqualTo(4);
	}

	@Test
	void appendsCsvRows() {
		ApiClient client = accounts.member().client();
		String id = upload(client, "meter.csv",
				"ts,meter,kw\n2025-01-01 00:00:00,m1,1.5\n".getBytes(StandardCharsets.UTF_8));
		ApiClient.Response appended = client.postRaw("/api/datasets/" + id + "/rows",
				"ts,kw\n2025-01-01 01:00:00,2\n2025-01-01 02:00:00,3\n", "text/csv");
		assertThat(appended.status()).as(appended.body()).isEqualTo(200);
		assertThat(appended.json().path("rowsAppended").asLong()).isEqualTo(2);

		ApiClient.Response bad = client.postRaw("/api/datasets/" + id + "/rows", "ts,kw\nnot-a-time,2\n", "text/csv");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(client.get("/api/datasets/" + id).json().path("rowCount").asLong()).isEqualTo(3);
	}

	@Test
	void anotherUsersDatasetIdsRevealNothing() {
		Accounts.Person owner = accounts.member();
		Accounts.Person stranger = accounts.member();
		String id = upload(owner.client(), "private.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
		ApiClient s = stranger.client();
		String base = "/api/datasets/" + id;

		assertThat(s.get(base).status()).isEqualTo(404);
		assertThat(s.patch(base, Map.of("name", "mine")).status()).isEqualTo(404);
		assertThat(s.postRaw(base + "/rows", "[{\"a\": 5}]", "application/json").status()).isEqualTo(404);
		assertThat(s.delete(base).status()).isEqualTo(404);
		assertThat(s.get("/api/datasets?workspaceId=" + owner.id()).status()).isEqualTo(404);
		assertThat(s
			.upload("/api/datasets", "x.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8),
					Map.of("workspaceId", owner.id()))
			.status()).isEqualTo(404);
		assertThat(owner.client().get(base).json().path("rowCount").asLong()).isEqualTo(1);
	}

	@Test
	void viewersReadButDoNotChangeAndOwnersRenameAndDelete() {
		Accounts.Person owner = accounts.member();
		Accounts.Person viewer = accounts.member();
		String workspace = owner.client()
			.post("/api/workspaces", Map.of("name", "Shared data"))
			.json()
			.path("id")
			.asString();
		owner.client()
			.post("/api/workspaces/" + workspace + "/members", Map.of("email", viewer.email(), "role", "viewer"));
		ApiClient.Response created = owner.client()
			.upload("/api/datasets", "shared.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8),
					Map.of("workspaceId", workspace));
		String id = created.json().path("id").asString();

		assertThat(viewer.client().get("/api/datasets/" + id).status()).isEqualTo(200);
		assertThat(
				viewer.client().postRaw("/api/datasets/" + id + "/rows", "[{\"a\": 5}]", "application/json").status())
			.isEqualTo(403);
		assertThat(viewer.client().delete("/api/datasets/" + id).status()).isEqualTo(403);

		assertThat(
				owner.client().patch("/api/datasets/" + id, Map.of("name", "renamed")).json().path("name").asString())
			.isEqualTo("renamed");
		assertThat(owner.client().delete("/api/datasets/" + id).status()).isEqualTo(204);
		assertThat(owner.client().get("/api/datasets/" + id).status()).isEqualTo(404);
	}

	/** A CSV of width columns named c0, c1, … and rows of 1s, the last cell given. */
	static byte[] csv(int width, int rows, String lastCell) {
		StringBuilder text = new StringBuilder();
		for (int row = 0; row <= rows; row++) {
			for (int i = 0; i < width; i++) {
				text.append(i == 0 ? "" : ",")
					.append(row == 0 ? "c" + i : row == rows && i == width - 1 ? lastCell : "1");
			}
			text.append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static void assertRefused(ApiClient.Response response, String found, String setting, long startNanos) {
		long millis = (System.nanoTime() - startNanos) / 1_000_000;
		assertThat(response.status()).as(response.body()).isEqualTo(413);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.detail()).contains(found, setting, "Nothing was imported.");
		assertThat(millis).as("refused in %d ms", millis).isLessThan(10_000);
		System.out.printf("%s refused in %d ms%n", setting, millis);
	}

	/**
	 * The resource bombs, made here at the default limits, refused quickly with the limit
	 * and its setting, by the import and by the preview, with nothing kept; files at the
	 * limits still import.
	 */
	@Test
	void refusesImportBombsQuicklyAndKeepsNothing() throws IOException {
		ApiClient client = accounts.member().client();
		byte[] wide = csv(100_000, 1, "1");
		assertThat(wide.length).isLessThan(1_000_000);
		for (String endpoint : new String[] { "/api/datasets", "/api/datasets/preview" }) {
			long start = System.nanoTime();
			assertRefused(client.upload(endpoint, "wide.csv", wide, Map.of()), "has more than 1000 columns",
					"gridsight.import.max-columns", start);

			start = System.nanoTime();
			assertRefused(client.upload(endpoint, "cell.csv", csv(3, 2, "x".repeat(2 << 20)), Map.of()),
					"a cell larger than 1 MiB (line 3, column 3 \"c2\")", "gridsight.import.max-cell-size", start);

			Path xlsx = Files.createTempFile("gridsight-test", ".xlsx");
			try (var out = Files.newOutputStream(xlsx);
					var workbook = new org.dhatim.fastexcel.Workbook(out, "t", "1.0")) {
				var sheet = workbook.newWorksheet("data");
				for (int i = 0; i <= 1_000; i++) {
					sheet.value(0, i, "c" + i);
				}
				sheet.value(1, 0, 1);
			}
			start = System.nanoTime();
			assertRefused(client.upload(endpoint, "wide.xlsx", Files.readAllBytes(xlsx), Map.of()),
					"has 1001 columns in the first row", "GRIDSIGHT_IMPORT_MAX_COLUMNS", start);
			Files.delete(xlsx);

			StringBuilder ndjson = new StringBuilder("{");
			for (int i = 0; i <= 1_000; i++) {
				ndjson.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
			}
			start = System.nanoTime();
			assertRefused(
					client.upload(endpoint, "wide.ndjson",
							ndjson.append("}\n").toString().getBytes(StandardCharsets.UTF_8), Map.of()),
					"has more than 1000 columns", "gridsight.import.max-columns", start);
		}
		assertThat(client.get("/api/datasets").json().path("total").asLong()).isZero();

		String id = upload(client, "thousand.csv", csv(1_000, 3, "y".repeat((1 << 20) - 1)));
		var dataset = client.get("/api/datasets/" + id).json();
		assertThat(dataset.path("columns").size()).isEqualTo(1_000);
		assertThat(dataset.path("rowCount").asLong()).isEqualTo(3);
	}

	@Test
	void previewsWithoutStoringAnything() throws IOException {
		ApiClient client = accounts.member().client();
		ApiClient.Response preview = client.upload("/api/datasets/preview", "restaurant_orders.csv",
				eval("restaurant_orders.csv"), Map.of());

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(preview.json().path("format").asString()).isEqualTo("csv");
		assertThat(preview.json().path("columns").get(0).path("name").asString()).isEqualTo("order_id");
		assertThat(preview.json().path("columns").get(0).path("role").asString()).isEqualTo("id");
		assertThat(preview.json().path("rows").path("rows").size()).isEqualTo(20);
		assertThat(client.get("/api/datasets").json().path("total").asLong()).isZero();
	}

	@Test
	void importsParquet() throws Exception {
		Path parquet = Files.createTempFile("gridsight-test", ".parquet");
		try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:");
				var statement = connection.createStatement()) {
			statement.execute(
					"COPY (SELECT range AS n, range * 1.5 AS x, TIMESTAMP '2025-01-01' + INTERVAL (range) HOUR AS ts"
							+ " FROM range(1000)) TO '" + parquet + "' (FORMAT parquet)");
		}
		ApiClient client = accounts.member().client();
		String id = upload(client, "generated.parquet", Files.readAllBytes(parquet));
		var dataset = client.get("/api/datasets/" + id).json();
		assertThat(dataset.path("rowCount").asLong()).isEqualTo(1000);
		assertThat(dataset.path("columns").get(2).path("role").asString()).isEqualTo("time");
		Files.delete(parquet);
	}

	@Test
	void showsRowsAndFrequentValuesAndEditsColumns() throws IOException {
		ApiClient client = accounts.member().client();
		String id = upload(client, "restaurant_orders.csv", eval("restaurant_orders.csv"));

		ApiClient.Response rows = client.get("/api/datasets/" + id + "/rows?limit=5");
		assertThat(rows.json().path("rows").size()).isEqualTo(5);
		assertThat(rows.json().path("columns").get(0).path("name").asString()).isEqualTo("order_id");

		ApiClient.Response values = client.get("/api/datasets/" + id + "/columns/location/values");
		assertThat(values.status()).isEqualTo(200);
		assertThat(values.json().path("rows").size()).isEqualTo(4);

		ApiClient.Response edited = client.patch("/api/datasets/" + id + "/columns/subtotal",
				Map.of("unit", "USD", "description", "before tax", "synonyms", java.util.List.of("sales", "revenue")));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		var subtotal = client.get("/api/datasets/" + id).json().path("columns").get(6);
		assertThat(subtotal.path("name").asString()).isEqualTo("subtotal");
		assertThat(subtotal.path("unit").asString()).isEqualTo("USD");
		assertThat(subtotal.path("synonyms").get(1).asString()).isEqualTo("revenue");

		ApiClient.Response wrongRole = client.patch("/api/datasets/" + id + "/columns/location",
				Map.of("role", "measure"));
		assertThat(wrongRole.status()).isEqualTo(400);
		assertThat(wrongRole.detail()).contains("numeric");
		ApiClient.Response unknownRole = client.patch("/api/datasets/" + id + "/columns/location",
				Map.of("role", "banana"));
		assertThat(unknownRole.status()).isEqualTo(400);
		assertThat(client.get("/api/datasets/" + id + "/columns/nope/values").status()).isEqualTo(404);
	}

	@Test
	void importsTheFirstSheetOfAnXlsxWorkbook() throws Exception {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(bytes, "test", "1.0");
		org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Sales");
		sheet.value(0, 0, "Day");
		sheet.value(0, 1, "Store");
		sheet.value(0, 2, "Sales");
		for (int day = 1; day <= 3; day++) {
			sheet.value(day, 0, java.time.LocalDate.of(2025, 1, day));
			sheet.style(day, 0).format("yyyy-mm-dd").set();
			sheet.value(day, 1, "Paris, 1st");
			sheet.value(day, 2, 1000.5 * day);
		}
		workbook.finish();

		ApiClient client = accounts.member().client();
		String id = upload(client, "sales.xlsx", bytes.toByteArray());
		var dataset = client.get("/api/datasets/" + id).json();
		assertThat(dataset.path("rowCount").asLong()).isEqualTo(3);
		assertThat(dataset.path("source").asString()).isEqualTo("xlsx");
		assertThat(dataset.path("columns").get(0).path("role").asString()).isEqualTo("time");
		assertThat(dataset.path("columns").get(2).path("type").asString()).isEqualTo("double");
		var rows = client.get("/api/datasets/" + id + "/rows").json().path("rows");
		assertThat(rows.get(2).get(1).asString()).isEqualTo("Paris, 1st");
		assertThat(rows.get(2).get(2).asDouble()).isEqualTo(3001.5);
	}

	@Test
	void readsLocalTimestampsInTheDatasetsTimeZoneAndStoresUtc() {
		ApiClient client = accounts.member().client();
		ApiClient.Response created = client.upload("/api/datasets", "paris.csv",
				"ts,kw\n2025-07-01 12:00:00,1\n".getBytes(StandardCharsets.UTF_8), Map.of("timeZone", "Europe/Paris"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("timeZone").asString()).isEqualTo("Europe/Paris");
		String id = created.json().path("id").asString();
		client.postRaw("/api/datasets/" + id + "/rows", "[{\"ts\": \"2025-07-01 13:00:00\", \"kw\": 2}]",
				"application/json");
		client.postRaw("/api/datasets/" + id + "/rows", "ts,kw\n2025-07-01 14:00:00,3\n", "text/csv");

		var rows = client.get("/api/datasets/" + id + "/rows").json().path("rows");
		assertThat(rows.get(0).get(0).asString()).startsWith("2025-07-01T10:00");
		assertThat(rows.get(1).get(0).asString()).startsWith("2025-07-01T11:00");
		assertThat(rows.get(2).get(0).asString()).startsWith("2025-07-01T12:00");

		ApiClient.Response badZone = client.upload("/api/datasets", "x.csv",
				"ts,kw\n2025-07-01 12:00:00,1\n".getBytes(StandardCharsets.UTF_8), Map.of("timeZone", "Mars/Olympus"));
		assertThat(badZone.status()).isEqualTo(400);
		assertThat(badZone.detail()).contains("Mars/Olympus");
	}

	@Test
	void importsAFileSentAsTheRawRequestBody() throws IOException {
		ApiClient client = accounts.member().client();
		ApiClient.Response empty = client.send("POST", "/api/datasets?fileName=orders.csv&name=orders_raw", null, null,
				Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.detail()).contains("empty");

		ApiClient.Response raw = client.sendBytes("POST",
				"/api/datasets?fileName=restaurant_orders.csv&name=orders_raw", eval("restaurant_orders.csv"),
				"application/octet-stream");
		assertThat(raw.status()).as(raw.body()).isEqualTo(201);
		assertThat(raw.json().path("name").asString()).isEqualTo("orders_raw");
		assertThat(raw.json().path("rowCount").asLong()).isEqualTo(72);
	}

}
