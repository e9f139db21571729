package dev.gridsight.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.gridsight.Accounts;
import dev.gridsight.ApiClient;
import dev.gridsight.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(
		properties = { "spring.servlet.multipart.max-file-size=2MB", "spring.servlet.multipart.max-request-size=2MB" })
class UploadLimitIT {

	@LocalServerPort
	int port;

	@Test
	void aFileOverTheLimitIsRefusedWith413AndNothingIsImported() {
		ApiClient client = new Accounts(port).member().client();
		byte[] big = ("a,b\n" + "1,2\n".repeat(700_000)).getBytes(StandardCharsets.UTF_8);

		ApiClient.Response response = client.upload("/api/datasets", "big.csv", big, Map.of());

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.detail()).contains("upload limit of 2 MB");
		assertThat(client.get("/api/datasets").json().path("total").asLong()).isZero();
	}

	@Test
	void aRawBodyOverTheLimitIsRefusedToo() {
		ApiClient client = new Accounts(port).member().client();
		byte[] big = ("a,b\n" + "1,2\n".repeat(700_000)).getBytes(StandardCharsets.UTF_8);

		ApiClient.Response response = client.sendBytes("POST", "/api/datasets?fileName=big.csv", big,
				"application/octet-stream");

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.detail()).contains("upload limit of 2 MB");
		assertThat(client.get("/api/datasets").json().path("total").asLong()).isZero();
	}

}
