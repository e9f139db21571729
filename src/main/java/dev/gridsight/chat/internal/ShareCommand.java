package dev.gridsight.chat.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.gridsight.chat.CommandOutcome;
import dev.gridsight.chat.CommandSpec;
import dev.gridsight.platform.InvalidInput;
import dev.gridsight.sharing.Shares;

/**
 * {@code share}: shares the session's tab or the last chart with a person, or as a public
 * read-only link.
 */
@Component
class ShareCommand implements Command {

	private static final String USAGE = "/share tab|chart [with=<e-mail>|public] [edit=true]";

	private final Shares shares;

	ShareCommand(Shares shares) {
		this.shares = shares;
	}

	@Override
	public CommandSpec spec() {
		return new CommandSpec("share", "Share the chat's tab or the last chart, with a person or as a public link",
				USAGE,
				Map.of("type", "object", "properties",
						Map.of("target", Map.of("type", "string", "enum", List.of("tab", "chart")), "with",
								Map.of("type", "string", "description", "an e-mail, or 'public'"), "edit",
								Map.of("type", "boolean")),
						"required", List.of("target")),
				"share.change", true);
	}

	@Override
	public String mainArgument() {
		return "target";
	}

	@Override
	public CommandOutcome.Done run(CommandContext context, Map<String, Object> arguments) {
		String target = Arguments.required(arguments, "target", USAGE).toLowerCase(Locale.ROOT);
		UUID id = Arguments.id(arguments, "id");
		if (id == null) {
			id = switch (target) {
				case "tab" -> context.tabId();
				case "chart" -> context.lastCharts().isEmpty() ? null : context.lastCharts().get(0).id();
				default -> throw new InvalidInput("target must be tab or chart. Usage: " + USAGE);
			};
		}
		if (id == null) {
			throw new InvalidInput("There is no " + target + " in this chat to share yet.");
		}
		String with = Arguments.text(arguments, "with");
		boolean publicLink = with == null || with.equalsIgnoreCase("public");
		Shares.Created created = shares.share(context.user(), target, id, publicLink ? null : with,
				Arguments.flag(arguments, "edit"));
		String summary = publicLink ? "Made a public read-only link to the " + target + ": " + created.path()
				: "Shared the " + target + " with " + ChartCommand.escape(with) + ".";
		return new CommandOutcome.Done(summary, List.of(),
				Map.of("shareId", created.id().toString(), "path", created.path()));
	}

}
