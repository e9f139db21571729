package dev.gridsight.identity;

/**
 * Global roles: an admin manages users and reads the audit log; a member does the rest.
 */
public enum Role {

	ADMIN, MEMBER;

	public String wire() {
		return name().toLowerCase();
	}

	public static Role fromWire(String value) {
		for (Role role : values()) {
			if (role.wire().equalsIgnoreCase(value)) {
				return role;
			}
		}
		throw new dev.gridsight.platform.InvalidInput("role must be 'admin' or 'member'");
	}

}
