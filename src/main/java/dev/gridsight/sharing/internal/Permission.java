package dev.gridsight.sharing.internal;

import dev.gridsight.platform.InvalidInput;

/** What a share lets its grantee do; a public link is always {@link #VIEW}. */
enum Permission {

	VIEW, EDIT;

	String wire() {
		return name().toLowerCase();
	}

	static Permission fromWire(String value) {
		for (Permission permission : values()) {
			if (permission.wire().equalsIgnoreCase(value)) {
				return permission;
			}
		}
		throw new InvalidInput("to.permission must be 'view' or 'edit'.");
	}

}
