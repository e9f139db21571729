package dev.gridsight.workspace.internal.files;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.gridsight.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileTypeTest {

	@Test
	void imagesAreRecognisedByTheirMagicNumbers() {
		assertThat(FileType.detect("a.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 })
			.mediaType()).isEqualTo("image/png");
		assertThat(FileType.detect("a.JPG", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }).mediaType())
			.isEqualTo("image/jpeg");
		assertThat(FileType.detect("a.gif", "GIF89a...".getBytes(StandardCharsets.US_ASCII)).mediaType())
			.isEqualTo("image/gif");
		assertThat(FileType.detect("a.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)).kind())
			.isEqualTo("image");
	}

	@Test
	void anImageNamedAsAnotherTypeIsRefused() {
		assertThatThrownBy(() -> FileType.detect("a.png", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("image/jpeg");
		assertThatThrownBy(() -> FileType.detect("a.txt", "GIF89a...".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void textMustBeUtf8OrUtf16WithAByteOrderMark() {
		FileType utf8 = FileType.detect("a.csv", "\uFEFFa,b\n1,2".getBytes(StandardCharsets.UTF_8));
		assertThat(utf8.contentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(utf8.text("\uFEFFa,b\n1,2".getBytes(StandardCharsets.UTF_8))).isEqualTo("a,b\n1,2");
		byte[] utf16 = "héllo".getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[utf16.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, withBom, 2, utf16.length);
		FileType sixteen = FileType.detect("a.md", withBom);
		assertThat(sixteen.text(withBom)).isEqualTo("héllo");
		assertThatThrownBy(() -> FileType.detect("a.md", "héllo".getBytes(StandardCharsets.UTF_16LE)))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> FileType.detect("a.txt", "héllo".getBytes(StandardCharsets.ISO_8859_1)))
			.hasMessageContaining("UTF-8");
	}

	@Test
	void activeDocumentsAreRefusedWhateverTheirName() {
		for (String name : new String[] { "a.svg", "a.html", "a.HTM", "a.xhtml" }) {
			assertThatThrownBy(() -> FileType.detect(name, "<p>".getBytes(StandardCharsets.UTF_8)))
				.isInstanceOf(InvalidInput.class);
		}
		assertThatThrownBy(
				() -> FileType.detect("a.md", "  <?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
					.getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("SVG");
	}

	@Test
	void aPdfMustStartWithItsMagicNumber() {
		assertThat(FileType.detect("r.PDF", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).kind()).isEqualTo("pdf");
		assertThatThrownBy(() -> FileType.detect("r.pdf", "hello".getBytes(StandardCharsets.US_ASCII)))
			.hasMessageContaining("not a PDF");
	}

}
