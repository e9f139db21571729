package dev.gridsight.workspace.internal.files;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.gridsight.platform.InvalidInput;

/**
 * What an uploaded file is, read from its bytes, not trusted from its name: a PDF, PNG,
 * JPEG, GIF or WebP must start with that format's magic number, and a text file must
 * decode as UTF-8 (or UTF-16 with a byte order mark). SVG and HTML are refused: they are
 * documents a browser would run.
 *
 * @param kind {@code text}, {@code pdf} or {@code image}
 * @param mediaType the type served on download
 * @param charset the text's encoding (null for binary kinds)
 */
record FileType(String kind, String mediaType, Charset charset) {

	static final String ACCEPTED = "PDF, plain text (.txt), Markdown (.md), CSV, PNG, JPEG, GIF or WebP";

	private static final Map<String, String> TEXT_TYPES = Map.of("txt", "text/plain", "text", "text/plain", "md",
			"text/markdown", "markdown", "text/markdown", "csv", "text/csv");

	private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
			"image/jpeg", "gif", "image/gif", "webp", "image/webp");

	private static final Set<String> ACTIVE = Set.of("svg", "svgz", "html", "htm", "xhtml", "xht", "xml", "js", "mjs");

	static FileType detect(String fileName, byte[] bytes) {
		String extension = extension(fileName);
		if (ACTIVE.contains(extension)) {
			throw new InvalidInput(
					"'" + fileName + "': SVG, HTML, XML and script files are not accepted; upload " + ACCEPTED + ".");
		}
		String sniffed = sniffImage(bytes);
		boolean pdf = startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII));
		if ("pdf".equals(extension)) {
			if (!pdf) {
				throw new InvalidInput(
						"'" + fileName + "' is named .pdf but is not a PDF (it does not start with %PDF-).");
			}
			return new FileType("pdf", "application/pdf", null);
		}
		if (IMAGE_TYPES.containsKey(extension)) {
			String expected = IMAGE_TYPES.get(extension);
			if (!expected.equals(sniffed)) {
				throw new InvalidInput("'" + fileName + "' is named ." + extension + " but its bytes are not a "
						+ expected.substring(6).toUpperCase(Locale.ROOT) + " image"
						+ (sniffed == null ? "" : " (they are " + sniffed + ")") + ".");
			}
			return new FileType("image", expected, null);
		}
		if (TEXT_TYPES.containsKey(extension)) {
			if (pdf || sniffed != null) {
				throw new InvalidInput("'" + fileName + "' is named ." + extension + " but holds "
						+ (pdf ? "a PDF" : "a " + sniffed + " image") + "; name it after what it is.");
			}
			Charset charset = textCharset(fileName, bytes);
			String text = decode(bytes, charset);
			if (looksActive(text)) {
				throw new InvalidInput("'" + fileName + "' holds an SVG or HTML document; these are not accepted.");
			}
			return new FileType("text", TEXT_TYPES.get(extension), charset);
		}
		throw new InvalidInput("'" + fileName + "' is not a file type Gridsight reads; upload " + ACCEPTED + ".");
	}

	/** The text of a text file, without its byte order mark. */
	String text(byte[] bytes) {
		return decode(bytes, charset);
	}

	/** The Content-Type header for a download. */
	String contentType() {
		return charset == null ? mediaType : mediaType + ";charset=" + charset.name();
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
	}

	private static Charset textCharset(String fileName, byte[] bytes) {
		if (startsWith(bytes, new byte[] { (byte) 0xFE, (byte) 0xFF })
				|| startsWith(bytes, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
			return StandardCharsets.UTF_16;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInput("'" + fileName
					+ "' is not UTF-8 text (nor UTF-16 with a byte order mark); save it as UTF-8 and upload it again.");
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new InvalidInput("'" + fileName + "' holds NUL bytes: it is binary, not text.");
			}
		}
		return StandardCharsets.UTF_8;
	}

	private static String decode(byte[] bytes, Charset charset) {
		// Java's UTF-16 decoder reads and drops the BOM; UTF-8 keeps it as U+FEFF
		String text = new String(bytes, charset);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static boolean looksActive(String text) {
		String head = text.stripLeading().toLowerCase(Locale.ROOT);
		head = head.substring(0, Math.min(head.length(), 200));
		return head.startsWith("<svg") || head.startsWith("<!doctype html") || head.startsWith("<html")
				|| (head.startsWith("<?xml") && head.contains("<svg"));
	}

	/** The image type the bytes start with, or null. */
	static String sniffImage(byte[] b) {
		if (startsWith(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return "image/png";
		}
		if (startsWith(b, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "image/jpeg";
		}
		if (startsWith(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| startsWith(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return "image/gif";
		}
		if (b.length >= 12 && startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII)) && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
