package dev.gridsight.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.gridsight.audit.AuditEntry;
import dev.gridsight.platform.AuditEvent;
import dev.gridsight.audit.AuditLog;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

/**
 * Appends each {@link AuditEvent} synchronously, inside the publisher's transaction: an
 * action and its audit line commit or roll back together.
 */
@Service
class AuditRecorder implements AuditLog {

	private static final int DETAIL_MAX = 1000;

	private final AuditRepository repository;

	private final Clock clock;

	AuditRecorder(AuditRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@EventListener
	void on(AuditEvent event) {
		String detail = event.detail();
		if (detail != null && detail.length() > DETAIL_MAX) {
			detail = detail.substring(0, DETAIL_MAX);
		}
		repository.append(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), event.actorId(),
				event.actorEmail(), event.action(), event.targetType(), event.targetId(), detail, clientAddress());
	}

	@Override
	public PageResult<AuditEntry> page(PageQuery page) {
		return new PageResult<>(repository.page(page), page.page(), page.size(), repository.count());
	}

	private static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

}
