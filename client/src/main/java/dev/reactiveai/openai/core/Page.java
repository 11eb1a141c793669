package dev.reactiveai.openai.core;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One page of a cursor-paginated list.
 *
 * @param <T> the item type
 * @param data the items of this page
 * @param hasMore whether more items follow
 * @param firstId the id of the first item
 * @param lastId the id of the last item, the cursor of the next page
 */
public record Page<T>(List<T> data, @JsonProperty("has_more") boolean hasMore,
		@JsonProperty("first_id") @Nullable String firstId, @JsonProperty("last_id") @Nullable String lastId) {

	/**
	 * A page.
	 * @throws IllegalArgumentException if there is no list of items, or an item is null:
	 * the response was not a page
	 */
	public Page {
		if (data == null) {
			throw new IllegalArgumentException("The page has no list of items ('data' is null)");
		}
		for (int i = 0; i < data.size(); i++) {
			if (data.get(i) == null) {
				throw new IllegalArgumentException("Item " + i + " of the page ('data') is null");
			}
		}
		data = List.copyOf(data);
	}

	/**
	 * A page of an answer whose list of items may be missing, as a broken answer's is.
	 * @param <T> the item type
	 * @param data the items of this page
	 * @param hasMore whether more items follow
	 * @param firstId the id of the first item
	 * @param lastId the id of the last item, the cursor of the next page
	 * @return the page
	 * @throws IllegalArgumentException if there is no list of items, or an item is null:
	 * the response was not a page
	 */
	public static <T> Page<T> of(@Nullable List<T> data, boolean hasMore, @Nullable String firstId,
			@Nullable String lastId) {
		if (data == null) {
			throw new IllegalArgumentException("The page has no list of items ('data' is null)");
		}
		return new Page<>(data, hasMore, firstId, lastId);
	}

	/** The cursor to ask for the page after this one, or null on the last page. */
	public @Nullable String nextCursor() {
		return (this.hasMore && this.lastId != null && !this.data.isEmpty()) ? this.lastId : null;
	}

}
