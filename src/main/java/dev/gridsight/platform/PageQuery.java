package dev.gridsight.platform;

/** A page request: {@code page} is 0-based, {@code size} at most {@value #MAX_SIZE}. */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw new InvalidInput("page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInput("size must be between 1 and " + MAX_SIZE);
		}
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}

}
