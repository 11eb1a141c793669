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

	public Page {
		data = (data != null) ? List.copyOf(data) : List.of();
	}

	/** The cursor to ask for the page after this one, or null on the last page. */
	public @Nullable String nextCursor() {
		return (this.hasMore && this.lastId != null && !this.data.isEmpty()) ? this.lastId : null;
	}

}
