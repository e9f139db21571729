package dev.gridsight.workspace.internal.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import dev.gridsight.platform.Unprocessable;

/**
 * The text of a PDF, page by page (PDFBox), so that a passage can be cited with its page.
 * A PDF that needs a password to open, or that PDFBox cannot parse, is refused.
 */
final class PdfText {

	private PdfText() {
	}

	/** The text of each page, in order (index 0 is page 1). */
	static List<String> pages(String fileName, byte[] bytes, int maxPages) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			int count = document.getNumberOfPages();
			if (count > maxPages) {
				throw new Unprocessable("'" + fileName + "' has " + count + " pages; at most " + maxPages
						+ " pages are read (setting gridsight.files.max-pages). Nothing was stored.");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			List<String> pages = new ArrayList<>(count);
			for (int page = 1; page <= count; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
			}
			return pages;
		}
		catch (InvalidPasswordException ex) {
			throw new Unprocessable("'" + fileName
					+ "' is encrypted with a password; save an unprotected copy and upload that. Nothing was stored.");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Unprocessable unprocessable) {
				throw unprocessable;
			}
			throw new Unprocessable(
					"'" + fileName + "' is not a readable PDF (" + reason(ex) + "); nothing was stored.");
		}
	}

	private static String reason(Exception ex) {
		String message = ex.getMessage();
		if (message == null || message.isBlank()) {
			return ex.getClass().getSimpleName();
		}
		return message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}

}
