package dev.gridsight.sharing.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page of a link, {@code /s/{token}}: the web app's index.html, which renders
 * the link from {@code /api/public/{token}} without the app's frame. Served whatever the
 * token, so the page itself tells nothing about it.
 */
@Controller
class PublicPageController {

	@GetMapping("/s/{token}")
	String page() {
		return "forward:/index.html";
	}

}
