package dev.reactiveai.openai.files;

import org.jspecify.annotations.Nullable;

/**
 * Which files to list, and how.
 *
 * @param purpose only files with this purpose
 * @param limit files per page, 1 to 10,000
 * @param order {@code asc} or {@code desc} by creation time
 * @param after the cursor: the id of the file to list after
 */
public record FileListRequest(@Nullable String purpose, @Nullable Integer limit, @Nullable String order,
		@Nullable String after) {

	/** All files, in the API's default order. */
	public static final FileListRequest ALL = new FileListRequest(null, null, null, null);

	/** Files with the given purpose. */
	public static FileListRequest withPurpose(String purpose) {
		return new FileListRequest(purpose, null, null, null);
	}

	/** The same listing, from the given cursor. */
	public FileListRequest after(@Nullable String cursor) {
		return new FileListRequest(this.purpose, this.limit, this.order, cursor);
	}

	/** The same listing, with the given page size. */
	public FileListRequest limit(int limit) {
		return new FileListRequest(this.purpose, limit, this.order, this.after);
	}

}
