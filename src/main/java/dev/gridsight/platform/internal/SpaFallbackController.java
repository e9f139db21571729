package dev.gridsight.platform.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Client routes (/settings/tokens, /chat, …) are served the single-page app's index.html;
 * a route the web app adds must be named here too, or a reload of it answers 404
 * ({@code OperationsIT} asks for each).
 */
@Controller
class SpaFallbackController {

	@GetMapping({ "/", "/login", "/chat/**", "/data/**", "/energy/**", "/settings/**", "/dashboard/**", "/charts/**",
			"/share/**" })
	String index() {
		return "forward:/index.html";
	}

}
