package dev.gridsight.energy.internal.optimize;

import java.util.List;

/** Where a plan's savings come from, in plain words with numbers. */
public record Explanation(String summary, List<String> points) {

	public Explanation {
		points = points == null ? List.of() : List.copyOf(points);
	}

}
