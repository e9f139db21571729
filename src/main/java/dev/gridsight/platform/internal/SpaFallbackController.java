package dev.gridsight.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Client routes (/settings/tokens, /chat, …) are served the single-page app's index.html.
 */
@Controller
class SpaFallbackController {

	@GetMapping({ "/", "/login", "/chat/**", "/data/**", "/energy/**", "/settings/**", "/dashboard/**", "/share/**" })
	String index() {
		return "forward:/index.html";
	}

}
