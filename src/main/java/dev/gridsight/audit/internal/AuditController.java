package dev.gridsight.audit.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.gridsight.audit.AuditEntry;
import dev.gridsight.audit.AuditLog;
import dev.gridsight.identity.CurrentUser;
import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

@RestController
@RequestMapping("/api/audit")
class AuditController {

	private final CurrentUser currentUser;

	private final AuditLog auditLog;

	AuditController(CurrentUser currentUser, AuditLog auditLog) {
		this.currentUser = currentUser;
		this.auditLog = auditLog;
	}

	@GetMapping
	PageResult<AuditEntry> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		currentUser.requireAdmin();
		return auditLog.page(PageQuery.of(page, size));
	}

}
