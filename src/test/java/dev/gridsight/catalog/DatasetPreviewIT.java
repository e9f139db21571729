package dev.gridsight.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview with the file (or the head of it the web app cuts) as the raw request body.
 * The same limit as {@link UploadLimitIT}, so both share one server.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "spring.servlet.multipart.max-file-size=2MB", "spring.servlet.multipart.max-request-size=2MB" })
class DatasetPreviewIT {

	static final String OCTET_STREAM = "application/octet-stream";

	@LocalServerPort
	int port;

	@Value("${gridsight.data-dir}")
	Path dataDir;

	@Test
	void previewsARawBodyWithSchemaAndFirstRowsAndStoresNothing() throws IOException {
		ApiClient client = new Accounts(port).member().client();
		byte[] orders = DatasetImportIT.eval("restaurant_orders.csv");

		ApiClient.Response preview = client.sendBytes("POST", "/api/datasets/preview?fileName=restaurant_orders.csv",
				orders, OCTET_STREAM);

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		var body = preview.json();
		assertThat(body.path("format").asString()).isEqualTo("csv");
		assertThat(body.path("columns").get(0).path("name").asString()).isEqualTo("order_id");
		assertThat(body.path("columns").get(0).path("role").asString()).isEqualTo("id");
		assertThat(body.path("rows").path("rows").size()).isEqualTo(20);
		assertThat(body.path("rows").path("columns").get(0).path("name").asString()).isEqualTo("order_id");
		assertThat(client.get("/api/datasets").json().path("total").asLong()).isZero();
		assertThat(spooledUploads()).isEmpty();
	}

	@Test
	void previewsTheHeadOfAFileCutAtALineEnd() {
		ApiClient client = new Accounts(port).member().client();
		byte[] head = ("ts,region,load_mw\n" + "2025-01-01T00:00:00,north,812.5\n".repeat(100))
			.getBytes(StandardCharsets.UTF_8);

		ApiClient.Response preview = client.sendBytes("POST", "/api/datasets/preview?fileName=load.csv", head,
				OCTET_STREAM);

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		var columns = preview.json().path("columns");
		assertThat(columns.get(0).path("role").asString()).isEqualTo("time");
		assertThat(columns.get(2).path("type").asString()).isEqualTo("double");
		assertThat(preview.json().path("rows").path("rows").size()).isEqualTo(20);
	}

	@Test
	void aRawBodyOverTheLimitIsRefusedWith413ProblemAndNothingIsKept() {
		ApiClient client = new Accounts(port).member().client();
		byte[] big = ("a,b\n" + "1,2\n".repeat(700_000)).getBytes(StandardCharsets.UTF_8);

		ApiClient.Response response = client.sendBytes("POST", "/api/datasets/preview?fileName=big.csv", big,
				OCTET_STREAM);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.detail()).contains("upload limit of 2 MB");
		assertThat(client.get("/api/datasets").json().path("total").asLong()).isZero();
		assertThat(spooledUploads()).isEmpty();
	}

	@Test
	void aRawBodyOfUndeclaredLengthIsCutOffAtTheLimitAndLeavesNoPartialFile() {
		ApiClient client = new Accounts(port).member().client();
		byte[] big = ("a,b\n" + "1,2\n".repeat(600_000)).getBytes(StandardCharsets.UTF_8);

		ApiClient.Response response = client.sendChunked("POST", "/api/datasets/preview?fileName=big.csv", big,
				OCTET_STREAM);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.detail()).contains("upload limit of 2 MB");
		assertThat(spooledUploads()).isEmpty();
	}

	@Test
	void aRawBodyWithoutFileNameIsRefusedWith400() {
		ApiClient client = new Accounts(port).member().client();

		ApiClient.Response response = client.sendBytes("POST", "/api/datasets/preview",
				"a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), OCTET_STREAM);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.detail()).contains("fileName");
	}

	@Test
	void aRawBodyWithAnUnknownExtensionOrNoBytesIsRefusedWithTheReason() {
		ApiClient client = new Accounts(port).member().client();

		ApiClient.Response unknown = client.sendBytes("POST", "/api/datasets/preview?fileName=notes.doc",
				"a,b\n".getBytes(StandardCharsets.UTF_8), OCTET_STREAM);
		ApiClient.Response empty = client.sendBytes("POST", "/api/datasets/preview?fileName=empty.csv", new byte[0],
				OCTET_STREAM);

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.detail()).contains("must end in .csv");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.detail()).isEqualTo("The uploaded file is empty.");
	}

	/** Files the import spooled under the data directory and did not clean up. */
	private String[] spooledUploads() {
		Path uploads = dataDir.resolve("uploads");
		if (!Files.isDirectory(uploads)) {
			return new String[0];
		}
		try (Stream<Path> files = Files.list(uploads)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.startsWith("upload-"))
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
