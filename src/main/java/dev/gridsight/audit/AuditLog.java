package dev.gridsight.audit;

import dev.gridsight.platform.PageQuery;
import dev.gridsight.platform.PageResult;

/** Reading the audit log; callers check that the reader is an admin. */
public interface AuditLog {

	PageResult<AuditEntry> page(PageQuery page);

}
