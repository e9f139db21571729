package dev.gridsight.chat.internal.analytics;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

/** Assistant analytics over HTTP (docs/chat-api.md, "Assistant settings"). */
@RestController
@RequestMapping("/api/assistant")
class TurnAnalyticsController {

	private final CurrentUser currentUser;

	private final TurnAnalytics analytics;

	TurnAnalyticsController(CurrentUser currentUser, TurnAnalytics analytics) {
		this.currentUser = currentUser;
		this.analytics = analytics;
	}

	@GetMapping("/analytics")
	TurnAnalytics.Report report(@RequestParam(required = false) UUID workspaceId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return analytics.report(currentUser.get(), workspaceId, from, to);
	}

	@GetMapping("/turns")
	PageResult<TurnAnalytics.Turn> turns(@RequestParam(required = false) UUID workspaceId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String day, @RequestParam(required = false) String intent,
			@RequestParam(required = false) String outcome,
			@RequestParam(required = false, defaultValue = "false") boolean commandErrors,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return analytics.list(currentUser.get(), workspaceId, from, to, day, intent, outcome, commandErrors, sort,
				PageQuery.of(page, size));
	}

}
