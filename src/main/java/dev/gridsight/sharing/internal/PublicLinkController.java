package dev.gridsight.sharing.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.chart.FilterParameters;
import dev.gridsight.sharing.ShareTarget;

/**
 * {@code GET /api/public/{token}}: no session, no CSRF (security configuration lets
 * {@code /api/public/**} through and nothing else). The caller's identity, if any, is
 * never used.
 */
@RestController
class PublicLinkController {

	static final String PASSWORD_HEADER = "X-Share-Password";

	private final PublicLinkService links;

	PublicLinkController(PublicLinkService links) {
		this.links = links;
	}

	@GetMapping("/api/public/{token}")
	ResponseEntity<ShareTarget.PublicView> read(@PathVariable String token,
			@RequestHeader(name = PASSWORD_HEADER, required = false) String password,
			@RequestParam(required = false) String window, @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		ShareTarget.PublicView view = links.read(token, password, window, FilterParameters.of(parameters),
				request.getRemoteAddr());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
	}

}
