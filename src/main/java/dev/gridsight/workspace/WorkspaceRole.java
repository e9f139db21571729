package dev.gridsight.workspace;

import dev.gridsight.platform.InvalidInput;

/**
 * Roles inside a workspace, weakest first: a viewer reads, an editor changes content, an
 * owner manages.
 */
public enum WorkspaceRole {

	VIEWER, EDITOR, OWNER;

	public boolean atLeast(WorkspaceRole required) {
		return compareTo(required) >= 0;
	}

	public String wire() {
		return name().toLowerCase();
	}

	public static WorkspaceRole fromWire(String value) {
		for (WorkspaceRole role : values()) {
			if (role.wire().equalsIgnoreCase(value)) {
				return role;
			}
		}
		throw new InvalidInput("role must be 'owner', 'editor' or 'viewer'");
	}

}
