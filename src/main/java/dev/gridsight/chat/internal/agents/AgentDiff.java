package dev.gridsight.chat.internal.agents;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Two versions side by side, one row per line of their text form
 * ({@link AgentContent#lines()}).
 */
final class AgentDiff {

	/**
	 * One row: the line on the left (older), on the right (newer); empty where absent.
	 */
	record Row(String kind, String left, String right) {
	}

	// lines are compared and returned as they are: the web app escapes what it shows
	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(false)
		.lineNormalizer(Function.identity())
		.build();

	private AgentDiff() {
	}

	static List<Row> rows(AgentContent from, AgentContent to) {
		List<DiffRow> rows = GENERATOR.generateDiffRows(from.lines(), to.lines());
		return rows.stream()
			.map(row -> new Row(row.getTag().name().toLowerCase(Locale.ROOT), row.getOldLine(), row.getNewLine()))
			.toList();
	}

}
