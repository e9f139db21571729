package dev.gridsight.workspace.internal.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import dev.gridsight.platform.Unprocessable;
import dev.gridsight.workspace.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfTextTest {

	@Test
	void readsEachPageApartInOrder() {
		List<String> pages = PdfText.pages("r.pdf", TestPdfs.pdf("First page text", "Second page text"), 10);

		assertThat(pages).hasSize(2);
		assertThat(pages.get(0)).contains("First page text").doesNotContain("Second");
		assertThat(pages.get(1)).contains("Second page text");
	}

	@Test
	void aPdfWithOnlyAnOwnerPasswordIsRead() throws IOException {
		byte[] protectedPdf;
		try (PDDocument document = Loader.loadPDF(TestPdfs.pdf("Permissions only"));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanModify(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "", permissions);
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			protectedPdf = out.toByteArray();
		}

		assertThat(PdfText.pages("p.pdf", protectedPdf, 10).get(0)).contains("Permissions only");
	}

	@Test
	void aPdfThatNeedsAPasswordOrIsBrokenIsRefusedSayingWhy() {
		assertThatThrownBy(() -> PdfText.pages("s.pdf", TestPdfs.encrypted("secret"), 10))
			.isInstanceOf(Unprocessable.class)
			.hasMessageContaining("encrypted with a password");
		assertThatThrownBy(() -> PdfText.pages("b.pdf", "%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII), 10))
			.isInstanceOf(Unprocessable.class)
			.hasMessageContaining("not a readable PDF");
	}

	@Test
	void tooManyPagesAreRefusedNamingTheLimit() {
		assertThatThrownBy(() -> PdfText.pages("long.pdf", TestPdfs.pdf("a", "b", "c"), 2))
			.isInstanceOf(Unprocessable.class)
			.hasMessageContaining("3 pages")
			.hasMessageContaining("gridsight.files.max-pages");
	}

}
