package dev.gridsight.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.gridsight.platform.InvalidInput;

/** Refuses text files that are not UTF-8, naming the first bad line. */
final class Utf8Check {

	private Utf8Check() {
	}

	static void check(Path file, String displayName) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(64 * 1024);
		CharBuffer out = CharBuffer.allocate(64 * 1024);
		long line = 1;
		try (InputStream stream = Files.newInputStream(file)) {
			byte[] chunk = new byte[32 * 1024];
			int read;
			boolean end = false;
			while (!end) {
				read = stream.read(chunk, 0, Math.min(chunk.length, in.remaining()));
				end = read < 0;
				if (read > 0) {
					in.put(chunk, 0, read);
				}
				in.flip();
				CoderResult result = decoder.decode(in, out, end);
				out.flip();
				line += count(out);
				out.clear();
				if (result.isError()) {
					throw new InvalidInput(displayName + " is not valid UTF-8 text (line " + line
							+ "): save it as UTF-8 and upload it again.");
				}
				in.compact();
			}
			CoderResult flush = decoder.flush(out);
			if (flush.isError()) {
				throw new CharacterCodingException();
			}
		}
	}

	private static long count(CharBuffer chars) {
		long lines = 0;
		for (int i = 0; i < chars.limit(); i++) {
			if (chars.get(i) == '\n') {
				lines++;
			}
		}
		return lines;
	}

}
