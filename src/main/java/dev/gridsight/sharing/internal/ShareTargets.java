package dev.gridsight.sharing.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.gridsight.platform.InvalidInput;
import dev.gridsight.sharing.ShareTarget;

/**
 * Every {@link ShareTarget} bean by its type: charts now; tabs when the dashboard adds
 * its bean.
 */
@Component
class ShareTargets {

	/** The types the API names, whether or not this build can share them yet. */
	static final List<String> KNOWN = List.of("chart", "tab");

	private final Map<String, ShareTarget> byType;

	ShareTargets(List<ShareTarget> targets) {
		this.byType = targets.stream().collect(Collectors.toUnmodifiableMap(ShareTarget::type, Function.identity()));
	}

	/** The target kind for a type sent by a client: 400 when unknown or not available. */
	ShareTarget require(String type) {
		if (type == null || !KNOWN.contains(type)) {
			throw new InvalidInput("target.type must be 'chart' or 'tab'.");
		}
		return find(type).orElseThrow(() -> new InvalidInput(type + " shares are not available yet."));
	}

	Optional<ShareTarget> find(String type) {
		return Optional.ofNullable(byType.get(type));
	}

}
