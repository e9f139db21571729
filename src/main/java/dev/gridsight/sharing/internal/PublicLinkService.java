package dev.gridsight.sharing.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import dev.gridsight.platform.InvalidInput;
import dev.gridsight.platform.NotFound;
import dev.gridsight.platform.Unauthorized;
import dev.gridsight.sharing.ShareTarget;

/**
 * What a public link shows, to anybody holding its token. Unknown, malformed, expired and
 * revoked tokens, links whose sharer may no longer share and links whose target is gone
 * all get the same 404; the data is read with the sharer's rights, checked now.
 */
@Service
class PublicLinkService {

	/** The one answer for every link that does not work, whatever the reason. */
	static final String GONE = "This link does not exist or no longer works.";

	static final String PASSWORD_NEEDED = "This link needs its password, sent in the X-Share-Password header.";

	private final ShareRepository shares;

	private final ShareTargets targets;

	private final ShareAccess access;

	private final PublicLinkThrottle throttle;

	private final PasswordEncoder passwords;

	private final Duration passwordDelay;

	PublicLinkService(ShareRepository shares, ShareTargets targets, ShareAccess access, PublicLinkThrottle throttle,
			PasswordEncoder passwords, SharingProperties properties) {
		this.shares = shares;
		this.targets = targets;
		this.access = access;
		this.throttle = throttle;
		this.passwords = passwords;
		this.passwordDelay = properties.passwordDelay();
	}

	ShareTarget.PublicView read(String token, String password, String window, Map<String, List<String>> filters,
			String clientAddress) {
		long started = System.nanoTime();
		String hash = ShareTokens.hash(token == null ? "" : token);
		throttle.acquire(clientAddress, hash);
		Share share = (ShareTokens.wellFormed(token) ? shares.findByTokenHash(hash) : Optional.<Share>empty())
			.filter(found -> found.kind() == Share.Kind.PUBLIC)
			.filter(found -> ShareTokens.matches(found.tokenHash(), token))
			.filter(access::works)
			.orElseThrow(PublicLinkService::gone);
		ShareTarget target = targets.find(share.targetType()).orElseThrow(PublicLinkService::gone);
		if (share.passwordHash() != null && (password == null || !passwords.matches(password, share.passwordHash()))) {
			// every refusal takes the same time, however far the check got
			waitUntil(started + passwordDelay.toNanos());
			throw new Unauthorized(PASSWORD_NEEDED);
		}
		if ((window != null || !filters.isEmpty()) && !share.viewerMayChangeWindow()) {
			throw new InvalidInput(
					"This link shows a fixed time window and filters; its sharer did not let viewers change them.");
		}
		ShareTarget.PublicView view;
		try {
			view = target.publicView(share.targetId(), share.createdBy(), window, filters)
				.withViewerMayChangeWindow(share.viewerMayChangeWindow());
		}
		catch (NotFound targetGoneOrSharerLostIt) {
			throw gone();
		}
		shares.recordAccess(share.id(), access.now());
		return view;
	}

	static NotFound gone() {
		return new NotFound(GONE);
	}

	/**
	 * A short sleep on the request thread (a quarter second by default): long enough to
	 * hide how far a password check got, short enough not to tie up the pool; guessing is
	 * bounded by the rate limit, not by this delay.
	 */
	private static void waitUntil(long deadlineNanos) {
		long remaining = deadlineNanos - System.nanoTime();
		if (remaining <= 0) {
			return;
		}
		try {
			Thread.sleep(Duration.ofNanos(remaining).toMillis(), (int) (remaining % 1_000_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
