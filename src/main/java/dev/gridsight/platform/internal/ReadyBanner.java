package dev.gridsight.platform.internal;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.gridsight.platform.FirstStartNotice;
import dev.gridsight.platform.GridsightProperties;

/**
 * Prints where to open Gridsight once it is ready, with any one-time notice (the demo
 * login). Printed to standard output on purpose: the structured logs never carry
 * credentials.
 */
@Component
class ReadyBanner {

	private final GridsightProperties properties;

	private final List<FirstStartNotice> notices;

	ReadyBanner(GridsightProperties properties, List<FirstStartNotice> notices) {
		this.properties = properties;
		this.notices = notices;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		String url = properties.publicUrl();
		if ((url == null || url.isBlank())
				&& event.getApplicationContext() instanceof WebServerApplicationContext web) {
			url = "http://localhost:" + web.getWebServer().getPort();
		}
		StringBuilder banner = new StringBuilder("\n==============================================================\n");
		banner.append("  Gridsight is ready at ").append(url).append('\n');
		notices.stream()
			.flatMap(notice -> notice.lines().stream())
			.forEach(line -> banner.append("  ").append(line).append('\n'));
		banner.append("==============================================================\n");
		System.out.println(banner);
	}

}
